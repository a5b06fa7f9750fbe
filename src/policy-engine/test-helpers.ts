/** Builders shared by the engine's tests: a one-statement policy and an evaluation of it. */
import { evaluate } from './evaluate';
import type { EvaluationResult, RequestContext } from './types';

export const IDENTITY = 'arn:aws:ses:us-east-1:888888888888:identity/example.com';
export const CALLER = 'arn:aws:iam::123456789012:user/sender';

export function policyWith(condition?: object, overrides: object = {}, version = '2012-10-17'): string {
  return JSON.stringify({
    Version: version,
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: ['123456789012'] },
        Action: ['ses:SendEmail', 'ses:SendRawEmail'],
        Resource: IDENTITY,
        ...(condition ? { Condition: condition } : {}),
        ...overrides,
      },
    ],
  });
}

export function decide(document: string, context: RequestContext = {}, principal = CALLER): EvaluationResult {
  return evaluate({
    principal,
    action: 'ses:SendEmail',
    resource: IDENTITY,
    context,
    resourcePolicies: [{ name: 'p', document }],
  });
}

/** Whether a condition holds for a context, read off the decision of a one-statement Allow. */
export function holds(condition: object, context: RequestContext, version?: string): boolean {
  return decide(policyWith(condition, {}, version), context).decision === 'Allow';
}
