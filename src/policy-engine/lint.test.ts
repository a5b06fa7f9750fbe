// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validatePolicy } from './validate';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const NOW = new Date('2026-11-22T00:00:00Z');
const base = {
  Sid: 'Grant',
  Effect: 'Allow',
  Resource: ARN,
  Principal: { AWS: ['999999999999'] },
  Action: ['ses:SendEmail', 'ses:SendRawEmail'],
};
function findings(statements: object[], identityArn = ARN) {
  const text = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
  return validatePolicy(text, { identityArn, now: NOW }).filter((d) => d.severity !== 'error');
}
const codesOf = (statements: object[], identityArn?: string) =>
  findings(statements, identityArn).map((d) => d.code);
const withCondition = (Condition: object, patch: object = {}) => [{ ...base, Condition, ...patch }];

describe('lint findings', () => {
  it.each([
    [
      'stringlike-regex',
      withCondition({ StringLike: { 'ses:FromAddress': 'marketing+.*@ses-example.com' } }),
      withCondition({ StringLike: { 'ses:FromAddress': 'marketing+*@ses-example.com' } }),
    ],
    [
      'stringlike-without-wildcard',
      withCondition({ StringLike: { 'ses:FromAddress': 'news@ses-example.com' } }),
      withCondition({ StringEquals: { 'ses:FromAddress': 'news@ses-example.com' } }),
    ],
    [
      'wildcard-in-stringequals',
      withCondition({ StringEquals: { 'ses:FromAddress': '*@ses-example.com' } }),
      withCondition({ StringLike: { 'ses:FromAddress': '*@ses-example.com' } }),
    ],
    [
      'principal-star-unconditioned',
      [{ ...base, Principal: '*' }],
      withCondition({ StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }, { Principal: '*' }),
    ],
    [
      'allow-with-notprincipal',
      [{ ...base, Principal: undefined, NotPrincipal: { AWS: '111122223333' } }],
      [base],
    ],
    [
      'set-operator-on-single-valued-key',
      withCondition({ 'ForAnyValue:StringLike': { 'ses:FromAddress': '*@ses-example.com' } }),
      withCondition({ StringLike: { 'ses:FromAddress': '*@ses-example.com' } }),
    ],
    [
      'multi-valued-key-without-set-operator',
      withCondition({ StringLike: { 'ses:Recipients': '*@example.com' } }),
      withCondition({ 'ForAnyValue:StringLike': { 'ses:Recipients': '*@example.com' } }),
    ],
    [
      'forallvalues-without-null-guard',
      withCondition({ 'ForAllValues:StringLike': { 'ses:Recipients': '*@example.com' } }),
      withCondition({
        'ForAllValues:StringLike': { 'ses:Recipients': '*@example.com' },
        Null: { 'ses:Recipients': 'false' },
      }),
    ],
    [
      'ifexists-on-null',
      withCondition({ NullIfExists: { 'ses:FeedbackAddress': 'false' } }),
      withCondition({ Null: { 'ses:FeedbackAddress': 'false' } }),
    ],
    [
      'invalid-ip-range',
      withCondition({ IpAddress: { 'aws:SourceIp': '203.0.113.0/33' } }),
      withCondition({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }),
    ],
    [
      'ip-host-bits',
      withCondition({ IpAddress: { 'aws:SourceIp': '203.0.113.5/24' } }),
      withCondition({ IpAddress: { 'aws:SourceIp': '203.0.113.5' } }),
    ],
    [
      'invalid-date',
      withCondition({ DateLessThan: { 'aws:CurrentTime': '31/12/2027' } }),
      withCondition({ DateLessThan: { 'aws:CurrentTime': '2027-12-31T00:00:00Z' } }),
    ],
    [
      'date-window-over',
      withCondition({ DateLessThan: { 'aws:CurrentTime': '2025-01-01T00:00:00Z' } }),
      withCondition({ DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' } }),
    ],
    [
      'key-case-variants',
      withCondition({
        StringLike: { 'ses:FromAddress': '*@ses-example.com' },
        StringNotEquals: { 'SES:fromaddress': 'ceo@ses-example.com' },
      }),
      withCondition({
        StringLike: { 'ses:FromAddress': '*@ses-example.com' },
        StringNotEquals: { 'ses:FromAddress': 'ceo@ses-example.com' },
      }),
    ],
    [
      'duplicate-sid',
      [base, { ...base, Action: 'ses:SendTemplatedEmail' }],
      [base, { ...base, Sid: 'Other', Action: 'ses:SendTemplatedEmail' }],
    ],
    [
      'from-address-never-matches',
      withCondition({ StringLike: { 'ses:FromAddress': '*@other.com' } }),
      withCondition({ StringLike: { 'ses:FromAddress': '*@mail.ses-example.com' } }),
    ],
    [
      'redundant-statement',
      [base, { ...base, Sid: 'Narrow', Action: 'ses:SendEmail' }],
      [base, { ...base, Sid: 'Narrow', Action: 'ses:SendTemplatedEmail' }],
    ],
  ])('%s fires on the bad example and stays quiet on the good one', (code, bad, good) => {
    expect(codesOf(bad as object[])).toContain(code);
    expect(codesOf(good as object[])).not.toContain(code);
  });

  it('the SES documentation trap: `marketing+.*@` in an Allow, with a suggestion of the glob meant', () => {
    const [d] = findings(
      withCondition({ StringLike: { 'ses:FromAddress': 'marketing+.*@ses-example.com' } }),
    );
    expect(d).toMatchObject({
      code: 'stringlike-regex',
      severity: 'warning',
      path: ['Statement', 0, 'Condition', 'StringLike', 'ses:FromAddress'],
    });
    expect(d?.message).toContain('Did you mean "marketing+*@ses-example.com"?');
  });

  it('a regex in a Deny is a security warning: the Deny silently never applies', () => {
    const [d] = findings([
      { ...base, Effect: 'Deny', Condition: { StringLike: { 'ses:FromAddress': '^ceo.*' } } },
    ]);
    expect(d?.severity).toBe('security-warning');
  });

  it('knows email identities: only the address itself can match', () => {
    const email = 'arn:aws:ses:us-east-1:888888888888:identity/news@ses-example.com';
    expect(
      codesOf(
        withCondition({ StringEquals: { 'ses:FromAddress': 'ceo@ses-example.com' } }, { Resource: email }),
        email,
      ),
    ).toContain('from-address-never-matches');
    expect(
      codesOf(
        withCondition({ StringEquals: { 'ses:FromAddress': 'news@ses-example.com' } }, { Resource: email }),
        email,
      ),
    ).not.toContain('from-address-never-matches');
  });
});
