/**
 * Witnesses and callers in plain English: "account 111122223333 could now send with
 * ses:SendEmail from x@ses-example.com to someone@example.net". Keys are looked up in Maps, since
 * their names come from policy text.
 */
import type { Caller } from '../principal';
import type { ContextValue } from '../types';

export function describeCallerText(caller: Caller): string {
  switch (caller.kind) {
    case 'root':
      return `account ${caller.account}`;
    case 'user':
      return `IAM user ${caller.text}`;
    case 'role':
      return `role ${caller.text}`;
    case 'assumed-role':
      return `a session of role ${caller.roleArn ?? ''} (${caller.text})`;
    case 'federated':
      return `federated user ${caller.text}`;
    case 'service':
      return `the service ${caller.text}`;
    default:
      return caller.text;
  }
}

const quoteList = (v: ContextValue) => (Array.isArray(v) ? v.join(', ') : String(v));

const PHRASES = new Map<string, [(v: ContextValue) => string, string]>([
  ['ses:fromaddress', [(v) => `from ${quoteList(v)}`, 'with no From address']],
  ['ses:fromdisplayname', [(v) => `with the display name "${quoteList(v)}"`, 'with no display name']],
  [
    'ses:recipients',
    [
      (v) => (Array.isArray(v) && v.length === 0 ? 'with an empty recipient list' : `to ${quoteList(v)}`),
      'with no recipients',
    ],
  ],
  ['ses:feedbackaddress', [(v) => `with Return-Path ${quoteList(v)}`, 'with no Return-Path']],
  ['aws:sourceip', [(v) => `from IP ${quoteList(v)}`, 'with no source IP']],
  ['aws:currenttime', [(v) => `at ${quoteList(v)}`, 'with no request time']],
  ['aws:epochtime', [(v) => `at epoch second ${quoteList(v)}`, 'with no epoch time']],
  [
    'aws:securetransport',
    [
      (v) => (String(v).toLowerCase() === 'true' ? 'over HTTPS' : 'over plain HTTP'),
      'without aws:SecureTransport',
    ],
  ],
]);

export function describeRequest(
  who: string,
  verb: string,
  action: string,
  context: Record<string, ContextValue>,
  leftOut: string[],
): string {
  const parts: string[] = [`${who} ${verb} send with ${action}`];
  for (const key of Object.keys(context)) {
    const value = context[key]!;
    const phrase = PHRASES.get(key.toLowerCase());
    parts.push(phrase ? phrase[0](value) : `with ${key} = ${quoteList(value)}`);
  }
  for (const key of leftOut) {
    const phrase = PHRASES.get(key.toLowerCase());
    parts.push(phrase ? phrase[1] : `without ${key}`);
  }
  return parts.join(' ');
}
