// @vitest-environment node
/**
 * The analysis' shortcuts never change an answer: the caches shared between analyses (key
 * atoms, glob automata, the walks of pattern groups) give what a cold start gives and never
 * carry one identity's callers into another's; statement order and repeats change nothing;
 * a caller whose statements agree on both sides is skipped only when nothing differs for it;
 * whoCanSend's questions asked together answer as when asked one by one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PolicyInput } from '../types';
import { clearKeyCaches } from './atoms';
import { compareAccess } from './compare';
import { globPattern, globTokens, stringCells, clearStringCaches } from './strings';
import { ARN, policy, statement, witnessesHold, type StatementSpec } from './test-fixtures';
import { whoCanSend, whoCanSendAsking } from './who-can-send';

const conditionArb = fc.oneof(
  fc.constant(undefined),
  fc.record({
    StringLike: fc.record({
      'ses:FromAddress': fc.constantFrom('marketing+*@ses-example.com', '*@ses-example.com', 'ceo*', 'm?rk*'),
    }),
  }),
  fc.record({ StringNotLike: fc.record({ 'ses:FromAddress': fc.constantFrom('*admin*', 'ceo*') }) }),
  fc.record({
    'ForAllValues:StringLike': fc.record({
      'ses:Recipients': fc.constantFrom(['*@example.com'], ['*@example.com', '*@example.org']),
    }),
  }),
  fc.record({ IpAddress: fc.record({ 'aws:SourceIp': fc.constantFrom('203.0.113.0/24', '10.0.0.0/8') }) }),
  fc.record({ DateLessThan: fc.record({ 'aws:CurrentTime': fc.constantFrom('2018-10-01T12:00Z') }) }),
  fc.record({
    StringEquals: fc.record({ 'aws:PrincipalAccount': fc.constantFrom('999999999999', '888888888888') }),
  }),
  fc.record({
    ArnLike: fc.record({ 'aws:PrincipalArn': fc.constantFrom('arn:aws:iam::999999999999:role/*') }),
  }),
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
    Action: fc.constantFrom<unknown>('ses:SendEmail', 'ses:Send*', ['SES:SendEmail', 'SES:SendRawEmail']),
    Resource: fc.constantFrom<unknown>(ARN, '*'),
    Condition: conditionArb,
  })
  .map(({ Condition, ...rest }) => statement(Condition ? { ...rest, Condition } : rest));

const statementsArb = fc.array(statementArb, { minLength: 0, maxLength: 5 });
const inputs = (statements: StatementSpec[]): PolicyInput[] => [{ name: 'p', document: policy(statements) }];

function cold<T>(run: () => T): T {
  clearKeyCaches();
  clearStringCaches();
  return run();
}

describe('shared caches', () => {
  it('give what a cold start gives', () => {
    fc.assert(
      fc.property(statementsArb, statementsArb, (before, after) => {
        const request = { identityArn: ARN, before: inputs(before), after: inputs(after) };
        const warm = compareAccess(request);
        const warmRows = whoCanSend({ identityArn: ARN, policies: inputs(after) });
        expect(cold(() => compareAccess(request))).toEqual(warm);
        expect(cold(() => whoCanSend({ identityArn: ARN, policies: inputs(after) }))).toEqual(warmRows);
        expect(witnessesHold(warm, request.before, request.after)).toBe(true);
      }),
      { numRuns: 120 },
    );
  });

  it('do not carry one identity into another (same policy text, other ARNs and accounts)', () => {
    const text = inputs([
      statement({
        Principal: '*',
        Resource: '*',
        Condition: { StringLike: { 'ses:FromAddress': '*@x.com' } },
      }),
      // A Deny for account 888888888888's principals (a derived key, atoms per caller).
      statement({
        Effect: 'Deny',
        Principal: { AWS: '888888888888' },
        Resource: '*',
        Condition: { StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::888888888888:*' } },
      }),
    ]);
    const arns = [
      ARN,
      'arn:aws:ses:us-east-1:111111111111:identity/other.example',
      'arn:aws:ses:eu-west-1:888888888888:identity/third.example',
    ];
    const warm = arns.map((identityArn) => whoCanSend({ identityArn, policies: text }));
    arns.forEach((identityArn, i) => {
      expect(cold(() => whoCanSend({ identityArn, policies: text }))).toEqual(warm[i]);
      expect(warm[i]!.identityArn).toBe(identityArn);
    });
    // The Deny carves the own-account row of 888888888888's identities only.
    const own = warm.map((r) => r.rows.find((row) => row.source === 'own-account'));
    expect(own.map((r) => r?.principals)).toEqual([['888888888888'], ['111111111111'], ['888888888888']]);
    expect(own.map((r) => r?.carvedOutBy.map((c) => c.statementIndex))).toEqual([[1], [], [1]]);
    // The same edit compared for two identities: each witness is its own identity's.
    const after = inputs([statement({ Principal: '*', Resource: '*' })]);
    for (const identityArn of arns) {
      const result = compareAccess({ identityArn, before: text, after });
      expect(cold(() => compareAccess({ identityArn, before: text, after }))).toEqual(result);
      expect(result.verdict).toBe('gains');
    }
  });
});

describe('order, repeats and agreeing callers', () => {
  it('statement order, a repeated statement and a split into policies change nothing', () => {
    fc.assert(
      fc.property(statementsArb, fc.nat(), (statements, k) => {
        if (!statements.length) return;
        const at = k % statements.length;
        const shuffled = [...statements.slice(at), ...statements.slice(0, at), statements[at]!];
        const split: PolicyInput[] = shuffled.map((s, i) => ({ name: `p${i}`, document: policy([s]) }));
        for (const after of [inputs(shuffled), split]) {
          expect(compareAccess({ identityArn: ARN, before: inputs(statements), after }).verdict).toBe(
            'equivalent',
          );
        }
      }),
      { numRuns: 100 },
    );
  });

  /** Twelve callers, each with its own Allow, and a Deny for everyone (the bench's shape). */
  function many(denyFrom: string): StatementSpec[] {
    const out: StatementSpec[] = [];
    for (let i = 0; i < 12; i++) {
      out.push(
        statement({
          Principal: { AWS: String(100000000000 + i) },
          Condition: { StringLike: { 'ses:FromAddress': `team${i}+*@ses-example.com` } },
        }),
      );
    }
    out.push(
      statement({
        Effect: 'Deny',
        Principal: '*',
        Condition: { StringLike: { 'ses:FromAddress': denyFrom } },
      }),
    );
    return out;
  }

  it('finds the one caller an edit of its own statement changes', () => {
    const before = many('blocked*');
    const after = [...before];
    after[3] = statement({
      Principal: { AWS: '100000000003' },
      Condition: { StringLike: { 'ses:FromAddress': `team3*@ses-example.com` } },
    });
    const result = compareAccess({ identityArn: ARN, before: inputs(before), after: inputs(after) });
    expect(result.verdict).toBe('gains');
    expect(result.gained.map((w) => w.principal)).toEqual(['100000000003']);
    expect(witnessesHold(result, inputs(before), inputs(after))).toBe(true);
  });

  it('finds every caller an edit of a Deny for everyone changes', () => {
    const before = many('team*');
    const after = many('blocked*');
    const result = compareAccess({ identityArn: ARN, before: inputs(before), after: inputs(after) });
    expect(result.verdict).toBe('gains-and-loses');
    // Ten witnesses at most: the own account (it needs no Allow), then every caller with an Allow.
    expect(result.gained.map((w) => w.principal)).toEqual([
      '888888888888',
      ...Array.from({ length: 9 }, (_, i) => String(100000000000 + i)),
    ]);
    // Only the own account could send from blocked addresses before.
    expect(result.lost.map((w) => w.principal)).toEqual(['888888888888']);
    expect(witnessesHold(result, inputs(before), inputs(after))).toBe(true);
  });
});

describe('whoCanSend questions asked together', () => {
  it('answer as when asked one by one', () => {
    fc.assert(
      fc.property(statementsArb, (statements) => {
        const input = { identityArn: ARN, policies: inputs(statements) };
        expect(whoCanSend(input)).toEqual(whoCanSendAsking(input, 'one-by-one'));
      }),
      { numRuns: 150 },
    );
  });
});

describe('string cells split by first literal', () => {
  it('finds every combination, and the same again from the shared walk', () => {
    const patterns = ['ab*', 'a*', 'b?', 'bc'].map((p) => globPattern(globTokens(p)));
    const regexes = [/^ab.*$/s, /^a.*$/s, /^b.$/s, /^bc$/s];
    const vectors = (words: string[]) =>
      new Set(words.map((w) => regexes.map((r, i) => (r.test(w) ? i : '')).join('')));
    const first = stringCells(patterns);
    // None; a*; ab* and a*; b?; b? and bc.
    expect(vectors(first.words)).toEqual(new Set(['', '1', '01', '2', '23']));
    expect(first.words).toHaveLength(5);
    expect(stringCells(patterns)).toEqual(first);
    expect(cold(() => stringCells(patterns))).toEqual(first);
  });
});
