// @vitest-environment node
/** Each dimension on its own: the cells it finds, and compareAccess's verdict through it. */
import { describe, expect, it } from 'vitest';
import { compareAccess } from './compare';
import { dateCandidates, numberCandidates } from './ordered';
import { ipCandidates } from './ip';
import { principalClasses } from './principals';
import {
  arnPattern,
  exactPattern,
  foldPattern,
  foldProblem,
  globPattern,
  globTokens,
  stringCells,
} from './strings';
import { ARN, one, statement, witnessesHold, type StatementSpec } from './test-fixtures';

function compare(before: StatementSpec[], after: StatementSpec[]) {
  const b = one(before);
  const a = one(after);
  const result = compareAccess({ identityArn: ARN, before: b, after: a });
  expect(witnessesHold(result, b, a)).toBe(true);
  return result;
}

const withCondition = (Condition: StatementSpec['Condition'], extra: StatementSpec = {}) => [
  statement({ Condition, ...extra }),
];

describe('strings', () => {
  it('finds one word per cell of overlapping globs', () => {
    const cells = stringCells([
      globPattern(globTokens('*@ses-example.com')),
      globPattern(globTokens('marketing+*@ses-example.com')),
    ]);
    expect(cells.truncated).toBe(false);
    // Neither, the first only, both: three cells (the second alone is impossible).
    expect(cells.words).toHaveLength(3);
  });

  it('treats ? as one code unit and * as any run, newlines included', () => {
    const cells = stringCells([globPattern(globTokens('a?c')), exactPattern('a\nc')]);
    expect(cells.words).toContain('a\nc');
  });

  it('folds case exactly, including characters whose lower case is a literal (Kelvin sign)', () => {
    const cells = stringCells([foldPattern('k'), exactPattern('k')]);
    // "k" (both), a k-like other than "k" (fold only: K or U+212A), and neither.
    expect(cells.words).toHaveLength(3);
    expect(foldProblem([foldPattern('Σ')])).toMatch(/σ/);
    expect(foldProblem([foldPattern('abc')])).toBeUndefined();
  });

  it('keeps Arn wildcards inside their segment', () => {
    const arn = arnPattern('arn:aws:iam::*:user/x');
    expect(arn).toBeDefined();
    expect(arnPattern('arn:aws')).toBeUndefined();
    const cells = stringCells([arn!]);
    expect(cells.words.length).toBe(2);
  });

  it('compares StringEqualsIgnoreCase with StringEquals', () => {
    const r = compare(
      withCondition({ StringEquals: { 'ses:FromAddress': 'news@ses-example.com' } }),
      withCondition({ StringEqualsIgnoreCase: { 'ses:FromAddress': 'news@ses-example.com' } }),
    );
    expect(r.verdict).toBe('gains');
    expect(String(r.gained[0]!.context['ses:FromAddress']).toLowerCase()).toBe('news@ses-example.com');
  });
});

describe('numbers and dates', () => {
  it('gives a value in every point and interval', () => {
    expect(numberCandidates([1, 2])).toEqual(expect.arrayContaining([1, 2, 1.5, 0, 3]));
    expect(numberCandidates([Number.MAX_VALUE])).toContain('1e999');
    const d = dateCandidates([Date.UTC(2018, 8, 1)], false);
    expect(d).toContain('2018-09-01T00:00:00Z');
    expect(d).toContain('2018-09-01T00:00:01Z');
    expect(dateCandidates([1500], true)).toEqual(expect.arrayContaining([1, 2]));
  });

  it('finds the one second a date edit gains', () => {
    const r = compare(
      withCondition({ DateLessThan: { 'aws:CurrentTime': '2018-10-01T12:00:00Z' } }),
      withCondition({ DateLessThanEquals: { 'aws:CurrentTime': '2018-10-01T12:00:00Z' } }),
    );
    expect(r.verdict).toBe('gains');
    expect(r.gained[0]!.context['aws:CurrentTime']).toBe('2018-10-01T12:00:00Z');
  });

  it('compares numbers (aws:MultiFactorAuthAge)', () => {
    const r = compare(
      withCondition({ NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 } }),
      withCondition({ NumericLessThan: { 'aws:MultiFactorAuthAge': 600 } }),
    );
    expect(r.verdict).toBe('loses');
    expect(r.lost[0]!.context['aws:MultiFactorAuthAge']).toBe(600);
  });

  it('reports a key compared as two types as unknown', () => {
    const r = compare(
      withCondition({ DateLessThan: { 'aws:EpochTime': '2030-01-01' } }),
      withCondition({ NumericLessThan: { 'aws:EpochTime': 1893456000 } }),
    );
    expect(r.verdict).toBe('unknown');
    expect(r.unknown?.join(' ')).toMatch(/more than one type/);
  });
});

