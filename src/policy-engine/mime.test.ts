// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseRawMessage } from './index';

const message = (headers: string, body = 'Hello') =>
  `${headers.trim().split('\n').join('\r\n')}\r\n\r\n${body}`;

describe('parseRawMessage', () => {
  it('reads From with display name, recipients, Return-Path and the X-SES headers in any case', async () => {
    const result = await parseRawMessage(
      message(`
From: "Marketing Team" <marketing+spring@ses-example.com>
To: a@example.com, "B" <b@example.com>
Cc: c@example.com
Bcc: d@example.com
Return-Path: <bounces@delegate.example>
Subject: Spring sale
x-ses-source-arn: arn:aws:ses:us-east-1:888888888888:identity/ses-example.com
X-SES-FROM-ARN: arn:aws:ses:us-east-1:888888888888:identity/ses-example.com
X-Ses-Return-Path-Arn: arn:aws:ses:us-east-1:999999999999:identity/delegate.example`),
    );
    expect(result).toEqual({
      ok: true,
      message: {
        from: { address: 'marketing+spring@ses-example.com', name: 'Marketing Team' },
        to: ['a@example.com', 'b@example.com'],
        cc: ['c@example.com'],
        bcc: ['d@example.com'],
        returnPath: 'bounces@delegate.example',
        sender: undefined,
        subject: 'Spring sale',
        sesHeaders: {
          sourceArn: 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com',
          fromArn: 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com',
          returnPathArn: 'arn:aws:ses:us-east-1:999999999999:identity/delegate.example',
        },
      },
    });
  });

  it('unfolds folded headers and decodes RFC 2047 display names', async () => {
    const result = await parseRawMessage(
      message(`
From: =?UTF-8?B?SsO8cmdlbiBNw7xsbGVy?= <jm@ses-example.com>
To: one@example.com,
 two@example.com
Cc: =?ISO-8859-1?Q?Andr=E9?= <andre@example.com>
X-SES-SOURCE-ARN:
  arn:aws:ses:us-east-1:888888888888:identity/ses-example.com`),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.message.from).toEqual({ address: 'jm@ses-example.com', name: 'Jürgen Müller' });
    expect(result.message.to).toEqual(['one@example.com', 'two@example.com']);
    expect(result.message.cc).toEqual(['andre@example.com']);
    expect(result.message.sesHeaders.sourceArn).toBe(
      'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com',
    );
  });

  it('flattens address groups', async () => {
    const result = await parseRawMessage(
      message('From: a@ses-example.com\nTo: Team: x@example.com, y@example.com;'),
    );
    expect(result.ok && result.message.to).toEqual(['x@example.com', 'y@example.com']);
  });

  it('refuses a message without From, without headers, or empty, with a clear message', async () => {
    expect(await parseRawMessage(message('To: a@example.com\nSubject: hi'))).toEqual({
      ok: false,
      error: 'The message has no From address: add a header such as "From: Name <sender@example.com>".',
    });
    expect(await parseRawMessage('just some text\nwithout headers')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no headers/),
    });
    expect(await parseRawMessage('   ')).toMatchObject({ ok: false, error: expect.stringMatching(/empty/) });
  });

  it('accepts bytes as well as text', async () => {
    const bytes = new TextEncoder().encode(message('From: a@ses-example.com\nTo: b@example.com'));
    expect(await parseRawMessage(bytes)).toMatchObject({
      ok: true,
      message: { from: { address: 'a@ses-example.com' } },
    });
  });
});
