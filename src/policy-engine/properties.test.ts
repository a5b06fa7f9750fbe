// @vitest-environment node
/** Properties of the engine checked over generated policies and requests (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { globMatch } from './glob';
import { validatePolicy } from './validate';
import { compilePrincipalEntry, describeCaller, matchPrincipalEntry } from './principal';
import type { PrincipalEntry } from './types';
import { IDENTITY } from './test-helpers';

const ACCOUNTS = ['123456789012', '999999999999', '888888888888'];
const callers = fc.constantFrom(
  'arn:aws:iam::123456789012:user/sender',
  'arn:aws:iam::999999999999:user/marketer',
  'arn:aws:sts::123456789012:assumed-role/Mailer/s1',
  'arn:aws:iam::888888888888:root',
  'cognito-idp.amazonaws.com',
);
const addresses = fc.constantFrom(
  'a@example.com',
  'marketing+x@example.com',
  'ceo@example.com',
  'x@other.com',
);
const conditionArb = fc.oneof(
  fc.constant(undefined),
  fc.record({
    StringLike: fc.record({
      'ses:FromAddress': fc.constantFrom('*@example.com', 'marketing+*@example.com', 'a@*'),
    }),
  }),
  fc.record({ StringNotEquals: fc.record({ 'ses:FromAddress': addresses }) }),
  fc.record({
    'ForAllValues:StringLike': fc.record({ 'ses:Recipients': fc.constantFrom('*@example.com', '*') }),
  }),
  fc.record({ IpAddress: fc.record({ 'aws:SourceIp': fc.constantFrom('203.0.113.0/24', '10.0.0.0/8') }) }),
);
const statementArb = fc
  .record({
    Effect: fc.constantFrom('Allow', 'Deny'),
    Principal: fc.oneof(
      fc.constant('*'),
      fc.record({ AWS: fc.constantFrom(...ACCOUNTS) }),
      fc.constant({ Service: 'cognito-idp.amazonaws.com' }),
    ),
    Action: fc.constantFrom('ses:SendEmail', 'ses:Send*', ['ses:SendRawEmail'], '*'),
    Resource: fc.constantFrom(IDENTITY, '*', 'arn:aws:ses:us-east-1:888888888888:identity/other.com'),
    Condition: conditionArb,
  })
  .map(({ Condition, ...rest }) => (Condition ? { ...rest, Condition } : rest));
const contextArb = fc.record(
  {
    'ses:FromAddress': addresses,
    'ses:Recipients': fc.array(addresses, { maxLength: 3 }),
    'aws:SourceIp': fc.constantFrom('203.0.113.9', '10.1.2.3', '198.51.100.1'),
  },
  { requiredKeys: [] },
);

function decideFor(statements: object[], principal: string, context: Record<string, string | string[]>) {
  return evaluate({
    principal,
    action: 'ses:SendEmail',
    resource: IDENTITY,
    context,
    resourcePolicies: [
      { name: 'p', document: JSON.stringify({ Version: '2012-10-17', Statement: statements }) },
    ],
  }).decision;
}

describe('engine properties', () => {
  it('evaluate never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.anything(),
        fc.string(),
        fc.anything(),
        (document, context, principal, identityPolicies) => {
          const result = evaluate({
            principal,
            action: 'ses:SendEmail',
            resource: IDENTITY,
            context: context as Record<string, string>,
            resourcePolicies: [{ name: 'x', document: document as object }],
            identityPolicies: identityPolicies as [],
          });
          expect(['Allow', 'ExplicitDeny', 'ImplicitDeny']).toContain(result.decision);
          expect(typeof result.summary).toBe('string');
          expect(Array.isArray(result.policies)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, principal) => {
        const result = evaluate({
          principal,
          action: 'ses:SendEmail',
          resource: IDENTITY,
          resourcePolicies: [{ name: 'x', document: text }],
        });
        expect(result.decision).not.toBe('Allow');
      }),
      { numRuns: 300 },
    );
  });

  it('statement order never changes a decision', () => {
    fc.assert(
      fc.property(
        fc.array(statementArb, { minLength: 1, maxLength: 5 }),
        callers,
        contextArb,
        (statements, principal, context) => {
          const reversed = [...statements].reverse();
          expect(decideFor(reversed, principal, context)).toBe(decideFor(statements, principal, context));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('adding a Deny statement never turns a decision into Allow', () => {
    fc.assert(
      fc.property(
        fc.array(statementArb, { minLength: 1, maxLength: 4 }),
        statementArb.map((s) => ({ ...s, Effect: 'Deny' })),
        callers,
        contextArb,
        (statements, deny, principal, context) => {
          const before = decideFor(statements, principal, context);
          const after = decideFor([...statements, deny], principal, context);
          if (before !== 'Allow') expect(after).not.toBe('Allow');
          if (before === 'ExplicitDeny') expect(after).toBe('ExplicitDeny');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('the glob matcher agrees with a regular-expression reference', () => {
    const reference = (pattern: string, value: string) =>
      new RegExp(
        `^${[...pattern].map((c) => (c === '*' ? '[\\s\\S]*' : c === '?' ? '[\\s\\S]' : c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))).join('')}$`,
        'u',
      ).test(value);
    const chars = fc.constantFrom('a', 'b', '*', '?', '.', '+', '\n');
    fc.assert(
      fc.property(
        fc.string({ unit: chars, maxLength: 8 }),
        fc.string({ unit: fc.constantFrom('a', 'b', '.', '+', '\n'), maxLength: 10 }),
        (pattern, value) => {
          expect(globMatch(pattern, value)).toBe(reference(pattern, value));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('the case of a condition key name never matters', () => {
    const recase = (key: string, mask: boolean[]) =>
      [...key].map((c, i) => (mask[i % mask.length] ? c.toUpperCase() : c.toLowerCase())).join('');
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
        addresses,
        (policyMask, requestMask, address) => {
          const statement = {
            Effect: 'Allow',
            Principal: { AWS: '123456789012' },
            Action: 'ses:SendEmail',
            Resource: IDENTITY,
            Condition: { StringLike: { [recase('ses:FromAddress', policyMask)]: '*@example.com' } },
          };
          const expected = address.endsWith('@example.com') ? 'Allow' : 'ImplicitDeny';
          expect(
            decideFor([statement], 'arn:aws:iam::123456789012:user/sender', {
              [recase('ses:FromAddress', requestMask)]: address,
            }),
          ).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the compiled principal matcher agrees with the explained one', () => {
    const entries = fc.record({
      type: fc.constantFrom('AWS', 'Service', '*', 'Federated'),
      value: fc.constantFrom(
        '*',
        '123456789012',
        '999999999999',
        'arn:aws:iam::123456789012:root',
        'arn:aws:iam::123456789012:user/sender',
        'arn:aws:iam::123456789012:role/Mailer',
        'arn:aws:iam::123456789012:role/path/Mailer',
        'arn:aws:iam::999999999999:role/Mailer',
        'cognito-idp.amazonaws.com',
      ),
    });
    fc.assert(
      fc.property(entries, callers, (raw, principal) => {
        const entry = { ...raw, range: undefined, path: [] } as unknown as PrincipalEntry;
        const caller = describeCaller(principal);
        expect(compilePrincipalEntry(entry)(caller)).toBe(matchPrincipalEntry(entry, caller).matched);
      }),
      { numRuns: 500 },
    );
  });

  it('evaluate and validatePolicy never throw on arbitrarily deep nesting, anywhere in a policy', () => {
    // Each level opens with one of these and closes with its partner: arrays, objects, or both.
    const level = fc.constantFrom<[string, string]>(['[', ']'], ['{"a":', '}'], ['[{"k":', '}]']);
    const depth = fc.oneof(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 20_000 }));
    const nesting = fc.tuple(level, fc.boolean(), depth).map(([[open, close], mixed, n]) => {
      const opens: string[] = [];
      const closes: string[] = [];
      for (let i = 0; i < n; i++) {
        const [o, c] = mixed && i % 2 ? ['[', ']'] : [open, close];
        opens.push(o);
        closes.push(c);
      }
      return `${opens.join('')}"x"${closes.reverse().join('')}`;
    });
    // Where the nesting goes: the whole document, a statement, a Condition, a Principal.
    const place = fc.constantFrom(
      (deep: string) => deep,
      (deep: string) => `{"Version":"2012-10-17","Statement":${deep}}`,
      (deep: string) =>
        `{"Statement":[{"Effect":"Allow","Condition":{"StringLike":{"ses:FromAddress":${deep}}}}]}`,
      (deep: string) => `{"Statement":[{"Effect":"Allow","Condition":${deep}}]}`,
      (deep: string) =>
        `{"Statement":{"Effect":"Allow","Principal":{"AWS":${deep}},"Action":"ses:SendEmail"}}`,
    );
    fc.assert(
      fc.property(nesting, place, (deep, wrap) => {
        const text = wrap(deep);
        const diagnostics = validatePolicy(text, { identityArn: IDENTITY });
        expect(Array.isArray(diagnostics)).toBe(true);
        const result = evaluate({
          principal: '123456789012',
          action: 'ses:SendEmail',
          resource: IDENTITY,
          resourcePolicies: [{ name: 'p', document: text }],
          identityPolicies: [{ name: 'i', document: text }],
        });
        expect(result.decision).not.toBe('Allow');
        // Parsed as an object too (what callers that hold JSON values pass).
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          return;
        }
        const fromObject = evaluate({
          principal: '123456789012',
          action: 'ses:SendEmail',
          resource: IDENTITY,
          resourcePolicies: [{ name: 'p', document: parsed as object }],
        });
        expect(fromObject.decision).not.toBe('Allow');
      }),
      { numRuns: 200 },
    );
  });
});
