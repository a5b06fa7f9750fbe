/**
 * SES's SMTP password: derived from a principal's secret access key and the SMTP endpoint's
 * Region, as "Obtaining Amazon SES SMTP credentials" (smtp-credentials.html) documents it: a
 * SigV4-style HMAC-SHA256 chain over the fixed date 11111111, the Region, "ses",
 * "aws4_request" and "SendRawEmail", prefixed with the version byte 0x04, in base64.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

export function smtpPassword(secretAccessKey: string, region: string): string {
  let signature = hmac(`AWS4${secretAccessKey}`, '11111111');
  for (const part of [region, 'ses', 'aws4_request', 'SendRawEmail']) signature = hmac(signature, part);
  return Buffer.concat([Buffer.from([0x04]), signature]).toString('base64');
}

/** Compares in constant time, so that the answer's timing tells nothing about the password. */
export function smtpPasswordMatches(given: string, secretAccessKey: string, region: string): boolean {
  const expected = Buffer.from(smtpPassword(secretAccessKey, region));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
