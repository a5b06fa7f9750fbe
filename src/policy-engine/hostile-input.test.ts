// @vitest-environment node
/**
 * Hostile names and shapes: Object.prototype's member names used as operators, keys, elements
 * and context keys read as ordinary unknown names; deep, huge, cyclic input is refused with a
 * diagnostic before anything recurses over it.
 */
import { describe, expect, it } from 'vitest';
import { describeCondition, describePolicy } from './english';
import { evaluate } from './evaluate';
import { lookupAction, lookupConditionKey } from './catalog';
import { MAX_NESTING_DEPTH, MAX_READABLE_POLICY_BYTES, offsetBeyondDepth } from './limits';
import { parseOperator } from './operators';
import { compilePolicy, compilePolicyDocument } from './parse';
import { decide, IDENTITY, policyWith } from './test-helpers';
import { validatePolicy } from './validate';

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const codes = (text: string) => validatePolicy(text, { identityArn: IDENTITY }).map((d) => d.code);

/** A policy text whose statement's Condition is written by hand (JSON.stringify drops `__proto__`). */
function withRawCondition(condition: string): string {
  return `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"123456789012"},"Action":"ses:SendEmail","Resource":"${IDENTITY}","Condition":${condition}}]}`;
}

function nested(depth: number, open: string, close: string, inner = ''): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

