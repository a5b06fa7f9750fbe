/**
 * The questions whoCanSend asks of one row's region (an Allow statement, or the own account):
 * does it hold any request, does it hold one no Deny applies to, and which Denies overlap it.
 * Asked one by one they repeat the same walk per Deny; without policy variables one search
 * answers them together: each request it finds settles every question true there (the Denies
 * that apply to it overlap the row, and if none does the row is not empty), and the next
 * search asks only what is still open, until a search finds nothing, which settles the rest.
 */
import { FALSE, TRUE } from './atoms';
import { exactParts } from './live';
import { and, not, or, searchSpace, type Goal, type Tri, type View } from './search';
import type { Space } from './space';

/** Search steps per question (does this Deny overlap this row? is this row empty?). */
export const ROW_SEARCH_STEPS = 50_000;

export interface RegionFacts {
  /** Some request is in the region (only asked when `free` is false). */
  nonEmpty: boolean;
  /** Some request of the region no Deny applies to: the row allows something. */
  free: boolean;
  /** The Denies that apply to some request of the region, in the order given. */
  carved: number[];
}

function exists(space: Space, goal: Goal): boolean {
  // Any leaf counts (a leaf left undecided by a policy variable too): listing a Deny or keeping
  // a row that turns out empty never makes the rows wrong, only longer.
  return searchSpace(space, goal, () => true, { steps: ROW_SEARCH_STEPS }).kind !== 'none';
}

const st =
  (i: number): Goal =>
  (view) =>
    view.status(i);
const noDeny: Goal = (view) => not(view.denied(0));

/** One question per search, as the rows were first defined (kept where values matter beyond parts). */
function oneByOne(space: Space, region: Goal, denies: number[], checkEmpty: boolean): RegionFacts {
  if (checkEmpty && !exists(space, region)) return { nonEmpty: false, free: false, carved: [] };
  if (!exists(space, (v, p) => and(region(v, p), noDeny(v, p)))) {
    return { nonEmpty: true, free: false, carved: [] };
  }
  const carved = denies.filter((d) => exists(space, (v, p) => and(region(v, p), st(d)(v, p))));
  return { nonEmpty: true, free: true, carved };
}

function together(space: Space, region: Goal, denies: number[], checkEmpty: boolean): RegionFacts {
  let free = false;
  const carved = new Set<number>();
  for (;;) {
    const open = denies.filter((d) => !carved.has(d));
    if (free && !open.length) break;
    const anyOpen = (view: View): Tri => {
      let t: Tri = free ? FALSE : not(view.denied(0));
      for (const d of open) t = or(t, view.status(d));
      return t;
    };
    let progress = false;
    const outcome = searchSpace(
      space,
      (view, p) => and(region(view, p), anyOpen(view)),
      (_point, view) => {
        if (!free && view.denied(0) === FALSE) free = progress = true;
        for (const d of open) {
          if (view.status(d) === TRUE) {
            carved.add(d);
            progress = true;
          }
        }
        return true;
      },
      { steps: ROW_SEARCH_STEPS },
    );
    if (outcome.kind === 'none') break;
    if (outcome.kind === 'budget' || !progress) {
      // Not settled: assume the rest (a longer row, never a wrong one).
      free = true;
      for (const d of open) carved.add(d);
      break;
    }
  }
  const nonEmpty = free || carved.size > 0 || !checkEmpty || exists(space, region);
  return { nonEmpty, free, carved: denies.filter((d) => carved.has(d)) };
}

/** How the questions are asked: together where the parts decide, or (tests) one by one always. */
export type Asking = 'auto' | 'one-by-one';

/**
 * What the row's region holds. `checkEmpty`: also tell an empty region from one the Denies
 * empty (for the note an empty Allow gets).
 */
export function regionFacts(
  space: Space,
  region: Goal,
  denies: number[],
  checkEmpty: boolean,
  asking: Asking = 'auto',
): RegionFacts {
  return asking === 'auto' && exactParts(space)
    ? together(space, region, denies, checkEmpty)
    : oneByOne(space, region, denies, checkEmpty);
}