describe('IP addresses', () => {
  it('finds an address inside a range but outside its nested ranges, IPv4 and IPv6', () => {
    const c = ipCandidates(['10.0.0.0/8', '10.1.0.0/16', '2001:db8::/32']);
    expect(c.some((ip) => ip.startsWith('10.') && !ip.startsWith('10.1.'))).toBe(true);
    expect(c.some((ip) => ip.startsWith('10.1.'))).toBe(true);
    expect(c.some((ip) => ip.startsWith('2001:db8:'))).toBe(true);
    expect(c.some((ip) => ip.includes(':') && !ip.startsWith('2001:db8'))).toBe(true);
  });

  it('finds what narrowing a range loses', () => {
    const r = compare(
      withCondition({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }),
      withCondition({ IpAddress: { 'aws:SourceIp': '203.0.113.0/25' } }),
    );
    expect(r.verdict).toBe('loses');
    const lost = String(r.lost[0]!.context['aws:SourceIp']);
    expect(lost.startsWith('203.0.113.') && Number(lost.split('.')[3]) >= 128).toBe(true);
  });

  it('sees an IPv6 range added beside an IPv4 one', () => {
    const r = compare(
      withCondition({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } }),
      withCondition({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] } }),
    );
    expect(r.verdict).toBe('gains');
    expect(String(r.gained[0]!.context['aws:SourceIp'])).toMatch(/^2001:db8:/);
  });
});

describe('Bool and Null', () => {
  it('has two points for Bool', () => {
    const r = compare(
      withCondition({ Bool: { 'aws:SecureTransport': 'true' } }),
      withCondition({ Bool: { 'aws:SecureTransport': ['true', 'false'] } }),
    );
    expect(r.verdict).toBe('gains');
    expect(r.gained[0]!.context['aws:SecureTransport']).toBe(false);
  });

  it('tells an absent key from a present one', () => {
    const r = compare(
      withCondition({ StringLike: { 'ses:FeedbackAddress': '*@ses-example.com' } }),
      withCondition({ StringLikeIfExists: { 'ses:FeedbackAddress': '*@ses-example.com' } }),
    );
    expect(r.verdict).toBe('gains');
    expect(r.gained[0]!.context).not.toHaveProperty('ses:FeedbackAddress');
    expect(r.gained[0]!.description).toMatch(/no Return-Path/);
    const n = compare(withCondition({ Null: { 'ses:FeedbackAddress': 'false' } }), []);
    expect(n.verdict).toBe('loses');
  });
});

describe('multi-valued ses:Recipients', () => {
  it('finds a mixed recipient list ForAllValues refuses and ForAnyValue allows', () => {
    const r = compare(
      withCondition({ 'ForAllValues:StringLike': { 'ses:Recipients': ['*@example.com'] } }),
      withCondition({ 'ForAnyValue:StringLike': { 'ses:Recipients': ['*@example.com'] } }),
    );
    expect(r.verdict).toBe('gains-and-loses');
    const gained = r.gained[0]!.context['ses:Recipients'];
    expect(Array.isArray(gained) && gained.length).toBe(2);
    // ForAllValues holds with no recipients; ForAnyValue does not.
    expect(r.lost.length).toBeGreaterThan(0);
  });

  it('applies the plain operator as SEMANTICS.md fixes it (any value matches)', () => {
    const r = compare(
      withCondition({ StringLike: { 'ses:Recipients': ['*@example.com'] } }),
      withCondition({ 'ForAnyValue:StringLike': { 'ses:Recipients': ['*@example.com'] } }),
    );
    expect(r.verdict).toBe('equivalent');
  });
});

