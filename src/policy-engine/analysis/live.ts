/**
 * The statements that can still apply once a caller and an action are chosen ("live
 * statements"): only their status can change further down the search, so the search keeps
 * counts for them alone and enumerates only the keys they test. Built once per space and pair,
 * lazily, and shared by every search over the space (whoCanSend asks many questions of one).
 */
import { atomsOver, conditionKey, dynamicClause, TRUE, type Atom } from './atoms';
import { DERIVED_KEYS } from './principals';
import type { Space } from './space';

/** One key dimension as the live statements see it. */
export interface LiveDim {
  /** Index into `space.dims`. */
  dim: number;
  /** Per user of the key among the live statements: its local index, and its position in the dimension (atoms' parts follow this order). */
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
  /** Per entry of `dims`: the atoms over the live users, one per distinct effect on them (lazily). */
  atoms: (Atom[] | undefined)[];
}

interface Index {
  /** Per key dimension: each statement's position in it, or -1. */
  pos: Int32Array[];
  /** Whether a clause compares with a policy variable (DEPENDS): then values matter beyond their parts. */
  dynamic: boolean;
  live: Map<number, Live>;
  /** Atoms per key and set of users (and caller, for a key derived from it). */
  atoms: Map<string, Atom[]>;
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
  index = { pos, dynamic, live: new Map(), atoms: new Map() };
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
  // The same live statements as an earlier action: share its tables (and atoms).
  for (let a = 0; a < action; a++) {
    const other = liveStatements(space, principal, a);
    if (other.statements.length === list.length && other.statements.every((s, j) => s === list[j])) {
      const live: Live = { ...other, action, sameAs: a };
      index.live.set(id, live);
      return live;
    }
  }
  const statements = new Int32Array(list);
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
    if (local.length) dims.push({ dim: d, local: new Int32Array(local), pos: new Int32Array(at) });
  }
  const live: Live = {
    principal,
    action,
    statements,
    localOf,
    keyCount,
    dims,
    sameAs: -1,
    atoms: dims.map(() => undefined),
  };
  index.live.set(id, live);
  return live;
}

/**
 * Up to this many uses a key's atoms are built once over all of them and then cut down to each
 * set of live statements; beyond it, per set (the cells of many statements' values cost more
 * to walk, and to test every candidate against, than the few cells a caller's statements make).
 */
export const WHOLE_KEY_USES = 48;

function addReasons(space: Space, reasons: string[]): void {
  for (const reason of reasons) if (!space.unknown.includes(reason)) space.unknown.push(reason);
}

/**
 * The key's atoms for the live statements that test it: one value per cell of the partition
 * their clauses make (the other statements cannot apply, so their values need no cell), parts
 * in the order of the live users. What building them leaves unknown is added to the space's
 * reasons.
 */
export function liveAtoms(space: Space, live: Live, k: number): Atom[] {
  const hit = live.atoms[k];
  if (hit) return hit;
  const index = indexOf(space);
  const { dim, pos } = live.dims[k]!;
  const key = space.dims[dim]!.key!;
  const derived = DERIVED_KEYS.has(key.keyLower) ? live.principal : '';
  const caller = space.principals[live.principal]?.caller;
  const id = `${dim}|${derived}|${live.statements.join(',')}`;
  let atoms = index.atoms.get(id);
  if (!atoms) {
    // With a policy variable the values matter beyond their parts: keep every atom, as built.
    const exact = !index.dynamic;
    if (key.uses.length <= WHOLE_KEY_USES || !exact) {
      const wholeId = `${dim}|${derived}|*`;
      let whole = index.atoms.get(wholeId);
      if (!whole) {
        const built = atomsOver(key.keyLower, key.written, key.uses, caller);
        addReasons(space, built.unknown);
        whole = built.atoms;
        index.atoms.set(wholeId, whole);
      }
      // Cut down: the first atom of each effect on the live users (a cell of theirs).
      atoms = [];
      const seen = new Set<string>();
      for (const atom of whole) {
        const parts = new Uint8Array(pos.length);
        for (let i = 0; i < pos.length; i++) parts[i] = atom.parts[pos[i]!]!;
        if (exact) {
          const sig = parts.join('');
          if (seen.has(sig)) continue;
          seen.add(sig);
        }
        atoms.push({ value: atom.value, parts });
      }
    } else {
      const uses = Array.from(pos, (i) => key.uses[i]!);
      const built = atomsOver(key.keyLower, key.written, uses, caller);
      addReasons(space, built.unknown);
      atoms = built.atoms;
    }
    index.atoms.set(id, atoms);
  }
  live.atoms[k] = atoms;
  return atoms;
}

/** What a statement asks of the request once its caller and action match: effect and conditions. */
function statementKey(space: Space, s: number): string {
  const st = space.statements[s]!;
  // Conditions are a conjunction: their order does not matter.
  const conditions = st.prepared.conditions.map(conditionKey).sort();
  return JSON.stringify([st.effect, st.variables, conditions]);
}

const statementIds = new WeakMap<Space, Int32Array>();

/** Per statement, a number shared by exactly the statements that ask the same (statementKey). */
function sameAsks(space: Space): Int32Array {
  let ids = statementIds.get(space);
  if (!ids) {
    const byKey = new Map<string, number>();
    ids = Int32Array.from(space.statements, (_, s) => {
      const key = statementKey(space, s);
      let id = byKey.get(key);
      if (id === undefined) byKey.set(key, (id = byKey.size));
      return id;
    });
    statementIds.set(space, ids);
  }
  return ids;
}

/**
 * Whether both sides decide alike for this caller, whatever the action and request: for every
 * action the two sides' statements that can apply ask the same things (as sets: order and
 * repeats do not change what `evaluate` decides). Then no request of the caller is gained or lost.
 */
export function sidesAgree(space: Space, principal: number, a = 0, b = 1): boolean {
  const left = space.sides[a];
  const right = space.sides[b];
  if (!left || !right || left.readable !== right.readable) return false;
  if (!left.readable) return true;
  const ids = sameAsks(space);
  const principalParts = space.dims[0]!.atomsFor(principal)[principal]!.parts;
  const sides = [a, b];
  for (const atom of space.dims[1]!.atomsFor(principal)) {
    const sets = sides.map((side) => {
      const set = new Set<number>();
      for (const s of space.sides[side]!.statements)
        if (principalParts[s] === TRUE && atom.parts[s] === TRUE) set.add(ids[s]!);
      return set;
    });
    if (sets[0]!.size !== sets[1]!.size) return false;
    for (const id of sets[0]!) if (!sets[1]!.has(id)) return false;
  }
  return true;
}
