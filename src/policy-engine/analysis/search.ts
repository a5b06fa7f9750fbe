/**
 * Finds a request in a region of the space, or proves there is none: a depth-first search over
 * the dimensions' atoms with Kleene three-valued logic. After each choice every statement is
 * known to apply, known not to, or undecided; the goal (a Boolean formula over the statements)
 * is evaluated the same way, and a branch is dropped as soon as the goal is false. Only
 * dimensions that an undecided statement still tests are chosen next, so keys no live statement
 * tests are never enumerated. Each leaf is handed to `accept`, which checks it with `evaluate`.
 *
 * Once a caller and an action are chosen only their live statements (live.ts) can apply, so the
 * search keeps its counts for them alone, and per side the number of Allows and Denies that
 * apply or are undecided, which makes every goal question O(1). Atoms with the same effect on
 * the statements that can still apply lead to the same answer, and so does a node whose
 * statuses an earlier node already had: both are skipped, without changing which request is
 * found first (the first of equals is always the one tried). None of this is done when a policy
 * variable leaves a statement to `accept`, where the values themselves matter.
 */
import { DEPENDS, FALSE, TRUE, type Atom } from './atoms';
import { exactParts, liveAtoms, liveStatements, principalAllows, type Live } from './live';
import type { PrincipalClass } from './principals';
import type { Space } from './space';
import type { ContextValue } from '../types';

export type Tri = typeof FALSE | typeof TRUE | typeof DEPENDS;

/** What a goal may ask at a node of the search. */
export interface View {
  /** Whether the statement applies. */
  status(statement: number): Tri;
  /** Whether some Deny of the side applies. */
  denied(side: number): Tri;
  /** Whether the side's policies allow: no Deny applies, and an Allow does or the caller is in the own account. */
  allowed(side: number): Tri;
}

export type Goal = (view: View, principal: PrincipalClass) => Tri;

/** Checks a leaf; the view tells what applies there (a leaf may answer more than one question). */
export type Accept = (point: Point, view: View) => boolean;

export const not = (a: Tri): Tri => (a === DEPENDS ? DEPENDS : a === TRUE ? FALSE : TRUE);
export const and = (a: Tri, b: Tri): Tri => (a === FALSE || b === FALSE ? FALSE : a === TRUE ? b : DEPENDS);
export const or = (a: Tri, b: Tri): Tri => (a === TRUE || b === TRUE ? TRUE : a === FALSE ? b : DEPENDS);

/** A point of the space: the principal class, the action, and the atom chosen per key (if any). */
export interface Point {
  principal: number;
  action: string;
  context: Record<string, ContextValue>;
  /** Keys the search chose to leave out of the request (absent, or derived from the caller). */
  leftOut: string[];
}

export type Outcome = { kind: 'found'; point: Point } | { kind: 'none' } | { kind: 'budget' };

export interface Budget {
  steps: number;
}

class OutOfBudget extends Error {}

/** Per side: Allows that apply, Allows undecided, Denies that apply, Denies undecided. */
const ALLOW_TRUE = 0;
const ALLOW_DEPENDS = 1;
const DENY_TRUE = 2;
const DENY_DEPENDS = 3;

const some = (yes: number, maybe: number): Tri => (yes > 0 ? TRUE : maybe > 0 ? DEPENDS : FALSE);

/** The view's answers from the per-side counts; statuses from a function. */
class CountsView implements View {
  counts: Int32Array;
  constructor(
    private readonly space: Space,
    private readonly sameAccount: boolean,
    readonly statusOf: (statement: number) => Tri,
  ) {
    this.counts = new Int32Array(space.sides.length * 4);
  }
  status(statement: number): Tri {
    return this.statusOf(statement);
  }
  denied(side: number): Tri {
    if (!this.space.sides[side]?.readable) return FALSE;
    return some(this.counts[side * 4 + DENY_TRUE]!, this.counts[side * 4 + DENY_DEPENDS]!);
  }
  allowed(side: number): Tri {
    if (!this.space.sides[side]?.readable) return FALSE;
    const c = side * 4;
    const allow = this.sameAccount
      ? TRUE
      : some(this.counts[c + ALLOW_TRUE]!, this.counts[c + ALLOW_DEPENDS]!);
    return and(not(some(this.counts[c + DENY_TRUE]!, this.counts[c + DENY_DEPENDS]!)), allow);
  }
  /** Moves one statement from one status to another in the counts. */
  move(statement: number, from: Tri, to: Tri): void {
    if (from === to) return;
    const s = this.space.statements[statement]!;
    const base = s.side * 4 + (s.effect === 'Deny' ? DENY_TRUE : ALLOW_TRUE);
    if (from !== FALSE) this.counts[base + (from === TRUE ? 0 : 1)]!--;
    if (to !== FALSE) this.counts[base + (to === TRUE ? 0 : 1)]!++;
  }
}

const callerViews = new WeakMap<Space, CountsView[]>();

/** The view once the caller is chosen: every statement it could match waits on the action. */
function callerView(space: Space, principal: number): CountsView {
  let views = callerViews.get(space);
  if (!views) callerViews.set(space, (views = []));
  let view = views[principal];
  if (!view) {
    const p = space.principals[principal]!;
    view = new CountsView(space, p.sameAccount, (s) =>
      principalAllows(space, principal, s) ? DEPENDS : FALSE,
    );
    for (let s = 0; s < space.statements.length; s++) view.move(s, FALSE, view.statusOf(s));
    views[principal] = view;
  }
  return view;
}

