// @vitest-environment node
/**
 * Console helpers that map names from policies, SES responses and stored traces: names of
 * Object.prototype members (`constructor`, `toString`, `__proto__`) are ordinary unknown names.
 */
import { describe, expect, it } from 'vitest';
import { roleTraces } from './activity/attempt-trace';
import { buildPolicyDocument } from './generator/document/build-policy';
import { emptyCondition, emptyStatement } from './generator/form/form-defaults';
import { missingKeyAdvice } from './simulator/result/missing-keys';

const NAMES = ['constructor', 'toString', 'hasOwnProperty', '__proto__'];
const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';

describe('names of Object.prototype members in the console', () => {
  it.each(NAMES)('a missing context key %s is one SES never sets', (name) => {
    expect(missingKeyAdvice(name)).toBe(
      `${name}: SES never sets this key on a send, so a condition on it is decided as for an absent key in every request.`,
    );
  });

  it.each(NAMES)('a stored trace role %s is shown as written', (name) => {
    expect(roleTraces([{ role: name, decision: 'Allow', address: 'a@example.com' }])[0]?.role).toBe(name);
    expect(roleTraces([{ role: 'returnPath', decision: 'Allow' }])[0]?.role).toBe('Return-Path');
  });

  it.each(NAMES)('the generator keeps a condition key %s in the JSON', (name) => {
    const document = buildPolicyDocument(
      {
        statements: [
          {
            ...emptyStatement(),
            principals: '999999999999',
            conditions: [{ ...emptyCondition(name), values: 'x@example.com' }],
          },
        ],
      },
      ARN,
    );
    const condition = (JSON.parse(document) as { Statement: { Condition: Record<string, unknown> }[] })
      .Statement[0]?.Condition;
    expect(condition && Object.hasOwn(condition, 'StringLike')).toBe(true);
    const keys = condition?.StringLike as Record<string, unknown>;
    expect(Object.hasOwn(keys, name)).toBe(true);
    expect(keys[name]).toBe('x@example.com');
  });
});
