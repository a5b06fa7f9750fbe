/**
 * Finds a request in a region of the space, or proves there is none: a depth-first search over
 * the dimensions' atoms with Kleene three-valued logic. After each choice every statement is
 * known to apply, known not to, or undecided; the goal (a Boolean formula over the statements)
 * is evaluated the same way, and a branch is dropped as soon as the goal is false. Only
 * dimensions that an undecided statement still tests are chosen next, so keys no live statement
 * tests are never enumerated. Each leaf is handed to `accept`, which checks it with `evaluate`.
 */
import { DEPENDS, FALSE, TRUE, type Atom } from './atoms';
import type { PrincipalClass } from './principals';
import type { Space } from './space';
import type { ContextValue } from '../types';

export type Tri = typeof FALSE | typeof TRUE | typeof DEPENDS;

export type Goal = (status: (statement: number) => Tri, principal: PrincipalClass) => Tri;

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

/** Whether a side's policies allow, three-valued, from its statements' status. */
export function allowedBy(space: Space, side: number, status: (s: number) => Tri, p: PrincipalClass): Tri {
  const info = space.sides[side];
  if (!info || !info.readable) return FALSE;
  let deny: Tri = FALSE;
  let allow: Tri = p.sameAccount ? TRUE : FALSE;
  for (const s of info.statements) {
    const st = status(s);
    if (space.statements[s]!.effect === 'Deny') deny = or(deny, st);
    else allow = or(allow, st);
  }
  return and(not(deny), allow);
}

export function searchSpace(
  space: Space,
  goal: Goal,
  accept: (point: Point) => boolean,
  budget: Budget,
  principals: number[] = space.principals.map((_, i) => i),
): Outcome {
  const n = space.statements.length;
  const unassigned = new Int32Array(n);
  const falseCount = new Int32Array(n);
  const dependsCount = new Int32Array(n);
  for (const d of space.dims) for (const s of d.statements) unassigned[s]!++;
  const chosen: (Atom | undefined)[] = space.dims.map(() => undefined);
  const assigned = space.dims.map(() => false);
  const status = (s: number): Tri =>
    falseCount[s]! > 0 ? FALSE : unassigned[s]! > 0 || dependsCount[s]! > 0 ? DEPENDS : TRUE;

  const apply = (d: number, atom: Atom, sign: 1 | -1) => {
    const dim = space.dims[d]!;
    dim.statements.forEach((s, i) => {
      unassigned[s]! -= sign;
      const part = atom.parts[i];
      if (part === FALSE) falseCount[s]! += sign;
      else if (part === DEPENDS) dependsCount[s]! += sign;
    });
    assigned[d] = sign === 1;
    chosen[d] = sign === 1 ? atom : undefined;
  };

  const point = (principal: number): Point => {
    const context: Record<string, ContextValue> = {};
    const leftOut: string[] = [];
    for (let d = 2; d < space.dims.length; d++) {
      const key = space.dims[d]!.key!;
      const atom = chosen[d];
      if (!atom) continue;
      if (atom.value === undefined) leftOut.push(key.key);
      else context[key.key] = atom.value;
    }
    return { principal, action: String(chosen[1]?.value ?? ''), context, leftOut };
  };

  const nextDim = (): number => {
    for (let d = 2; d < space.dims.length; d++) {
      if (assigned[d]) continue;
      for (const s of space.dims[d]!.statements) if (falseCount[s] === 0 && unassigned[s]! > 0) return d;
    }
    return -1;
  };

  let hit: Point | undefined;
  const visit = (principal: number, depth: number): boolean => {
    if (--budget.steps < 0) throw new OutOfBudget();
    const p = space.principals[principal]!;
    const g = goal(status, p);
    if (g === FALSE) return false;
    const d = depth < 2 ? depth : g === TRUE ? -1 : nextDim();
    if (d < 0) {
      const candidate = point(principal);
      if (!accept(candidate)) return false;
      hit = candidate;
      return true;
    }
    for (const atom of space.dims[d]!.atomsFor(principal)) {
      apply(d, atom, 1);
      const found = visit(principal, depth + 1);
      if (found) return true;
      apply(d, atom, -1);
    }
    return false;
  };

  try {
    for (const principal of principals) {
      const atom = space.dims[0]!.atomsFor(principal)[principal]!;
      apply(0, atom, 1);
      const found = visit(principal, 1);
      if (found && hit) return { kind: 'found', point: hit };
      apply(0, atom, -1);
    }
    return { kind: 'none' };
  } catch (error) {
    if (error instanceof OutOfBudget) return { kind: 'budget' };
    throw error;
  }
}
