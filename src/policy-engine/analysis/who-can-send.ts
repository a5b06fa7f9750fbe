/**
 * whoCanSend: the requests an identity's policies allow, as a short list of rows. `evaluate`
 * allows exactly when no Deny applies and either an Allow applies or the caller is in the
 * identity's own account, so the allowed region is the union of "each Allow statement, minus the
 * Denies" and "the own account, minus the Denies". A row lists only the Denies that overlap it
 * (the search proves the others disjoint; when it cannot, the Deny is listed, which is still
 * exact), and a row whose region is empty is dropped with a note.
 */
import { SEND_ACTIONS } from '../catalog';
import { describeCondition, describePrincipalEntry } from '../english';
import { patternApplies } from '../evaluate';
import { describeGrantCondition } from '../grant-english';
import { parseArn } from '../arn';
import type { ConditionClause } from '../types';
import { FALSE, TRUE } from './atoms';
import { regionFacts, type Asking } from './regions';
import type { Goal } from './search';
import { buildSpace, normalisePolicies, type Space, type SpaceStatement } from './space';
import type { CarveOut, RowCondition, WhoCanSendInput, WhoCanSendResult, WhoCanSendRow } from './types';

const GROUPS = new Map<string, 'from' | 'recipients' | 'returnPath'>([
  ['ses:fromaddress', 'from'],
  ['ses:fromdisplayname', 'from'],
  ['ses:recipients', 'recipients'],
  ['ses:feedbackaddress', 'returnPath'],
]);

/** A condition as data; an Allow's in the words of a grant ("only From addresses matching"). */
function rowCondition(c: ConditionClause, grant = true): RowCondition {
  return {
    operator: c.operatorText,
    key: c.key,
    values: c.values.map((v) => String(v.value)),
    text: grant ? describeGrantCondition(c) : describeCondition(c),
  };
}

function actionsOf(s: SpaceStatement): string[] {
  return SEND_ACTIONS.map((a) => a.name).filter((a) =>
    patternApplies(s.prepared.actionTests, s.prepared.statement.action, a),
  );
}

