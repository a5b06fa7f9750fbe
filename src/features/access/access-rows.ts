/**
 * whoCanSend's rows in the words a table, a CSV file and a filter read: who, which actions, each
 * condition group, the Denies carving it out and the statements it comes from, all plain text.
 */
import { describeCaller, type CarveOut, type WhoCanSendRow } from '../../policy-engine';
import type { AccessResult } from './access-job';

export interface AccessRow {
  /** Unique within a table: the identity's ARN and the row's position. */
  key: string;
  identity: string;
  identityArn: string;
  /** The identity's own account, read from its ARN. */
  ownerAccount: string;
  who: string;
  /** Whether the row lets anyone outside the identity's own account send. */
  outsideAccount: boolean;
  actions: string[];
  from: string[];
  recipients: string[];
  returnPath: string[];
  other: string[];
  carveOuts: string[];
  sources: string[];
  description: string;
  /** The engine's row, for the JSON export. */
  row: WhoCanSendRow;
}

const ACCOUNT_ID = /^\d{12}$/;

/** The account an identity ARN names (arn:aws:ses:REGION:ACCOUNT:identity/NAME). */
export function accountOfArn(arn: string): string {
  return arn.split(':')[4] ?? '';
}

function principalText(entry: string): string {
  if (entry === '*') return 'anyone';
  return ACCOUNT_ID.test(entry) ? `account ${entry}` : entry;
}

export function whoText(
  row: Pick<WhoCanSendRow, 'principals' | 'principalsNegated' | 'source'>,
  owner: string,
) {
  if (row.source === 'own-account') return `account ${owner} (the identity's own account)`;
  const named = row.principals.map(principalText);
  if (row.principalsNegated) return `everyone except ${named.join(', ')}`;
  return named.includes('anyone') ? 'anyone' : named.join(', ');
}

/** Whether a principal entry can stand for a caller outside `owner`'s account. */
function outside(entry: string, owner: string): boolean {
  if (entry === '*') return true;
  const caller = describeCaller(entry);
  return caller.account !== owner;
}

export function isOutsideAccount(row: WhoCanSendRow, owner: string): boolean {
  if (row.source === 'own-account') return false;
  // "Everyone except …" reaches other accounts unless it excepts every one of them, which no list can.
  if (row.principalsNegated) return true;
  return row.principals.some((entry) => outside(entry, owner));
}

export function statementText(source: { policyName: string; statementIndex: number; sid?: string }) {
  return `${source.policyName}, ${source.sid ? `statement ${source.sid}` : `statement #${source.statementIndex + 1}`}`;
}

export function sourcesText(source: WhoCanSendRow['source']): string[] {
  return source === 'own-account' ? ["the identity's own account"] : source.map(statementText);
}

export function carveOutText(carveOut: CarveOut): string {
  return `${carveOut.description} (${statementText(carveOut)})`;
}

export function accessRows({ identity, identityArn, result }: AccessResult): AccessRow[] {
  const owner = accountOfArn(identityArn);
  return result.rows.map((row, index) => ({
    key: `${identityArn}#${index}`,
    identity,
    identityArn,
    ownerAccount: owner,
    who: whoText(row, owner),
    outsideAccount: isOutsideAccount(row, owner),
    actions: row.actions,
    from: row.conditions.from.map((c) => c.text),
    recipients: row.conditions.recipients.map((c) => c.text),
    returnPath: row.conditions.returnPath.map((c) => c.text),
    other: row.conditions.other.map((c) => c.text),
    carveOuts: row.carvedOutBy.map(carveOutText),
    sources: sourcesText(row.source),
    description: row.description,
    row,
  }));
}

/** Every word of a row, for the text filter. */
export function rowSearchText(row: AccessRow): string {
  return [
    row.identity,
    row.identityArn,
    row.who,
    ...row.row.principals,
    ...row.actions,
    ...row.from,
    ...row.recipients,
    ...row.returnPath,
    ...row.other,
    ...row.carveOuts,
    ...row.sources,
    row.description,
  ]
    .join('\n')
    .toLowerCase();
}
