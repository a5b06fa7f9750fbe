/**
 * The rows of a whoCanSend result that apply to one caller: those whose principals name it (an
 * entry for its account, its own ARN, the role of its session, or `*`), or, for "everyone
 * except" rows, do not. The matching follows the engine's Principal rules (an account ID or its
 * root ARN covers every principal of the account; other ARNs match exactly).
 */
import { describeCaller, type WhoCanSendRow } from '../../policy-engine';

const ACCOUNT_ID = /^\d{12}$/;
const ROOT_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):root$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/;

/** Whether one Principal entry, as whoCanSend lists it, names the caller. */
export function entryNames(entry: string, callerArn: string): boolean {
  if (entry === '*') return true;
  const caller = describeCaller(callerArn);
  const account = ACCOUNT_ID.test(entry) ? entry : ROOT_ARN.exec(entry)?.[1];
  if (account) return caller.kind !== 'service' && caller.account === account;
  if (entry === caller.text) return true;
  // A role names its sessions (arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION).
  const role = ROLE_ARN.exec(entry);
  return (
    !!role &&
    caller.kind === 'assumed-role' &&
    caller.account === role[1] &&
    caller.roleArn?.slice(caller.roleArn.lastIndexOf('/') + 1) === role[2]
  );
}

export function rowAppliesTo(
  row: Pick<WhoCanSendRow, 'principals' | 'principalsNegated'>,
  callerArn: string,
) {
  const named = row.principals.some((entry) => entryNames(entry, callerArn));
  return row.principalsNegated ? !named : named;
}