/** A value nested `depth` levels deep, built without recursion. */
function deepValue(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

describe('names of Object.prototype members are ordinary unknown names', () => {
  it.each(PROTOTYPE_NAMES)('a Condition operator %s is an unknown operator', (name) => {
    expect(parseOperator(name)).toBeUndefined();
    expect(parseOperator(`ForAllValues:${name}`)).toBeUndefined();
    const policy = compilePolicy(withRawCondition(`{"${name}":{"ses:FromAddress":"a@example.com"}}`), 'p');
    expect(policy.readable).toBe(false);
    expect(policy.diagnostics.map((d) => d.code)).toContain('unknown-operator');
    expect(decide(withRawCondition(`{"${name}":{"ses:FromAddress":"a@example.com"}}`)).decision).toBe(
      'ImplicitDeny',
    );
  });

  it.each(PROTOTYPE_NAMES)('a condition key %s is unknown to the catalogue and to validation', (name) => {
    expect(lookupConditionKey(name)).toBeUndefined();
    expect(codes(withRawCondition(`{"StringEquals":{"${name}":"x"}}`))).toContain('unknown-condition-key');
  });

  it.each(PROTOTYPE_NAMES)('an action %s is not an SES action', (name) => {
    expect(lookupAction(name)).toBeUndefined();
    expect(lookupAction(`ses:${name}`)).toBeUndefined();
  });

  it('a statement element, a principal type and a policy element named __proto__ are unknown', () => {
    const statement = `{"Effect":"Allow","__proto__":{"AWS":"1"},"Principal":{"constructor":"123456789012"},"Action":"ses:SendEmail","Resource":"${IDENTITY}"}`;
    const list = codes(`{"Version":"2012-10-17","constructor":1,"Statement":[${statement}]}`);
    expect(list.filter((c) => c === 'unknown-element')).toHaveLength(2);
    expect(list).toContain('invalid-principal-type');
  });

  it('evaluate with a condition key __proto__ neither throws nor matches', () => {
    for (const name of PROTOTYPE_NAMES) {
      const text = withRawCondition(`{"StringEquals":{"${name}":"x"}}`);
      const result = decide(text, { 'ses:FromAddress': 'a@example.com' });
      expect(result.decision).toBe('ImplicitDeny');
      expect(result.policies[0]?.statements[0]?.conditions[0]?.requestValues).toBeUndefined();
      expect(result.missingContextKeys).toEqual([name]);
    }
  });

  it('a request context key __proto__ (as JSON.parse makes it) is an ordinary key', () => {
    const context = JSON.parse('{"__proto__":"x","constructor":"y"}') as Record<string, string>;
    expect(
      decide(withRawCondition('{"StringEquals":{"__proto__":"x","constructor":"y"}}'), context).decision,
    ).toBe('Allow');
    expect(decide(withRawCondition('{"StringEquals":{"__proto__":"z"}}'), context).decision).toBe(
      'ImplicitDeny',
    );
  });

  it('inherited properties of a request context are not in the request', () => {
    const context = Object.create({ 'ses:FromAddress': 'a@example.com' }) as Record<string, string>;
    const text = policyWith({ StringEquals: { 'ses:FromAddress': 'a@example.com' } });
    expect(decide(text, context).decision).toBe('ImplicitDeny');
    expect(decide(text, { 'ses:FromAddress': 'a@example.com' }).decision).toBe('Allow');
  });

  it('context values that are not strings, numbers or booleans are not values', () => {
    const text = policyWith({ StringEquals: { 'ses:FromAddress': '[object Object]' } });
    const context = { 'ses:FromAddress': Object.create(null) } as unknown as Record<string, string>;
    const result = decide(text, context);
    expect(result.decision).toBe('ImplicitDeny');
    expect(result.diagnostics).toEqual([]);
  });

  it('plain English names an unknown key __proto__ or constructor as written', () => {
    for (const name of PROTOTYPE_NAMES) {
      const policy = compilePolicy(withRawCondition(`{"StringEquals":{"${name}":"x"}}`), 'p');
      const clause = policy.statements[0]?.conditions[0];
      expect(clause).toBeDefined();
      const text = describeCondition(clause!);
      expect(text).toBe(`\`${name}\` is \`x\``);
      expect(text).not.toMatch(/function|\[object/);
    }
  });
});

describe('size and nesting limits', () => {
  it('validatePolicy checks the size first: 10,000 nested arrays are one policy-too-large error', () => {
    const text = nested(10_000, '[', ']');
    const list = validatePolicy(text, { identityArn: IDENTITY });
    expect(list.map((d) => d.code)).toEqual(['policy-too-large']);
    expect(list[0]?.message).toMatch(/20,000 bytes; SES accepts at most 4,096/);
  });

  it('a small text nested deeper than the limit is refused with its position', () => {
    const text = `{"Statement":${nested(MAX_NESTING_DEPTH, '[', ']')}}`;
    const list = validatePolicy(text, { identityArn: IDENTITY });
    expect(list.map((d) => d.code)).toEqual(['too-deeply-nested']);
    expect(list[0]?.message).toMatch(/more than 64 levels deep/);
    expect(list[0]?.range.start.offset).toBe(text.indexOf('[') + MAX_NESTING_DEPTH - 1);
  });

  it('nesting up to the limit is read as usual', () => {
    const text = `{"Statement":${nested(MAX_NESTING_DEPTH - 1, '[', ']')}}`;
    expect(codes(text)).not.toContain('too-deeply-nested');
  });

  it('brackets inside strings do not count as nesting', () => {
    expect(offsetBeyondDepth(`{"Sid":"${'['.repeat(100)}\\"${'{'.repeat(100)}"}`)).toBeUndefined();
    expect(offsetBeyondDepth(nested(65, '{"a":', '}', '1'))).toBe(64 * 5);
  });

  it('evaluate reports deep and huge texts as unreadable, at any depth', () => {
    for (const depth of [100, 10_000, 50_000]) {
      for (const text of [nested(depth, '[', ']'), nested(depth, '{"a":', '}', '1')]) {
        const result = decide(text);
        expect(result.decision).toBe('ImplicitDeny');
        expect(result.summary).toMatch(/cannot be read/);
        expect(result.diagnostics[0]?.code).toMatch(/^too-(deeply-nested|large-to-read)$/);
      }
    }
    const huge = policyWith(undefined, { Sid: 'x'.repeat(MAX_READABLE_POLICY_BYTES) });
    expect(decide(huge).diagnostics[0]?.code).toBe('too-large-to-read');
  });

  it('a deep, cyclic or enormous document object is refused before it is printed', () => {
    const cyclic: Record<string, unknown> = { Version: '2012-10-17' };
    cyclic.Statement = cyclic;
    let shared: unknown[] = ['x'];
    for (let i = 0; i < 40; i++) shared = [shared, shared];
    const withToJson = { toJSON: () => deepValue(20_000) };
    const cases: [object, string][] = [
      [deepValue(20_000) as object, 'too-deeply-nested'],
      [cyclic, 'too-deeply-nested'],
      [shared, 'too-large-to-read'],
      [withToJson, 'invalid-json'],
      [{ toJSON: () => deepValue(100) }, 'too-deeply-nested'],
    ];
    for (const [document, code] of cases) {
      expect(compilePolicyDocument(document, 'p').diagnostics[0]?.code).toBe(code);
      const result = evaluate({
        principal: '123456789012',
        action: 'ses:SendEmail',
        resource: IDENTITY,
        resourcePolicies: [{ name: 'p', document }],
      });
      expect(result.decision).toBe('ImplicitDeny');
      expect(result.diagnostics[0]?.code).toBe(code);
    }
  });

  it('describePolicy of a refused text says it cannot be read', () => {
    expect(describePolicy(compilePolicy(nested(10_000, '[', ']'), 'p')).summary).toMatch(/cannot be read/);
  });
});
