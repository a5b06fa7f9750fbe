// @vitest-environment node
/**
 * Properties of compareAccess over generated policy pairs (mutations of the seeds' examples):
 * every witness passes evaluate; where the verdict says nothing was gained (or lost), requests
 * sampled from the policies' own literals and their neighbours find nothing it missed; statement
 * order and a repeated statement change nothing. About 100,000 sampled requests in all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCidr, parseDate } from '../condition-values';
import { evaluate } from '../evaluate';
import type { ContextValue, PolicyInput } from '../types';
import { compareAccess } from './compare';
import { ARN, policy, statement, witnessesHold, type StatementSpec } from './test-fixtures';

const conditionArb = fc.oneof(
  fc.constant(undefined),
  fc.record({
    [`StringLike`]: fc.record({
      'ses:FromAddress': fc.constantFrom(
        'marketing+*@ses-example.com',
        '*@ses-example.com',
        'marketing+.*@ses-example.com',
        'ceo*',
        'm?rketing*',
      ),
    }),
  }),
  fc.record({
    StringNotLike: fc.record({
      'ses:FromAddress': fc.constantFrom('*admin*example.com', 'ceo*@ses-example.com'),
    }),
  }),
  fc.record({
    StringEqualsIgnoreCase: fc.record({
      'ses:FromAddress': fc.constantFrom('marketing@ses-example.com', 'CEO@ses-example.com'),
    }),
  }),
  fc.record({
    [`ForAllValues:StringLike`]: fc.record({
      'ses:Recipients': fc.constantFrom(['*@example.com'], ['*@example.com', '*@example.org']),
    }),
  }),
  fc.record({
    [`ForAnyValue:StringEquals`]: fc.record({
      'ses:Recipients': fc.constantFrom('a@example.com', 'b@example.org'),
    }),
  }),
  fc.record({ StringLike: fc.record({ 'ses:Recipients': fc.constantFrom('*@example.com') }) }),
  fc.record({
    IpAddress: fc.record({
      'aws:SourceIp': fc.constantFrom('203.0.113.0/24', '203.0.113.0/25', '10.0.0.0/8', '2001:db8::/32'),
    }),
  }),
  fc.record({
    NotIpAddress: fc.record({ 'aws:SourceIp': fc.constantFrom('203.0.113.128/25', '10.1.0.0/16') }),
  }),
  fc.record({
    DateLessThan: fc.record({ 'aws:CurrentTime': fc.constantFrom('2018-10-01T12:00Z', '2018-10-02T12:00Z') }),
  }),
  fc.record({
    DateGreaterThanEquals: fc.record({ 'aws:CurrentTime': fc.constantFrom('2018-08-31T12:00Z') }),
  }),
  fc.record({ Bool: fc.record({ 'aws:SecureTransport': fc.constantFrom('true', 'false') }) }),
  fc.record({
    StringLikeIfExists: fc.record({ 'ses:FeedbackAddress': fc.constantFrom('*@ses-example.com') }),
  }),
  fc.record({ Null: fc.record({ 'ses:FromDisplayName': fc.constantFrom('true', 'false') }) }),
);

const statementArb: fc.Arbitrary<StatementSpec> = fc
  .record({
    Effect: fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Allow', 'Deny'),
    Principal: fc.constantFrom<unknown>(
      '*',
      { AWS: '999999999999' },
      { AWS: ['999999999999', '111111111111'] },
      { AWS: 'arn:aws:iam::999999999999:role/Mailer' },
      { AWS: '888888888888' },
      { Service: 'cognito-idp.amazonaws.com' },
    ),
    Action: fc.constantFrom<unknown>(
      'ses:SendEmail',
      'ses:Send*',
      ['SES:SendEmail', 'SES:SendRawEmail'],
      'ses:*',
    ),
    Condition: conditionArb,
  })
  .map(({ Condition, ...rest }) => statement(Condition ? { ...rest, Condition } : rest));

const policiesArb = fc.array(statementArb, { minLength: 0, maxLength: 4 });
/** A pair: an original and an edit of it (a statement changed, added or removed), or two unrelated. */
const pairArb = fc.oneof(
  fc.tuple(policiesArb, policiesArb),
  fc.tuple(policiesArb, statementArb, fc.nat()).map(([p, s, i]): [StatementSpec[], StatementSpec[]] => {
    const edited = [...p];
    if (edited.length && i % 3 === 0) edited.splice(i % edited.length, 1);
    else if (edited.length && i % 3 === 1) edited[i % edited.length] = s;
    else edited.push(s);
    return [p, edited];
  }),
);

const inputs = (statements: StatementSpec[]): PolicyInput[] => [{ name: 'p', document: policy(statements) }];

/** Neighbours of a literal: the value written, wildcards filled, one character more or less. */
function stringNeighbours(v: string): string[] {
  return [
    v,
    v.replace(/\*/g, ''),
    v.replace(/\*/g, 'x').replace(/\?/g, 'a'),
    `${v}x`,
    `x${v}`,
    v.slice(1),
    v.toUpperCase(),
  ];
}

