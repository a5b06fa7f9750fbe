/**
 * The statements that can still apply once a caller and an action are chosen ("live
 * statements"): only their status can change further down the search, so the search keeps
 * counts for them alone and enumerates only the keys they test. Built once per space and pair,
 * lazily, and shared by every search over the space (whoCanSend asks many questions of one).
 */
import { dynamicClause, FALSE, TRUE, type Atom } from './atoms';
import type { Space } from './space';

/** One key dimension as the live statements see it. */
export interface LiveDim {
  /** Index into `space.dims`. */
  dim: number;
  /** Per user of the key among the live statements: its local index, and its position in the dimension. */
  local: Int32Array;
  pos: Int32Array;
}

export interface Live {
  principal: number;
  /** Index into the action dimension's atoms. */
  action: number;
  /** Global statement indexes, ascending. */
  statements: Int32Array;
  /** Global statement index to local index, -1 for a statement that cannot apply. */
  localOf: Int32Array;
  /** How many keys each live statement tests (by local index). */
  keyCount: Int32Array;
  /** The keys some live statement tests, in the space's order. */
  dims: LiveDim[];
  /** Set when an earlier action of the same caller has exactly these live statements. */
  sameAs: number;
  /** Per entry of `dims`: the atoms, one per distinct effect on the live statements (lazily). */
  atoms: (Atom[] | undefined)[];
}

interface Index {
  /** Per key dimension: each statement's position in it, or -1. */
  pos: Int32Array[];
  /** Whether a clause compares with a policy variable (DEPENDS): then values matter beyond their parts. */
  dynamic: boolean;
  live: Map<number, Live>;
}

const indexes = new WeakMap<Space, Index>();

function indexOf(space: Space): Index {
  let index = indexes.get(space);
  if (index) return index;
  const n = space.statements.length;
  const pos: Int32Array[] = space.dims.map((d) => {
    const p = new Int32Array(n).fill(-1);
    d.statements.forEach((s, i) => (p[s] = i));
    return p;
  });
  const dynamic = space.statements.some((s) =>
    s.prepared.conditions.some((c) => dynamicClause(c, s.variables)),
  );
  index = { pos, dynamic, live: new Map() };
  indexes.set(space, index);
  return index;
}

/** Whether the space's leaves are decided by the parts alone (no policy variable). */
export function exactParts(space: Space): boolean {
  return !indexOf(space).dynamic;
}

/** Whether the principal's part makes the statement possible (the principal dimension is TRUE/FALSE). */
export function principalAllows(space: Space, principal: number, statement: number): boolean {
  return space.dims[0]!.atomsFor(principal)[principal]!.parts[statement] === TRUE;
}

export function liveStatements(space: Space, principal: number, action: number): Live {
  const index = indexOf(space);
  const actions = space.dims[1]!.atomsFor(principal);
  const id = principal * actions.length + action;
  const hit = index.live.get(id);
  if (hit) return hit;
  const n = space.statements.length;
  const principalParts = space.dims[0]!.atomsFor(principal)[principal]!.parts;
  const actionParts = actions[action]!.parts;
  const list: number[] = [];
  for (let s = 0; s < n; s++) if (principalParts[s] === TRUE && actionParts[s] === TRUE) list.push(s);
  const statements = Int32Array.from(list);
  const localOf = new Int32Array(n).fill(-1);
  statements.forEach((s, j) => (localOf[s] = j));
  const keyCount = new Int32Array(statements.length);
  const dims: LiveDim[] = [];
  for (let d = 2; d < space.dims.length; d++) {
    const p = index.pos[d]!;
    const local: number[] = [];
    const at: number[] = [];
    statements.forEach((s, j) => {
      if (p[s]! < 0) return;
      local.push(j);
      at.push(p[s]!);
      keyCount[j]!++;
    });
    if (local.length) dims.push({ dim: d, local: Int32Array.from(local), pos: Int32Array.from(at) });
  }
  let sameAs = -1;
  for (let a = 0; a < action && sameAs < 0; a++) {
    const other = liveStatements(space, principal, a);
    if (
      other.statements.length === statements.length &&
      other.statements.every((s, j) => s === statements[j])
    )
      sameAs = a;
  }
  const live: Live = {
    principal,
    action,
    statements,
    localOf,
    keyCount,
    dims,
    sameAs,
    atoms: dims.map(() => undefined),
  };
  index.live.set(id, live);
  return live;
}

/**
 * The dimension's atoms for the live statements: of atoms with the same parts on them only the
 * first is kept (the others lead to the same statuses everywhere, so to the same answer), unless
 * policy variables make the value itself matter.
 */
export function liveAtoms(space: Space, live: Live, k: number): Atom[] {
  const hit = live.atoms[k];
  if (hit) return hit;
  const { dim, pos } = live.dims[k]!;
  const all = space.dims[dim]!.atomsFor(live.principal);
  let out = all;
  if (!indexOf(space).dynamic) {
    const seen = new Set<string>();
    out = [];
    for (const atom of all) {
      let sig = '';
      for (let i = 0; i < pos.length; i++) sig += atom.parts[pos[i]!] === FALSE ? '0' : '1';
      if (seen.has(sig)) continue;
      seen.add(sig);
      out.push(atom);
    }
  }
  live.atoms[k] = out;
  return out;
}
