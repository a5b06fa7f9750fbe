/**
 * SES's storage rules, as `error` diagnostics with positions: what PutIdentityPolicy would
 * refuse. `validatePolicy` is what the editor and the emulator call: parse errors, these
 * errors and the lint findings, sorted by position.
 */
import { actionError } from './action-problems';
import { lookupConditionKey } from './catalog';
import { byteLength, MAX_POLICY_BYTES, MAX_READABLE_POLICY_BYTES, NOT_PARSED_CODES } from './limits';
import { lint } from './lint';
import { compilePolicy } from './parse';
import { EMPTY_RANGE } from './position';
import {
  duplicatePolicyNameProblem,
  MAX_POLICIES_PER_IDENTITY,
  policyLimitProblem,
  policyNameProblem,
} from './policy-names';
import type { CompiledPolicy, Diagnostic, Severity } from './types';

export { byteLength, MAX_POLICY_BYTES };

const ACCOUNT_ID = /^\d{12}$/;
const IAM_PRINCIPAL_ARN =
  /^arn:aws[a-z-]*:(iam::\d{12}:(root|user\/[\w+=,.@/-]+|role\/[\w+=,.@/-]+)|sts::\d{12}:assumed-role\/[\w+=,.@-]+\/[\w+=,.@-]+)$/;
const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$/;

export interface ValidationOptions {
  /** The ARN of the identity the policy is (to be) attached to. */
  identityArn: string;
  policyName?: string;
  /** The time against which date windows are checked (lint); defaults to now. */
  now?: Date;
}

const SEVERITY_ORDER: Record<Severity, number> = {
  error: 0,
  'security-warning': 1,
  warning: 2,
  suggestion: 3,
};

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort(
    (a, b) =>
      a.range.start.offset - b.range.start.offset || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}

/** Parse errors, SES's storage errors and lint findings for one policy text. */
export function validatePolicy(text: string, options: ValidationOptions): Diagnostic[] {
  const nameProblem = options.policyName === undefined ? undefined : validatePolicyName(options.policyName);
  const named = (list: Diagnostic[]) => sortDiagnostics(nameProblem ? [...list, nameProblem] : list);
  // The size first, before any parsing: far beyond SES's limit, SES's own refusal is all there
  // is to say, and reading the text would only cost time (see limits.ts).
  const source = typeof text === 'string' ? text : '';
  const size = byteLength(source);
  if (size > MAX_READABLE_POLICY_BYTES) return named([tooLarge(size)]);
  const policy = compilePolicy(source, options.policyName ?? 'policy');
  const list = [...policy.diagnostics, ...storageErrors(policy, options.identityArn)];
  // A JSON value that is not an object still has (no) statements to lint; unparsed text has none.
  const parsed = !policy.diagnostics.some((d) => d.code !== 'not-an-object' && NOT_PARSED_CODES.has(d.code));
  if (parsed) list.push(...lint(policy, options));
  return named(list);
}

function tooLarge(size: number): Diagnostic {
  return {
    code: 'policy-too-large',
    severity: 'error',
    message: `The policy is ${size.toLocaleString('en-US')} bytes; SES accepts at most ${MAX_POLICY_BYTES.toLocaleString('en-US')} (4 KB). Remove statements or shorten values.`,
    path: [],
    range: EMPTY_RANGE,
  };
}