function ipNeighbours(v: string): string[] {
  const cidr = parseCidr(v);
  if (!cidr || cidr[0].kind() !== 'ipv4') return ['2001:db8::1', '2001:db9::1', '::1'];
  const base = cidr[0].toByteArray().reduce((a, b) => a * 256 + b, 0);
  const size = 2 ** (32 - cidr[1]);
  const start = base - (base % size);
  const show = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
  return [start, start + 1, start + size - 1, start + size, start - 1]
    .filter((n) => n >= 0 && n < 2 ** 32)
    .map(show);
}

function dateNeighbours(v: string): string[] {
  const ms = parseDate(v);
  if (ms === undefined) return [];
  return [ms, ms + 1000, ms - 1000, ms + 1, ms - 1].map((m) => new Date(m).toISOString());
}

/** Per key, the values to sample: from every literal of both policies, and their neighbours. */
function vocabulary(statements: StatementSpec[]): Map<string, string[]> {
  const out = new Map<string, string[]>([
    ['ses:FromAddress', ['someone@example.net']],
    ['ses:Recipients', ['someone@example.net']],
    ['aws:SourceIp', ['192.0.2.1']],
    ['aws:CurrentTime', ['2020-01-01T00:00:00Z']],
    ['aws:SecureTransport', ['true', 'false']],
    ['ses:FeedbackAddress', ['someone@example.net']],
    ['ses:FromDisplayName', ['Marketing']],
  ]);
  for (const s of statements) {
    for (const block of Object.values(s.Condition ?? {})) {
      for (const [key, raw] of Object.entries(block)) {
        const values = (Array.isArray(raw) ? raw : [raw]).map(String);
        const near = values.flatMap((v) =>
          key === 'aws:SourceIp'
            ? ipNeighbours(v)
            : key === 'aws:CurrentTime'
              ? dateNeighbours(v)
              : stringNeighbours(v),
        );
        out.get(key)?.push(...near);
      }
    }
  }
  return out;
}

const PRINCIPALS = [
  '999999999999',
  '111111111111',
  '888888888888',
  '444455556666',
  'arn:aws:iam::999999999999:user/bob',
  'arn:aws:iam::999999999999:role/Mailer',
  'arn:aws:sts::999999999999:assumed-role/Mailer/s1',
  'cognito-idp.amazonaws.com',
  'other.amazonaws.com',
];
const ACTIONS = ['ses:SendEmail', 'ses:SendRawEmail', 'ses:SendTemplatedEmail', 'ses:SendBulkTemplatedEmail'];

/** A deterministic generator, so a failing run reproduces from fast-check's seed. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

const pick = <T>(rand: () => number, items: T[]): T => items[Math.floor(rand() * items.length)]!;

function sampleContext(rand: () => number, vocab: Map<string, string[]>): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = {};
  for (const [key, values] of vocab) {
    if (rand() < 0.15) continue;
    if (key === 'ses:Recipients') {
      const n = Math.floor(rand() * 3) + (rand() < 0.1 ? 0 : 1);
      context[key] = Array.from({ length: n }, () => pick(rand, values));
    } else context[key] = pick(rand, values);
  }
  return context;
}

const SAMPLES_PER_PAIR = 250;
let sampled = 0;

describe('compareAccess properties', () => {
  it('returns only true witnesses, and misses no sampled change', () => {
    fc.assert(
      fc.property(pairArb, fc.integer(), ([before, after], seed) => {
        const b = inputs(before);
        const a = inputs(after);
        const result = compareAccess({ identityArn: ARN, before: b, after: a });
        expect(witnessesHold(result, b, a)).toBe(true);
        expect(result.verdict === 'unknown').toBe(result.unknown !== undefined);
        if (result.verdict === 'unknown') return;
        const noGain = result.verdict === 'equivalent' || result.verdict === 'loses';
        const noLoss = result.verdict === 'equivalent' || result.verdict === 'gains';
        const vocab = vocabulary([...before, ...after]);
        const rand = random(seed);
        for (let i = 0; i < SAMPLES_PER_PAIR; i++) {
          const request = {
            principal: pick(rand, PRINCIPALS),
            action: pick(rand, ACTIONS),
            resource: ARN,
            context: sampleContext(rand, vocab),
          };
          const inAfter = evaluate({ ...request, resourcePolicies: a }).decision === 'Allow';
          const inBefore = evaluate({ ...request, resourcePolicies: b }).decision === 'Allow';
          sampled++;
          if (noGain) expect({ gained: inAfter && !inBefore, request }).toMatchObject({ gained: false });
          if (noLoss) expect({ lost: inBefore && !inAfter, request }).toMatchObject({ lost: false });
        }
      }),
      { numRuns: 400 },
    );
    expect(sampled).toBeGreaterThanOrEqual(90_000);
  }, 20_000);

  it('ignores statement order and a repeated statement', () => {
    fc.assert(
      fc.property(policiesArb, fc.nat(), (statements, k) => {
        if (!statements.length) return;
        const shuffled = [
          ...statements.slice(k % statements.length),
          ...statements.slice(0, k % statements.length),
        ];
        shuffled.push(statements[k % statements.length]!);
        const result = compareAccess({
          identityArn: ARN,
          before: inputs(statements),
          after: inputs(shuffled),
        });
        expect(result.verdict).toBe('equivalent');
      }),
      { numRuns: 150 },
    );
  });
});
