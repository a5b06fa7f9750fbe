// @vitest-environment node
/**
 * Every case in the shared evaluation vectors (hand-written, grounded in AWS documentation)
 * through the public `evaluate`, exactly as the vectors' README maps them.
 */
import { describe, expect, it } from 'vitest';
import vectors from './__fixtures__/evaluation-vectors.json';
import { evaluate } from './evaluate';

interface Vector {
  id: string;
  reason: string;
  policy: object | null;
  principal: string;
  action: string;
  resource: string;
  context: Record<string, string | string[] | number | boolean>;
  expected: string;
  scope: 'resource-policy' | 'request';
  identityPolicies?: object[];
}

describe('evaluation vectors', () => {
  it('has all 90 cases', () => {
    expect(vectors).toHaveLength(90);
  });

  it.each((vectors as unknown as Vector[]).map((v) => [v.id, v] as const))('%s', (_id, v) => {
    const result = evaluate({
      principal: v.principal,
      action: v.action,
      resource: v.resource,
      context: v.context,
      resourcePolicies: v.policy ? [{ name: 'policy', document: JSON.stringify(v.policy) }] : [],
      ...(v.scope === 'request'
        ? {
            identityPolicies: (v.identityPolicies ?? []).map((document, i) => ({
              name: `iam-${i}`,
              document: JSON.stringify(document),
            })),
          }
        : {}),
    });
    expect(result.decision, v.reason).toBe(v.expected);
  });
});