describe('principals and actions', () => {
  it('derives callers from the literals plus fresh ones', () => {
    const classes = principalClasses(
      [
        { type: 'AWS', value: 'arn:aws:iam::999999999999:role/path/Mailer', range: undefined!, path: [] },
        { type: 'Service', value: 'cognito-idp.amazonaws.com', range: undefined!, path: [] },
      ],
      ARN,
    ).map((c) => c.text);
    expect(classes).toEqual(
      expect.arrayContaining([
        '888888888888',
        '999999999999',
        '111122223333',
        'arn:aws:iam::999999999999:role/path/Mailer',
        'arn:aws:sts::999999999999:assumed-role/Mailer/session',
        'cognito-idp.amazonaws.com',
        'delegate.amazonaws.com',
      ]),
    );
  });

  it('narrows an account to a role: the account root loses, the role keeps', () => {
    const r = compare(
      [statement({ Principal: { AWS: ['999999999999'] } })],
      [statement({ Principal: { AWS: ['arn:aws:iam::999999999999:role/Mailer'] } })],
    );
    expect(r.verdict).toBe('loses');
    expect(r.lost.map((w) => w.principal)).toContain('999999999999');
    expect(r.lost.map((w) => w.principal)).not.toContain('arn:aws:iam::999999999999:role/Mailer');
  });

  it('widens actions with a wildcard', () => {
    const r = compare([statement()], [statement({ Action: 'ses:Send*' })]);
    expect(r.verdict).toBe('gains');
    expect(r.gained[0]!.action).toMatch(/Templated/);
  });

  it('handles NotPrincipal and NotAction', () => {
    const r = compare(
      [
        statement({ Principal: '*' }),
        statement({ Effect: 'Deny', Principal: '*', Action: undefined, NotAction: 'ses:SendEmail' }),
      ],
      [
        statement({ Principal: '*' }),
        statement({
          Effect: 'Deny',
          Principal: undefined,
          NotPrincipal: { AWS: '999999999999' },
          Action: undefined,
          NotAction: 'ses:SendEmail',
        }),
      ],
    );
    expect(r.verdict).toBe('gains');
    expect(r.gained.map((w) => w.principal)).toEqual(['999999999999']);
    expect(r.gained[0]!.action).toBe('ses:SendRawEmail');
  });

  it('sees a Deny on the own account, which needs no Allow', () => {
    const r = compare([], [statement({ Effect: 'Deny', Principal: { AWS: '888888888888' } })]);
    expect(r.verdict).toBe('loses');
    expect(r.lost[0]!.principal).toBe('888888888888');
  });
});

describe('policy variables', () => {
  it('are unknown when the variable names a request key', () => {
    const r = compare(
      withCondition({ StringLike: { 'ses:FromAddress': 'a@ses-example.com' } }),
      withCondition({ StringLike: { 'ses:FromAddress': '${aws:username}@ses-example.com' } }),
    );
    expect(r.verdict).toBe('unknown');
    expect(r.unknown?.join(' ')).toMatch(/policy variable/);
  });

  it('are exact when the escapes alone are used, or under the 2008 version', () => {
    const r = compare(
      withCondition({ StringLike: { 'ses:FromAddress': 'a${*}@ses-example.com' } }),
      withCondition({ StringEquals: { 'ses:FromAddress': 'a*@ses-example.com' } }),
    );
    expect(r.verdict).toBe('equivalent');
  });
});
