/**
 * What is wrong with the simulator form, field by field, in sentences that say how to fix it.
 * The same checks run on a scenario opened from a link (it fills the form first). The raw MIME
 * message is parsed asynchronously when the simulation runs (see simulate.ts).
 */
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import {
  compilePolicy,
  describeCaller,
  parseIdentityArn,
  parseMailboxList,
  recipientCountProblem,
} from '../../../policy-engine';
import { splitAddresses, type SimulatorFormValues } from './form-values';

/** Form field path (`policies.0.document`) → message. */
export type FormProblems = Record<string, string>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function callerProblem(caller: string): string | undefined {
  const text = caller.trim();
  if (!text)
    return 'Enter the caller: an account ID, an IAM user, role or session ARN, or a service principal.';
  const described = describeCaller(text);
  if (described.kind === 'other' || described.kind === 'federated')
    return `"${text}" is not a caller SES sending authorization knows: use a 12-digit account ID (999999999999), an IAM user or role ARN (arn:aws:iam::999999999999:user/marketer), an assumed-role session ARN (arn:aws:sts::999999999999:assumed-role/Mailer/session) or a service principal (sns.amazonaws.com).`;
  return undefined;
}

export function policyJsonProblem(name: string, document: string): string | undefined {
  if (!document.trim()) return `Policy "${name || 'without a name'}" is empty: paste its JSON document.`;
  const diagnostic = compilePolicy(document, name).diagnostics.find((d) => d.code === 'invalid-json');
  if (!diagnostic) return undefined;
  const { line, column } = diagnostic.range.start;
  return `Policy "${name || 'without a name'}" is not valid JSON at line ${line}, column ${column}: ${diagnostic.message.replace(/^Invalid JSON: /, '')}`;
}

function policyProblems(
  problems: FormProblems,
  field: 'policies' | 'callerPolicies',
  policies: SimulatorFormValues['policies'],
) {
  const names = new Set<string>();
  policies.forEach((policy, i) => {
    const name = policy.name.trim();
    if (!name) problems[`${field}.${i}.name`] = 'Name the policy (any name; it labels the explanation).';
    else if (names.has(name)) problems[`${field}.${i}.name`] = `Another policy is already named "${name}".`;
    names.add(name);
    const json = policyJsonProblem(name, policy.document);
    if (json) problems[`${field}.${i}.document`] = json;
  });
}

export function addressProblem(value: string, what: string): string | undefined {
  const found = parseMailboxList(value);
  if (found.length === 0)
    return `The ${what} "${value}" is not an email address: write it as name@example.com.`;
  if (found.length > 1) return `The ${what} "${value}" names ${found.length} addresses: give exactly one.`;
  return undefined;
}

function arnProblem(value: string, what: string): string | undefined {
  if (!value.trim()) return undefined;
  const parsed = parseIdentityArn(value);
  return parsed.ok ? undefined : `${what}: ${parsed.error}`;
}

/** Every field's problem. Whether saved policies can be read is checked when the simulation runs. */
export function validateForm(values: SimulatorFormValues): FormProblems {
  const problems: FormProblems = {};
  const set = (field: string, message: string | undefined) => {
    if (message) problems[field] = message;
  };
  const identity = parseIdentityArn(values.identityArn);
  if (!values.identityArn.trim())
    problems.identityArn =
      'Choose an identity, or enter the ARN of one, e.g. arn:aws:ses:us-east-1:888888888888:identity/ses-example.com.';
  else if (!identity.ok) problems.identityArn = identity.error;

  if (values.policySource === 'scenario') policyProblems(problems, 'policies', values.policies);
  set('caller', callerProblem(values.caller));
  if (values.modelCallerPolicies) policyProblems(problems, 'callerPolicies', values.callerPolicies);

  if (values.messageMode === 'fields') {
    if (!values.from.trim()) problems.from = 'Enter the From address, e.g. marketing+spring@ses-example.com.';
    else set('from', addressProblem(values.from, 'From address'));
    if (values.fromDisplayName.includes('\n')) problems.fromDisplayName = 'A display name is one line.';
    if (values.returnPath.trim()) set('returnPath', addressProblem(values.returnPath, 'Return-Path'));
  } else {
    if (!values.raw.trim())
      problems.raw =
        'Paste the raw MIME message: header lines such as "From: sender@example.com", a blank line, then the body.';
    if (values.rawSource.trim()) set('rawSource', addressProblem(values.rawSource, 'Source address'));
  }
  let recipients = 0;
  const recipientFields =
    values.messageMode === 'raw' ? (['rawDestinations'] as const) : (['to', 'cc', 'bcc'] as const);
  const countField = values.messageMode === 'raw' ? 'rawDestinations' : 'to';
  for (const field of recipientFields) {
    for (const entry of splitAddresses(values[field])) {
      recipients++;
      if (parseMailboxList(entry).length === 0 && !problems[field])
        problems[field] = `"${entry}" is not an email address: separate addresses with commas.`;
    }
  }
  if (values.messageMode === 'fields' && recipients === 0 && !problems.to)
    problems.to = 'Add at least one recipient: SES refuses a message without one.';
  // None is said above in the form's words (a raw message may still bring its own); too many, in SES's.
  const tooMany = recipients > 0 ? recipientCountProblem(recipients) : undefined;
  if (tooMany) problems[countField] = tooMany;
  set('sourceArn', arnProblem(values.sourceArn, 'Source ARN'));
  set('fromArn', arnProblem(values.fromArn, 'From ARN'));
  set('returnPathArn', arnProblem(values.returnPathArn, 'Return-Path ARN'));

  const ip = values.sourceIp.trim();
  if (ip && !ipaddr.isValid(ip))
    problems.sourceIp = `"${ip}" is not an IP address: write an IPv4 address such as 203.0.113.10 or an IPv6 address such as 2001:db8::1.`;
  const time = values.time.trim();
  if (time && (!ISO_DATE.test(time) || Number.isNaN(Date.parse(time))))
    problems.time = `"${time}" is not a date and time: use ISO 8601, e.g. 2026-11-22T12:00:00Z, or leave it blank for now.`;
  return problems;
}

/** The same checks as a zod schema, for react-hook-form's resolver (errors land on their fields). */
export function simulatorFormSchema() {
  return z.custom<SimulatorFormValues>().superRefine((values, ctx) => {
    for (const [path, message] of Object.entries(validateForm(values)))
      ctx.addIssue({
        code: 'custom',
        message,
        path: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      });
  });
}
