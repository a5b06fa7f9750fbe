/** Policy builders shared by the access analysis' tests (the seeds' examples and their edits). */
import { evaluate } from '../evaluate';
import type { PolicyInput } from '../types';
import type { AccessWitness, CompareAccessResult } from './types';

export const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';

export interface StatementSpec {
  Sid?: string;
  Effect?: 'Allow' | 'Deny';
  Principal?: unknown;
  NotPrincipal?: unknown;
  Action?: unknown;
  NotAction?: unknown;
  Resource?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

export function statement(spec: StatementSpec = {}): StatementSpec {
  return {
    Effect: 'Allow',
    Resource: ARN,
    Principal: { AWS: ['999999999999'] },
    Action: ['SES:SendEmail', 'SES:SendRawEmail'],
    ...spec,
  };
}

export function policy(statements: StatementSpec[], version = '2012-10-17'): string {
  return JSON.stringify({ Version: version, Statement: statements });
}

export const one = (statements: StatementSpec[], name = 'p'): PolicyInput[] => [
  { name, document: policy(statements) },
];

/** The announcement's policy, with the glob written as intended (marketing+*@). */
export const ANNOUNCEMENT = statement({
  Sid: 'AuthorizeMarketer',
  Condition: { StringLike: { 'ses:FromAddress': 'marketing+*@ses-example.com' } },
});

/** Checks every witness of a result with evaluate, as compareAccess promises. */
export function witnessesHold(
  result: CompareAccessResult,
  before: PolicyInput[],
  after: PolicyInput[],
): boolean {
  const decide = (w: AccessWitness, policies: PolicyInput[]) =>
    evaluate({
      principal: w.principal,
      action: w.action,
      resource: ARN,
      context: w.context,
      resourcePolicies: policies,
    }).decision === 'Allow';
  return (
    result.gained.every((w) => decide(w, after) && !decide(w, before)) &&
    result.lost.every((w) => decide(w, before) && !decide(w, after))
  );
}
