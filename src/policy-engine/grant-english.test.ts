import { describe, expect, it } from 'vitest';
import { compilePolicy } from './parse';
import { describeGrantCondition, readableInstant } from './grant-english';

const conditionsOf = (condition: object) =>
  compilePolicy(
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: '999999999999' },
          Action: 'ses:SendEmail',
          Resource: '*',
          Condition: condition,
        },
      ],
    }),
    'p',
  ).statements[0]?.conditions.map(describeGrantCondition);

describe('describeGrantCondition', () => {
  it('phrases From, recipients and time as limits on what the delegate may send', () => {
    expect(
      conditionsOf({
        StringLike: { 'ses:FromAddress': 'marketing+*@ses-example.com' },
        'ForAllValues:StringLike': { 'ses:Recipients': '*@example.com' },
        DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' },
      }),
    ).toEqual([
      'only From addresses matching `marketing+*@ses-example.com`',
      'only to recipients at example.com',
      'until 2027-01-01',
    ]);
  });

  it('covers exact addresses, exclusions, display names and Return-Path', () => {
    expect(
      conditionsOf({
        StringEquals: {
          'ses:FromAddress': 'news@ses-example.com',
          'ses:FeedbackAddress': ['a@x.com', 'b@x.com'],
        },
        StringNotLike: { 'ses:FromDisplayName': 'CEO*' },
      }),
    ).toEqual([
      'only the From address `news@ses-example.com`',
      'only Return-Path addresses `a@x.com` or `b@x.com`',
      'no From display names matching `CEO*`',
    ]);
  });

  it('falls back to the engine for other keys', () => {
    expect(conditionsOf({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })).toEqual([
      'from IP addresses in `203.0.113.0/24`',
    ]);
  });
});

describe('readableInstant', () => {
  it('shows midnight as a date, other times in UTC, epoch seconds too', () => {
    expect(readableInstant('2027-01-01T00:00:00Z')).toBe('2027-01-01');
    expect(readableInstant('2027-01-01T12:30:00Z')).toBe('2027-01-01 12:30 UTC');
    expect(readableInstant(1798761600)).toBe('2027-01-01');
    expect(readableInstant('soon')).toBe('`soon`');
  });
});

describe('names of Object.prototype members', () => {
  const NAMES = ['constructor', 'toString', 'hasOwnProperty', '__proto__'];

  it.each(NAMES)('a grant condition on key %s is worded by the engine, as written', (name) => {
    // A computed key is an own property, `__proto__` included, so the policy text names it.
    const text = conditionsOf({ StringEquals: { [name]: '2027-01-01T00:00:00Z' } })?.[0];
    expect(text).toBe(`\`${name}\` is \`2027-01-01T00:00:00Z\``);
  });
});
