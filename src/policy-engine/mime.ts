/**
 * Reads a raw MIME message (SendRawEmail, SMTP) with postal-mime, which runs in browsers,
 * workers and Node: From with its display name, To/Cc/Bcc, Return-Path, Sender, Subject and
 * the X-SES-SOURCE-ARN / X-SES-FROM-ARN / X-SES-RETURN-PATH-ARN headers. Unfolding and RFC 2047
 * decoding are the parser's; nothing here re-implements RFC 5322. Never throws: an unusable
 * message is a typed error that says what to fix.
 */
import PostalMime, { addressParser, type Address, type Email, type Header, type Mailbox } from 'postal-mime';

export interface SesArnHeaders {
  sourceArn?: string;
  fromArn?: string;
  returnPathArn?: string;
}

export interface ParsedMessage {
  /** The From mailbox; `name` is the decoded display name ('' when there is none). */
  from: { address: string; name: string };
  /** Every address of every To/Cc/Bcc header line, groups flattened, in document order. */
  to: string[];
  cc: string[];
  bcc: string[];
  /** The Return-Path address without angle brackets; absent when missing or `<>`. */
  returnPath?: string;
  sender?: string;
  subject?: string;
  /** The X-SES-*-ARN headers, matched case-insensitively, values trimmed. */
  sesHeaders: SesArnHeaders;
}

export type ParsedMessageResult = { ok: true; message: ParsedMessage } | { ok: false; error: string };

const SES_HEADERS = [
  ['sourceArn', 'x-ses-source-arn', 'X-SES-SOURCE-ARN'],
  ['fromArn', 'x-ses-from-arn', 'X-SES-FROM-ARN'],
  ['returnPathArn', 'x-ses-return-path-arn', 'X-SES-RETURN-PATH-ARN'],
] as const;

function addresses(list: Address[] | undefined): string[] {
  const out: string[] = [];
  for (const entry of list ?? []) {
    if (entry.group) for (const member of entry.group) out.push(member.address);
    else out.push(entry.address);
  }
  return out.filter((a) => a.includes('@'));
}

function firstMailbox(address: Address | undefined): Mailbox | undefined {
  if (!address) return undefined;
  return address.group ? address.group[0] : address;
}

const fail = (error: string): ParsedMessageResult => ({ ok: false, error });

/** Bytes of the input, or undefined when it is text. Realm-safe (no `instanceof`). */
function bytesOf(raw: unknown): Uint8Array | undefined {
  if (ArrayBuffer.isView(raw)) return new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  if (Object.prototype.toString.call(raw) === '[object ArrayBuffer]')
    return new Uint8Array(raw as ArrayBuffer);
  return undefined;
}

export async function parseRawMessage(raw: string | ArrayBuffer | Uint8Array): Promise<ParsedMessageResult> {
  const bytes = bytesOf(raw);
  if (typeof raw !== 'string' && !bytes)
    return fail('The message must be text or bytes: pass the raw MIME message, headers first.');
  // The start of the message as text, only to sanity-check it; postal-mime reads the original
  // input, so 8-bit bodies keep their bytes.
  const start = bytes ? new TextDecoder('latin1').decode(bytes.subarray(0, 64 * 1024)) : (raw as string);
  if (!start.trim()) return fail('The message is empty: paste a whole MIME message, headers first.');
  // postal-mime reads anything, even binary noise, as "some headers"; SES refuses a message
  // whose first line is not a header field, so that is checked first.
  if (!/^[!-9;-~]+[ \t]*:/.test(start.replace(/^(\r?\n)+/, ''))) {
    return fail(
      'The message has no headers: a MIME message begins with header lines such as "From: sender@example.com", then a blank line, then the body.',
    );
  }
  let email: Email;
  try {
    email = await PostalMime.parse(bytes ?? raw);
  } catch (error) {
    return fail(`The message cannot be parsed: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const headersNamed = (key: string): Header[] => email.headers.filter((h) => h.key === key);

  const fromHeaders = headersNamed('from');
  if (fromHeaders.length === 0)
    return fail('The message has no From header: add one such as "From: Name <sender@example.com>".');
  if (fromHeaders.length > 1)
    return fail(
      `The message has ${fromHeaders.length} From headers: RFC 5322 allows one, so SES could not tell which address to authorize.`,
    );
  const from = firstMailbox(email.from);
  if (!from?.address || !from.address.includes('@'))
    return fail(
      `The From header "${fromHeaders[0]?.value.trim() ?? ''}" has no email address: write it as "Name <sender@example.com>".`,
    );
  // postal-mime keeps only the first mailbox of a From list; a second one would go
  // unauthorized, so a list is refused rather than silently truncated.
  if (addresses(addressParser(fromHeaders[0]?.value ?? '')).length > 1)
    return fail(
      'The From header names more than one address: give a single From address (authorization is decided per From address).',
    );

  const sesHeaders: SesArnHeaders = {};
  for (const [field, key, display] of SES_HEADERS) {
    const values = [...new Set(headersNamed(key).map((h) => h.value.trim()))].filter(Boolean);
    if (values.length > 1)
      return fail(
        `The message has ${display} headers with different values (${values.join(', ')}): keep one.`,
      );
    if (values[0]) sesHeaders[field] = values[0];
  }
  const returnPath = email.returnPath?.trim().replace(/^<|>$/g, '').trim();
  const sender = firstMailbox(email.sender)?.address;
  return {
    ok: true,
    message: {
      from: { address: from.address, name: from.name },
      to: addresses(email.to),
      cc: addresses(email.cc),
      bcc: addresses(email.bcc),
      ...(returnPath ? { returnPath } : {}),
      ...(sender ? { sender } : {}),
      ...(email.subject !== undefined ? { subject: email.subject } : {}),
      sesHeaders,
    },
  };
}