/** The search below one caller and one action: only the live statements are tracked. */
function searchLive(
  space: Space,
  live: Live,
  p: PrincipalClass,
  goal: Goal,
  accept: Accept,
  budget: Budget,
): Point | undefined {
  const m = live.statements.length;
  const unassigned = live.keyCount.slice();
  const falseCount = new Int32Array(m);
  const dependsCount = new Int32Array(m);
  const code = (j: number): Tri =>
    falseCount[j]! > 0 ? FALSE : unassigned[j]! > 0 || dependsCount[j]! > 0 ? DEPENDS : TRUE;
  const view = new CountsView(space, p.sameAccount, (s) => {
    const j = live.localOf[s]!;
    return j < 0 ? FALSE : code(j);
  });
  for (let j = 0; j < m; j++) view.move(live.statements[j]!, FALSE, code(j));
  const k = live.dims.length;
  const chosen: (Atom | undefined)[] = live.dims.map(() => undefined);
  const exact = exactParts(space);
  // Statuses (and assigned keys) whose subtree is known to hold no goal point.
  const failed = new Set<string>();
  let accepts = 0;

  const apply = (d: number, atom: Atom, sign: 1 | -1) => {
    const { local } = live.dims[d]!;
    for (let i = 0; i < local.length; i++) {
      const j = local[i]!;
      const before = code(j);
      unassigned[j]! -= sign;
      const part = atom.parts[i];
      if (part === FALSE) falseCount[j]! += sign;
      else if (part === DEPENDS) dependsCount[j]! += sign;
      view.move(live.statements[j]!, before, code(j));
    }
    chosen[d] = sign === 1 ? atom : undefined;
  };

  const nextDim = (): number => {
    for (let d = 0; d < k; d++) {
      if (chosen[d]) continue;
      const { local } = live.dims[d]!;
      for (let i = 0; i < local.length; i++) if (falseCount[local[i]!] === 0) return d;
    }
    return -1;
  };

  /** The node's state: the keys chosen and the statements that can still apply. */
  const signature = (): string => {
    let sig = '';
    for (let d = 0; d < k; d++) sig += chosen[d] ? '1' : '0';
    for (let j = 0; j < m; j++) if (falseCount[j] === 0) sig += `,${j}`;
    return sig;
  };

  /** The atoms worth trying at dimension d: one per effect on the users that can still apply. */
  const candidates = (d: number): Atom[] => {
    const atoms = liveAtoms(space, live, d);
    if (!exact) return atoms;
    const { local } = live.dims[d]!;
    let open = 0;
    for (let i = 0; i < local.length; i++) if (falseCount[local[i]!] === 0) open++;
    if (open === local.length) return atoms;
    const seen = new Set<string>();
    const out: Atom[] = [];
    for (const atom of atoms) {
      let sig = '';
      for (let i = 0; i < local.length; i++)
        if (falseCount[local[i]!] === 0) sig += atom.parts[i] === FALSE ? '0' : '1';
      if (seen.has(sig)) continue;
      seen.add(sig);
      out.push(atom);
    }
    return out;
  };

  const point = (): Point => {
    const context: Record<string, ContextValue> = {};
    const leftOut: string[] = [];
    live.dims.forEach(({ dim }, d) => {
      const atom = chosen[d];
      if (!atom) return;
      const key = space.dims[dim]!.key!.key;
      // A copy: atoms are shared between analyses, a witness belongs to its caller.
      if (atom.value === undefined) leftOut.push(key);
      else context[key] = Array.isArray(atom.value) ? [...atom.value] : atom.value;
    });
    const action = space.dims[1]!.atomsFor(live.principal)[live.action]!.value;
    return { principal: live.principal, action: String(action ?? ''), context, leftOut };
  };

  let hit: Point | undefined;
  const visit = (): boolean => {
    if (--budget.steps < 0) throw new OutOfBudget();
    const g = goal(view, p);
    if (g === FALSE) return false;
    const d = g === TRUE ? -1 : nextDim();
    if (d < 0) {
      const candidate = point();
      accepts++;
      if (!accept(candidate, view)) return false;
      hit = candidate;
      return true;
    }
    const sig = exact ? signature() : '';
    if (exact && failed.has(sig)) return false;
    const before = accepts;
    for (const atom of candidates(d)) {
      apply(d, atom, 1);
      const found = visit();
      if (found) return true;
      apply(d, atom, -1);
    }
    // Only a subtree the goal alone refuted is known empty: a refused leaf says nothing of others.
    if (exact && accepts === before) failed.add(sig);
    return false;
  };
  return visit() ? hit : undefined;
}

export function searchSpace(
  space: Space,
  goal: Goal,
  accept: Accept,
  budget: Budget,
  principals: number[] = space.principals.map((_, i) => i),
): Outcome {
  try {
    for (const principal of principals) {
      const p = space.principals[principal]!;
      if (--budget.steps < 0) throw new OutOfBudget();
      if (goal(callerView(space, principal), p) === FALSE) continue;
      const actions = space.dims[1]!.atomsFor(principal);
      for (let a = 0; a < actions.length; a++) {
        const live = liveStatements(space, principal, a);
        // The same live statements as an earlier action: the same answer, already refused.
        if (live.sameAs >= 0 && exactParts(space)) continue;
        const found = searchLive(space, live, p, goal, accept, budget);
        if (found) return { kind: 'found', point: found };
      }
    }
    return { kind: 'none' };
  } catch (error) {
    if (error instanceof OutOfBudget) return { kind: 'budget' };
    throw error;
  }
}
