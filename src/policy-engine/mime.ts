/**
 * Reads a raw MIME message (SendRawEmail, SMTP) with postal-mime, which runs in browsers,
 * workers and Node: From with its display name, To/Cc/Bcc, Return-Path, Sender, Subject and
 * the X-SES-SOURCE-ARN / X-SES-FROM-ARN / X-SES-RETURN-PATH-ARN headers. Folded and encoded
 * headers are handled by the parser. Never throws: an unusable message is a typed error.
 */
import PostalMime, { type Address, type Email, type Mailbox } from 'postal-mime';

export interface SesArnHeaders {
  sourceArn?: string;
  fromArn?: string;
  returnPathArn?: string;
}

export interface ParsedMessage {
  from: { address: string; name: string };
  to: string[];
  cc: string[];
  bcc: string[];
  returnPath?: string;
  sender?: string;
  subject?: string;
  sesHeaders: SesArnHeaders;
}

export type ParsedMessageResult = { ok: true; message: ParsedMessage } | { ok: false; error: string };

function addresses(list: Address[] | undefined): string[] {
  const out: string[] = [];
  for (const entry of list ?? []) {
    if (entry.group) for (const member of entry.group) out.push(member.address);
    else if (entry.address) out.push(entry.address);
  }
  return out.filter((a) => a.includes('@'));
}

function firstMailbox(address: Address | undefined): Mailbox | undefined {
  if (!address) return undefined;
  return address.group ? address.group[0] : address;
}

function stripAngles(value: string | undefined): string | undefined {
  const trimmed = value?.trim().replace(/^<|>$/g, '').trim();
  return trimmed || undefined;
}

export async function parseRawMessage(raw: string | ArrayBuffer | Uint8Array): Promise<ParsedMessageResult> {
  const text = typeof raw === 'string' ? raw : new TextDecoder().decode(raw);
  if (!text.trim())
    return { ok: false, error: 'The message is empty: paste a whole MIME message, headers first.' };
  if (!/^[!-9;-~]+:/m.test(text.split(/\r?\n\r?\n/, 1)[0] ?? '')) {
    return {
      ok: false,
      error:
        'The message has no headers: a MIME message starts with lines such as "From: sender@example.com".',
    };
  }
  let email: Email;
  try {
    email = await PostalMime.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: `The message cannot be parsed: ${error instanceof Error ? error.message : String(error)}.`,
    };
  }
  const from = firstMailbox(email.from);
  if (!from?.address || !from.address.includes('@')) {
    return {
      ok: false,
      error: 'The message has no From address: add a header such as "From: Name <sender@example.com>".',
    };
  }
  const header = (key: string) => email.headers.find((h) => h.key === key)?.value.trim() || undefined;
  return {
    ok: true,
    message: {
      from: { address: from.address, name: from.name },
      to: addresses(email.to),
      cc: addresses(email.cc),
      bcc: addresses(email.bcc),
      returnPath: stripAngles(email.returnPath),
      sender: firstMailbox(email.sender)?.address,
      subject: email.subject,
      sesHeaders: {
        sourceArn: header('x-ses-source-arn'),
        fromArn: header('x-ses-from-arn'),
        returnPathArn: header('x-ses-return-path-arn'),
      },
    },
  };
}
