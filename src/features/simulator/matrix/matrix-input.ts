/**
 * The matrix's input from the simulator form and the matrix's own lists: the form's identity,
 * policies, message ARNs and context, crossed with principals, actions, From addresses and
 * recipients. Each cell sends From its address through the form's Source ARN, or the identity's
 * ARN when none is given, so the matrix is about that identity.
 */
import {
  canonicalIdentityName,
  describeCaller,
  identityLookups,
  parseIdentityArn,
  type SendApi,
} from '../../../policy-engine';
import { splitAddresses, type SimulatorFormValues } from '../form/form-values';
import { addressProblem } from '../form/validate-form';
import type { KnownIdentity } from '../evaluation/identity-lookup';
import type { MatrixInput, MatrixPrincipal } from './matrix';
import type { SimulatorPolicy } from '../scenario';
import { identitiesFor, requestTime } from '../evaluation/simulate';
import { DEFAULT_SEND_METHOD, sendMethod } from '../form/send-methods';

export interface MatrixLists {
  principals: string;
  actions: SendApi[];
  froms: string;
  recipients: string;
}

export const lines = (text: string) =>
  text
    .split(/\n/)
    .map((s) => s.trim())
    .filter(Boolean);

export type MatrixProblems = Partial<Record<keyof MatrixLists, string>>;

export function matrixProblems(lists: MatrixLists): MatrixProblems {
  const problems: MatrixProblems = {};
  const principals = lines(lists.principals);
  const notCallers = principals.filter((p) => ['other', 'federated'].includes(describeCaller(p).kind));
  if (!principals.length) problems.principals = 'List at least one principal, one per line.';
  else if (notCallers.length)
    problems.principals = `${quotedList(notCallers)} ${notCallers.length === 1 ? 'is not a caller' : 'are not callers'}: use an account ID, an IAM or STS ARN, or a service principal.`;
  if (!lists.actions.length) problems.actions = 'Choose at least one action.';
  const froms = lines(lists.froms);
  if (!froms.length) problems.froms = 'List at least one From address, one per line.';
  else problems.froms = addressesProblem(froms, 'From address');
  problems.recipients = addressesProblem(lines(lists.recipients), 'recipient');
  for (const key of Object.keys(problems) as (keyof MatrixProblems)[]) {
    if (problems[key] === undefined) delete problems[key];
  }
  return problems;
}

/** Every line that is not one email address, named, so the user can fix them all at once. */
function addressesProblem(list: string[], what: string): string | undefined {
  const bad = list.filter((line) => addressProblem(line, what) !== undefined);
  if (!bad.length) return undefined;
  return bad.length === 1
    ? (addressProblem(bad[0]!, what) ?? '')
    : `${quotedList(bad)} are not email addresses: write each ${what} as name@example.com, one per line.`;
}

function quotedList(values: string[]): string {
  const quoted = values.map((v) => `"${v}"`);
  return quoted.length <= 2 ? quoted.join(' and ') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/**
 * The identity names a matrix's cells may look up (the engine's `identityLookups` for each
 * principal and From address), and the form's identity, to know whether it exists.
 */
export function matrixIdentityNames(values: SimulatorFormValues, lists: MatrixLists): string[] {
  const fields = values.messageMode === 'fields';
  const target = parseIdentityArn(values.identityArn);
  const names = new Set<string>();
  if (target.ok) names.add(canonicalIdentityName(target.identity.name));
  // What a cell looks up depends on its caller only through the caller's account: one each.
  const byAccount = new Map<string | undefined, string>();
  for (const principal of lines(lists.principals)) {
    const caller = describeCaller(principal);
    if (!byAccount.has(caller.account)) byAccount.set(caller.account, caller.text);
  }
  for (const caller of byAccount.values()) {
    for (const source of lines(lists.froms)) {
      const lookups = identityLookups({
        caller,
        region: target.ok ? target.identity.region : 'us-east-1',
        message: { source, returnPath: fields ? values.returnPath : undefined },
        sourceArn: values.sourceArn.trim() || values.identityArn.trim(),
        fromArn: values.fromArn,
        returnPathArn: values.returnPathArn,
      });
      for (const lookup of lookups) names.add(lookup.name);
    }
  }
  return [...names];
}

export function buildMatrixInput(
  values: SimulatorFormValues,
  lists: MatrixLists,
  known: KnownIdentity[],
  savedPolicies: SimulatorPolicy[] | undefined,
  directory: { arn: string; iamPolicies: SimulatorPolicy[] }[],
  now = new Date(),
): MatrixInput {
  const policies = values.policySource === 'saved' ? savedPolicies : values.policies;
  const { identities, region } = identitiesFor({ identityArn: values.identityArn.trim(), policies }, known);
  const principals: MatrixPrincipal[] = lines(lists.principals).map((caller) => {
    if (values.modelCallerPolicies && caller === values.caller.trim())
      return { caller, iamPolicies: values.callerPolicies };
    const entry = directory.find((d) => d.arn === caller);
    return entry?.iamPolicies.length ? { caller, iamPolicies: entry.iamPolicies } : { caller };
  });
  const fields = values.messageMode === 'fields';
  return {
    region,
    identities,
    principals,
    actions: lists.actions,
    froms: lines(lists.froms),
    recipients: lines(lists.recipients),
    fixedRecipients: fields
      ? [values.to, values.cc, values.bcc].flatMap(splitAddresses)
      : splitAddresses(values.rawDestinations),
    returnPath: fields ? values.returnPath.trim() || undefined : undefined,
    sourceArn: values.sourceArn.trim() || values.identityArn.trim(),
    fromArn: values.fromArn.trim() || undefined,
    returnPathArn: values.returnPathArn.trim() || undefined,
    context: {
      sourceIp: values.sourceIp.trim() || undefined,
      time: requestTime(values.time, now).toISOString(),
      secureTransport: values.secureTransport,
      userAgent: values.userAgent.trim() || undefined,
      apiVersion: (sendMethod(values.method) ?? DEFAULT_SEND_METHOD).apiVersion,
    },
  };
}
