/**
 * What SES will read from a raw MIME message before it is sent: the parsed message, or the first
 * thing wrong with it (unreadable, no recipients, a malformed ARN in an X-SES-*-ARN header).
 */
import { parseIdentityArn, parseRawMessage, type ParsedMessage } from '../../policy-engine';

const HEADER_NAMES = {
  sourceArn: 'X-SES-SOURCE-ARN',
  fromArn: 'X-SES-FROM-ARN',
  returnPathArn: 'X-SES-RETURN-PATH-ARN',
} as const;

export type RawCheck = { ok: true; message: ParsedMessage } | { ok: false; error: string };

export async function checkRawMessage(raw: string, hasDestinations: boolean): Promise<RawCheck> {
  const parsed = await parseRawMessage(raw);
  if (!parsed.ok) return parsed;
  const { message } = parsed;
  for (const [key, header] of Object.entries(HEADER_NAMES) as [keyof typeof HEADER_NAMES, string][]) {
    const value = message.sesHeaders[key];
    if (value === undefined) continue;
    const arn = parseIdentityArn(value);
    if (!arn.ok) return { ok: false, error: `The ${header} header: ${arn.error}` };
  }
  if (!message.from.address) return { ok: false, error: 'The message has no From header with an address.' };
  if (!hasDestinations && message.to.length + message.cc.length + message.bcc.length === 0)
    return {
      ok: false,
      error: 'The message has no To, Cc or Bcc address: add one, or fill in Destinations.',
    };
  return parsed;
}