export function storageErrors(policy: CompiledPolicy, identityArn: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const error = (code: string, message: string, path: Diagnostic['path'], range = EMPTY_RANGE) =>
    out.push({ code, severity: 'error', message, path, range });
  const size = byteLength(policy.text);
  if (size > MAX_POLICY_BYTES) out.push(tooLarge(size));
  if (policy.diagnostics.some((d) => NOT_PARSED_CODES.has(d.code))) return out;
  if (policy.version !== undefined && policy.version !== '2012-10-17' && policy.version !== '2008-10-17') {
    error(
      'invalid-version',
      `Version must be "2012-10-17" (or the older "2008-10-17"); found "${policy.version}".`,
      ['Version'],
    );
  }
  if (policy.statements.length === 0) {
    error(
      'no-statement',
      'A policy needs at least one statement: add a "Statement" list with one or more statements.',
      [],
    );
  }
  for (const s of policy.statements) {
    if (!s.principal) {
      error(
        'missing-principal',
        'This statement has no Principal: name who it applies to, e.g. "Principal": {"AWS": ["123456789012"]}.',
        s.path,
        s.range,
      );
    } else {
      for (const entry of s.principal.entries) {
        const problem = principalProblem(entry.type, entry.value);
        if (problem) error('malformed-principal', problem, entry.path, entry.range);
      }
    }
    if (!s.action) {
      error(
        'missing-action',
        'This statement has no Action: list the send actions, e.g. "Action": ["ses:SendEmail", "ses:SendRawEmail"].',
        s.path,
        s.range,
      );
    }
    for (const v of s.action?.values ?? []) {
      const problem = actionError(v.value);
      if (problem) error(problem.code, problem.message, v.path, v.range);
    }
    if (!s.resource) {
      error(
        'missing-resource',
        `This statement has no Resource: add "Resource": "${identityArn}".`,
        s.path,
        s.range,
      );
    } else if (s.resource.negated) {
      error(
        'not-resource',
        `SES needs the identity's ARN in Resource, not NotResource: use "Resource": "${identityArn}".`,
        s.resource.path,
        s.resource.range,
      );
    } else {
      for (const v of s.resource.values) {
        if (v.value === identityArn) continue;
        const sameButCase = v.value.toLowerCase() === identityArn.toLowerCase();
        error(
          'resource-not-identity',
          sameButCase
            ? `Resource must be exactly ${identityArn}; "${v.value}" differs only in letter case, and ARNs are matched case-sensitively.`
            : `Resource must be the ARN of the identity this policy is attached to, ${identityArn}; found "${v.value}".`,
          v.path,
          v.range,
        );
      }
    }
    for (const c of s.conditions) {
      if (!lookupConditionKey(c.key)) {
        error(
          'unknown-condition-key',
          `"${c.key}" is not a condition key SES knows. Use an SES key (ses:FromAddress, ses:FromDisplayName, ses:Recipients, ses:FeedbackAddress, ses:ApiVersion) or an AWS global key such as aws:CurrentTime or aws:SourceIp.`,
          c.path,
          c.keyRange,
        );
      }
    }
  }
  return out;
}

export function principalProblem(type: string, value: string): string | undefined {
  if (type === '*') return undefined;
  if (type === 'AWS') {
    if (value === '*' || ACCOUNT_ID.test(value) || IAM_PRINCIPAL_ARN.test(value)) return undefined;
    if (/^\d+$/.test(value.replace(/-/g, ''))) {
      return `"${value}" is not an AWS account ID: write the 12 digits without dashes or spaces, e.g. "999999999999".`;
    }
    return `"${value}" is not a valid AWS principal: use a 12-digit account ID, arn:aws:iam::ACCOUNT:root, or an IAM user or role ARN such as arn:aws:iam::123456789012:user/name.`;
  }
  if (type === 'Service') {
    return SERVICE_PRINCIPAL.test(value)
      ? undefined
      : `"${value}" is not a service principal: services are named like "cognito-idp.amazonaws.com".`;
  }
  return `SES sending authorization does not accept ${type} principals: use "AWS" (accounts, users, roles) or "Service".`;
}

/** SES's policy name rule, as a diagnostic. */
export function validatePolicyName(name: string): Diagnostic | undefined {
  const problem = policyNameProblem(name);
  return problem
    ? { code: 'invalid-policy-name', severity: 'error', message: problem, path: [], range: EMPTY_RANGE }
    : undefined;
}

/** Identity-wide rules: at most 20 policies, unique names, and every policy valid. */
export function validateIdentityPolicies(
  policies: { name: string; document: string }[],
  identityArn: string,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Said as SES refuses the 21st: once the first 20 are in, no other fits.
  const tooMany =
    policies.length > MAX_POLICIES_PER_IDENTITY ? policyLimitProblem(MAX_POLICIES_PER_IDENTITY) : undefined;
  if (tooMany)
    out.push({
      code: 'too-many-policies',
      severity: 'error',
      message: tooMany,
      path: [],
      range: EMPTY_RANGE,
    });
  const seen = new Set<string>();
  for (const p of policies) {
    if (seen.has(p.name)) {
      out.push({
        code: 'duplicate-policy-name',
        severity: 'error',
        message: duplicatePolicyNameProblem(p.name),
        path: [],
        range: EMPTY_RANGE,
        policyName: p.name,
      });
    }
    seen.add(p.name);
    for (const d of validatePolicy(p.document, { identityArn, policyName: p.name }))
      out.push({ ...d, policyName: p.name });
  }
  return out;
}
