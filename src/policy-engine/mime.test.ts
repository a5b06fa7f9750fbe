// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseRawMessage, type ParsedMessage } from './mime';

const SOURCE_ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const DELEGATE_ARN = 'arn:aws:ses:us-east-1:999999999999:identity/delegate.example';

/** Header lines joined with CRLF, a blank line, then the body. */
const message = (headers: string, body = 'Hello') =>
  `${headers.trim().split('\n').join('\r\n')}\r\n\r\n${body}`;

async function parsed(raw: string | Uint8Array | ArrayBuffer): Promise<ParsedMessage> {
  const result = await parseRawMessage(raw);
  if (!result.ok) throw new Error(result.error);
  return result.message;
}

describe('parseRawMessage: what SES authorizes', () => {
  it('reads From with display name, recipients, Return-Path, Sender, Subject and the X-SES headers', async () => {
    const result = await parseRawMessage(
      message(`
From: "Marketing Team" <marketing+spring@ses-example.com>
Sender: agency@delegate.example
To: a@example.com, "B" <b@example.com>
Cc: c@example.com
Bcc: d@example.com
Return-Path: <bounces@delegate.example>
Subject: Spring sale
x-ses-source-arn: ${SOURCE_ARN}
X-SES-FROM-ARN: ${SOURCE_ARN}
X-Ses-Return-Path-Arn: ${DELEGATE_ARN}`),
    );
    expect(result).toEqual({
      ok: true,
      message: {
        from: { address: 'marketing+spring@ses-example.com', name: 'Marketing Team' },
        to: ['a@example.com', 'b@example.com'],
        cc: ['c@example.com'],
        bcc: ['d@example.com'],
        returnPath: 'bounces@delegate.example',
        sender: 'agency@delegate.example',
        subject: 'Spring sale',
        sesHeaders: { sourceArn: SOURCE_ARN, fromArn: SOURCE_ARN, returnPathArn: DELEGATE_ARN },
      },
    });
  });

  it('leaves out what the message lacks', async () => {
    expect(await parsed(message('From: a@ses-example.com'))).toEqual({
      from: { address: 'a@ses-example.com', name: '' },
      to: [],
      cc: [],
      bcc: [],
      sesHeaders: {},
    });
    // A null Return-Path (as bounces carry) is no address.
    expect((await parsed(message('From: a@ses-example.com\nReturn-Path: <>'))).returnPath).toBeUndefined();
  });

  it('unfolds folded headers, and trims the X-SES values', async () => {
    const m = await parsed(
      message(`
From: "A rather long display name that a mailer
 folded" <jm@ses-example.com>
To: one@example.com,
 two@example.com,
\tthree@example.com
X-SES-SOURCE-ARN:
  ${SOURCE_ARN}   
X-SES-FROM-ARN:    ${SOURCE_ARN}\t`),
    );
    expect(m.from).toEqual({
      address: 'jm@ses-example.com',
      name: 'A rather long display name that a mailer folded',
    });
    expect(m.to).toEqual(['one@example.com', 'two@example.com', 'three@example.com']);
    expect(m.sesHeaders).toEqual({ sourceArn: SOURCE_ARN, fromArn: SOURCE_ARN });
  });

  it('decodes RFC 2047 encoded words: B and Q, UTF-8 and ISO-8859-1', async () => {
    const m = await parsed(
      message(`
From: =?UTF-8?B?SsO8cmdlbiBNw7xsbGVy?= <jm@ses-example.com>
To: =?ISO-8859-1?Q?Andr=E9_L=F6we?= <andre@example.com>
Subject: =?UTF-8?Q?Caf=C3=A9_news?=`),
    );
    expect(m.from).toEqual({ address: 'jm@ses-example.com', name: 'Jürgen Müller' });
    expect(m.to).toEqual(['andre@example.com']);
    expect(m.subject).toBe('Café news');
  });

  it('decodes an encoded display name split over a folded line', async () => {
    const m = await parsed(
      message(`
From: =?ISO-8859-1?Q?Fran=E7ois?=
 =?ISO-8859-1?Q?_Marketing?= <fm@ses-example.com>`),
    );
    expect(m.from.name).toBe('François Marketing');
  });

  it('flattens address groups and keeps every To and Cc line', async () => {
    const m = await parsed(
      message(`
From: a@ses-example.com
To: Team: x@example.com, "Y" <y@example.com>;, z@example.com
To: second-line@example.com
Cc: c1@example.com, c2@example.com
CC: c3@example.com
Bcc: Undisclosed recipients:;`),
    );
    expect(m.to).toEqual(['x@example.com', 'y@example.com', 'z@example.com', 'second-line@example.com']);
    expect(m.cc).toEqual(['c1@example.com', 'c2@example.com', 'c3@example.com']);
    expect(m.bcc).toEqual([]);
  });

  it('accepts bytes and ArrayBuffers, keeping 8-bit text intact', async () => {
    const text = message('From: =?UTF-8?Q?R=C3=A9mi?= <r@ses-example.com>\nTo: b@example.com', 'Grüße');
    const bytes = new TextEncoder().encode(text);
    expect((await parsed(bytes)).from).toEqual({ address: 'r@ses-example.com', name: 'Rémi' });
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect((await parsed(buffer)).to).toEqual(['b@example.com']);
  });

  it('accepts identical repeated X-SES headers', async () => {
    const m = await parsed(
      message(`From: a@ses-example.com\nX-SES-SOURCE-ARN: ${SOURCE_ARN}\nx-ses-source-arn: ${SOURCE_ARN}`),
    );
    expect(m.sesHeaders.sourceArn).toBe(SOURCE_ARN);
  });
});

describe('parseRawMessage: unusable messages are typed errors', () => {
  const refusals: [string, string | Uint8Array, RegExp][] = [
    [
      'no From header',
      message('To: a@example.com\nSubject: hi'),
      /^The message has no From header: add one such as "From: Name <sender@example.com>"\.$/,
    ],
    [
      'a From without address',
      message('From: Marketing Team'),
      /The From header "Marketing Team" has no email address/,
    ],
    ['an empty From', message('From: <>'), /has no email address/],
    ['two From headers', message('From: a@ses-example.com\nFrom: b@ses-example.com'), /has 2 From headers/],
    [
      'a From list',
      message('From: a@ses-example.com, ceo@ses-example.com'),
      /The From header names more than one address/,
    ],
    [
      'conflicting X-SES headers',
      message(`From: a@ses-example.com\nX-SES-FROM-ARN: ${SOURCE_ARN}\nX-SES-FROM-ARN: ${DELEGATE_ARN}`),
      /X-SES-FROM-ARN headers with different values/,
    ],
    ['text without headers', 'just some text\nwithout headers', /^The message has no headers/],
    ['an mbox separator line', 'From someone Mon Jan 1 00:00:00 2026\nFrom: a@b.com\n\nx', /no headers/],
    ['blank text', '   \r\n ', /^The message is empty/],
    ['no bytes', new Uint8Array(0), /^The message is empty/],
    ['binary noise', Uint8Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256), /no headers|no From/],
  ];
  it.each(refusals)('%s', async (_, raw, error) => {
    const result = await parseRawMessage(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  it('never throws, whatever it is given', async () => {
    for (const input of [null, undefined, 42, {}, [], 'x', ':', '\u0000\u0001'] as unknown[]) {
      const result = await parseRawMessage(input as string);
      expect(result.ok).toBe(false);
    }
  });
});