function list(items: string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

function whoText(principals: string[], negated: boolean, s?: SpaceStatement): string {
  const entries = s?.prepared.statement.principal?.entries ?? [];
  const named = entries.length ? entries.map(describePrincipalEntry) : principals;
  if (!negated && principals.includes('*')) return 'anyone';
  return negated ? `anyone except ${list(named, 'or')}` : list(named, 'or');
}

function label(s: SpaceStatement): string {
  const st = s.prepared.statement;
  return `${st.sid ? `statement "${st.sid}"` : `statement ${st.index + 1}`} of ${s.policyName}`;
}

function carveOut(d: SpaceStatement, allActions: string[]): CarveOut {
  const st = d.prepared.statement;
  const principals = (st.principal?.entries ?? []).map((e) => e.value);
  const negated = !!st.principal?.negated;
  const actions = actionsOf(d);
  const conditions = st.conditions.map((c) => rowCondition(c, false));
  const parts: string[] = [];
  if (negated || !principals.includes('*')) parts.push(`for ${whoText(principals, negated, d)}`);
  if (actions.length < allActions.length) parts.push(`for ${list(actions)}`);
  parts.push(conditions.length ? `when ${list(conditions.map((c) => c.text))}` : 'always');
  return {
    policyName: d.policyName,
    statementIndex: st.index,
    sid: st.sid,
    conditions,
    principals,
    principalsNegated: negated,
    actions,
    description: `${label(d)} denies ${parts.join(' ')}`,
  };
}

function rowDescription(row: Omit<WhoCanSendRow, 'description'>, who: string): string {
  const c = row.conditions;
  const conds = [...c.from, ...c.recipients, ...c.returnPath, ...c.other].map((x) => x.text);
  const actions = row.actions.length === SEND_ACTIONS.length ? 'every send action' : list(row.actions);
  const when = conds.length ? ` with ${list(conds)}` : ' with no further conditions';
  const except = row.carvedOutBy.length
    ? `, except where ${list(
        row.carvedOutBy.map((d) => d.description),
        'or where',
      )}`
    : '';
  return `${who} may send (${actions})${when}${except}.`;
}

function groupConditions(s: SpaceStatement): WhoCanSendRow['conditions'] {
  const out: WhoCanSendRow['conditions'] = { from: [], recipients: [], returnPath: [], other: [] };
  for (const clause of s.prepared.statement.conditions) {
    out[GROUPS.get(clause.keyLower) ?? 'other'].push(rowCondition(clause));
  }
  return out;
}

function buildRows(space: Space, asking: Asking): { rows: WhoCanSendRow[]; notes: string[] } {
  const notes: string[] = [];
  const side = space.sides[0]!;
  const stmts = side.statements;
  const denies = stmts.filter((i) => space.statements[i]!.effect === 'Deny');
  const allActions = SEND_ACTIONS.map((a) => a.name);
  const rows: WhoCanSendRow[] = [];

  const ownAccount = parseArn(space.identityArn)?.account ?? '';
  const own: Goal = (_view, p) => (p.sameAccount ? TRUE : FALSE);
  const ownFacts = regionFacts(space, own, denies, false, asking);
  if (ownFacts.free) {
    const carved = ownFacts.carved;
    const row: Omit<WhoCanSendRow, 'description'> = {
      principals: [ownAccount],
      principalsNegated: false,
      actions: allActions,
      conditions: { from: [], recipients: [], returnPath: [], other: [] },
      carvedOutBy: carved.map((d) => carveOut(space.statements[d]!, allActions)),
      source: 'own-account',
    };
    rows.push({
      ...row,
      description: rowDescription(
        row,
        `every principal of the identity's own account ${ownAccount} (it needs no Allow)`,
      ),
    });
  }

  for (const i of stmts) {
    const s = space.statements[i]!;
    if (s.effect !== 'Allow') continue;
    const statementText = label(s);
    const facts = regionFacts(space, (view) => view.status(i), denies, true, asking);
    if (!facts.nonEmpty) {
      notes.push(`${statementText} allows nothing for this identity (no request meets all of it).`);
      continue;
    }
    if (!facts.free) {
      notes.push(`${statementText} allows nothing: Deny statements remove everything it allows.`);
      continue;
    }
    const carved = facts.carved;
    const principals = (s.prepared.statement.principal?.entries ?? []).map((e) => e.value);
    const row: Omit<WhoCanSendRow, 'description'> = {
      principals,
      principalsNegated: !!s.prepared.statement.principal?.negated,
      actions: actionsOf(s),
      conditions: groupConditions(s),
      carvedOutBy: carved.map((d) => carveOut(space.statements[d]!, allActions)),
      source: [
        {
          policyName: s.policyName,
          statementIndex: s.prepared.statement.index,
          sid: s.prepared.statement.sid,
        },
      ],
    };
    rows.push({ ...row, description: rowDescription(row, whoText(principals, row.principalsNegated, s)) });
  }
  return { rows: mergeRows(rows), notes };
}

/** What must be equal for two rows to read as one (everything but principals and source). */
function shapeOf(row: WhoCanSendRow): string {
  return JSON.stringify([
    row.actions,
    row.conditions,
    row.carvedOutBy.map((c) => [c.policyName, c.statementIndex]),
  ]);
}

/** A cheap function of the shape: only rows that share it can share the shape. */
function bucketOf(row: WhoCanSendRow): string {
  const c = row.conditions;
  const values = [...c.from, ...c.recipients, ...c.returnPath, ...c.other].map((x) =>
    x.values.join('\u0000'),
  );
  return `${row.actions.length}|${row.carvedOutBy.length}|${values.join('\u0001')}`;
}

/**
 * Rows that differ only in their principals read as one row. The full shapes are compared only
 * within a bucket (most rows are alone in theirs, and writing every shape out was costly).
 */
function mergeRows(rows: WhoCanSendRow[]): WhoCanSendRow[] {
  const buckets = new Map<string, { shape?: string; row: WhoCanSendRow; at: number }[]>();
  const out: WhoCanSendRow[] = [];
  for (const row of rows) {
    if (row.principalsNegated || row.source === 'own-account') {
      out.push(row);
      continue;
    }
    const key = bucketOf(row);
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = []));
    let hit: { shape?: string; row: WhoCanSendRow; at: number } | undefined;
    if (bucket.length) {
      const shape = shapeOf(row);
      // A merged row keeps its first row's shape (merging changes principals and source only).
      hit = bucket.find((e) => (e.shape ??= shapeOf(e.row)) === shape);
      if (!hit) bucket.push({ shape, row, at: out.length });
    } else bucket.push({ row, at: out.length });
    if (!hit || hit.row.source === 'own-account') {
      out.push(row);
      continue;
    }
    const merged: WhoCanSendRow = {
      ...hit.row,
      principals: [...new Set([...hit.row.principals, ...row.principals])],
      source: [...hit.row.source, ...row.source],
    };
    const who = merged.principals.includes('*') ? 'anyone' : list(merged.principals, 'or');
    merged.description = rowDescription(merged, who);
    out[hit.at] = merged;
    hit.row = merged;
  }
  return out;
}

export function whoCanSend(input: WhoCanSendInput): WhoCanSendResult {
  return whoCanSendAsking(input, 'auto');
}

/** For tests: 'one-by-one' asks every row question in its own search. */
export function whoCanSendAsking(input: WhoCanSendInput, asking: Asking): WhoCanSendResult {
  const identityArn = input && typeof input.identityArn === 'string' ? input.identityArn : '';
  try {
    if (!identityArn) return { identityArn, rows: [], notes: ['No identity ARN was given.'] };
    const policies = normalisePolicies(input.policies);
    // Not cached: the callers cache whole results, and a report reads every policy once.
    const space = buildSpace(identityArn, [policies], false);
    const side = space.sides[0]!;
    if (!side.readable) {
      return {
        identityArn,
        rows: [],
        notes: [
          `${list(side.unreadable)} cannot be read, and while a policy cannot be read nothing is allowed (not even the identity's own account).`,
        ],
      };
    }
    const { rows, notes } = buildRows(space, asking);
    return {
      identityArn,
      rows,
      notes: [...notes, ...space.unknown.map((u) => `Not analysed exactly: ${u}.`)],
    };
  } catch (error) {
    return {
      identityArn,
      rows: [],
      notes: [`The analysis failed (${error instanceof Error ? error.message : String(error)}).`],
    };
  }
}
