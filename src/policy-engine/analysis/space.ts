/**
 * The request space of one identity as finitely many dimensions: the principal classes, the SES
 * send actions, and one dimension per condition key the statements test. A statement is then a
 * product region: it applies exactly when its part on every dimension is true. Built from the
 * engine's own prepared policies, so the parts are what `evaluate` decides.
 */
import { SEND_ACTIONS } from '../catalog';
import { patternApplies, principalApplies } from '../evaluate';
import { preparedOnce, preparedPolicy, type PreparedStatement } from '../prepare';
import type { PolicyInput, PrincipalEntry } from '../types';
import {
  FALSE,
  TRUE,
  keyDimension,
  variableReasons,
  type Atom,
  type KeyDimension,
  type KeyUse,
} from './atoms';
import { principalClasses, type PrincipalClass } from './principals';

export interface SpaceStatement {
  side: number;
  effect: 'Allow' | 'Deny';
  prepared: PreparedStatement;
  policyName: string;
  /** Policy variables are substituted (Version 2012-10-17). */
  variables: boolean;
}

export interface Side {
  /** False when a document cannot be read: `evaluate` then never allows. */
  readable: boolean;
  unreadable: string[];
  statements: number[];
}

export interface Dimension {
  /** 'principal', 'action', or a condition key (lower case). */
  name: string;
  key?: KeyDimension;
  statements: number[];
  /** The principal's and the action's atoms (keys have theirs per set of live statements, live.ts). */
  atomsFor(principal: number): Atom[];
}

export interface Space {
  identityArn: string;
  sides: Side[];
  statements: SpaceStatement[];
  principals: PrincipalClass[];
  actions: string[];
  /** dims[0] is the principal, dims[1] the action, then the keys. */
  dims: Dimension[];
  /** Why the analysis is not exact; the searches add what the atoms they build leave unknown. */
  unknown: string[];
}

function normalise(input: unknown, i: number): PolicyInput {
  const record = input && typeof input === 'object' ? (input as Partial<PolicyInput>) : undefined;
  const name = record && typeof record.name === 'string' ? record.name : `policy ${i + 1}`;
  const document =
    record &&
    (typeof record.document === 'string' || (record.document && typeof record.document === 'object'))
      ? record.document
      : '';
  return { name, document };
}

/** The inputs as `evaluate` reads them (same fallbacks for a missing name or document). */
export function normalisePolicies(inputs: unknown): PolicyInput[] {
  return Array.isArray(inputs) ? inputs.map(normalise) : [];
}

/**
 * `cache: false` reads policies without adding them to the prepared-policy cache (whoCanSend:
 * a report reads each identity's policies once, see preparedOnce).
 */
export function buildSpace(identityArn: string, sideInputs: PolicyInput[][], cache = true): Space {
  const statements: SpaceStatement[] = [];
  const unknown: string[] = [];
  const prepare = cache ? preparedPolicy : preparedOnce;
  const sides: Side[] = sideInputs.map((inputs, side) => {
    const prepared = inputs.map((p) => ({ name: p.name, policy: prepare(p.document, p.name) }));
    const unreadable = prepared.filter((p) => !p.policy.compiled.readable).map((p) => p.name);
    const own: number[] = [];
    if (unreadable.length) return { readable: false, unreadable, statements: own };
    for (const { name, policy } of prepared) {
      for (const s of policy.statements) {
        const effect = s.statement.effect;
        if (!effect) continue;
        // The resource is fixed: a statement for another resource never applies.
        if (!patternApplies(s.resourceTests, s.statement.resource, identityArn)) continue;
        own.push(statements.length);
        statements.push({
          side,
          effect,
          prepared: s,
          policyName: name,
          variables: policy.compiled.version === '2012-10-17',
        });
      }
    }
    return { readable: true, unreadable, statements: own };
  });

  const entries: PrincipalEntry[] = statements.flatMap((s) => s.prepared.statement.principal?.entries ?? []);
  const principals = principalClasses(entries, identityArn);
  const all = statements.map((_, i) => i);
  const principalAtoms: Atom[] = principals.map((p) => ({
    value: undefined,
    parts: Uint8Array.from(statements, (s) =>
      principalApplies(s.prepared, 'resource', p.caller) ? TRUE : FALSE,
    ),
  }));
  const actions = SEND_ACTIONS.map((a) => a.name);
  const actionAtoms: Atom[] = actions.map((a) => ({
    value: a,
    parts: Uint8Array.from(statements, (s) =>
      patternApplies(s.prepared.actionTests, s.prepared.statement.action, a) ? TRUE : FALSE,
    ),
  }));
  const dims: Dimension[] = [
    { name: 'principal', statements: all, atomsFor: () => principalAtoms },
    { name: 'action', statements: all, atomsFor: () => actionAtoms },
  ];

  // Keys by lower-cased name (a Map: names come from policy text).
  const uses = new Map<string, { written: string; uses: KeyUse[] }>();
  statements.forEach((s, index) => {
    const { variables } = s;
    const byKey = new Map<string, KeyUse>();
    for (const c of s.prepared.conditions) {
      let use = byKey.get(c.clause.keyLower);
      if (!use) {
        use = { statement: index, conditions: [], variables };
        byKey.set(c.clause.keyLower, use);
        const entry = uses.get(c.clause.keyLower) ?? { written: c.clause.key, uses: [] };
        entry.uses.push(use);
        uses.set(c.clause.keyLower, entry);
      }
      use.conditions.push(c);
    }
  });
  for (const [keyLower, { written, uses: list }] of uses) {
    const key = keyDimension(keyLower, written, list);
    for (const reason of variableReasons(list)) if (!unknown.includes(reason)) unknown.push(reason);
    dims.push({ name: keyLower, key, statements: key.statements, atomsFor: () => [] });
  }
  return { identityArn, sides, statements, principals, actions, dims, unknown };
}
