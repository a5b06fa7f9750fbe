/**
 * compareAccess: what an edit of an identity's policies changes. Both policy sets are read into
 * one space (space.ts); a gain is a point that `after` allows and `before` does not, found or
 * ruled out by the search (search.ts) per principal class, so that each caller that gains gets
 * its own witness. Every witness is checked with `evaluate` before it is returned, and a
 * search that cannot be exhaustive (a policy variable, a bound reached) makes the verdict
 * 'unknown' unless both gains and losses were found, which is then certain.
 */
import { evaluate } from '../evaluate';
import type { PolicyInput } from '../types';
import { describeCallerText, describeRequest } from './describe';
import { sidesAgree } from './live';
import { DERIVED_KEYS } from './principals';
import { and, not, searchSpace, type Budget, type Goal, type Point } from './search';
import { buildSpace, normalisePolicies, type Space } from './space';
import type { AccessVerdict, AccessWitness, CompareAccessRequest, CompareAccessResult } from './types';

/** Witnesses per direction: one per caller that gains (or loses), up to this many. */
export const MAX_WITNESSES = 10;
/** Search steps per direction before the answer is 'unknown'. */
export const SEARCH_STEPS = 500_000;

const AFTER = 0;
const BEFORE = 1;

function allows(identityArn: string, policies: PolicyInput[], point: Point, space: Space): boolean {
  return (
    evaluate({
      principal: space.principals[point.principal]!.text,
      action: point.action,
      resource: identityArn,
      context: point.context,
      resourcePolicies: policies,
    }).decision === 'Allow'
  );
}

interface Direction {
  witnesses: AccessWitness[];
  complete: boolean;
  problems: string[];
}

function findChanges(
  space: Space,
  identityArn: string,
  gainSide: number,
  policies: PolicyInput[][],
  verb: string,
): Direction {
  const loseSide = gainSide === AFTER ? BEFORE : AFTER;
  const goal: Goal = (view) => and(view.allowed(gainSide), not(view.allowed(loseSide)));
  const budget: Budget = { steps: SEARCH_STEPS };
  const witnesses: AccessWitness[] = [];
  const problems: string[] = [];
  let complete = true;
  let failedChecks = 0;
  const accept = (point: Point) => {
    const ok =
      allows(identityArn, policies[gainSide]!, point, space) &&
      !allows(identityArn, policies[loseSide]!, point, space);
    if (!ok) failedChecks++;
    return ok;
  };
  for (let i = 0; i < space.principals.length && witnesses.length < MAX_WITNESSES; i++) {
    // A caller for whom both sides have the same statements gains and loses nothing.
    if (sidesAgree(space, i)) continue;
    const outcome = searchSpace(space, goal, accept, budget, [i]);
    if (outcome.kind === 'budget') {
      complete = false;
      problems.push(`the search reached its bound of ${SEARCH_STEPS} steps`);
      break;
    }
    if (outcome.kind !== 'found') continue;
    const { point } = outcome;
    const caller = space.principals[point.principal]!;
    const leftOut = point.leftOut.filter((k) => !DERIVED_KEYS.has(k.toLowerCase()));
    witnesses.push({
      principal: caller.text,
      action: point.action,
      context: point.context,
      description: describeRequest(
        describeCallerText(caller.caller),
        verb,
        point.action,
        point.context,
        leftOut,
      ),
    });
  }
  // With no policy variable every leaf the search accepts is decided by the same tests as
  // evaluate, so a failed check means the two disagree: never claim completeness then.
  if (failedChecks && !space.unknown.length) {
    complete = false;
    problems.push('a candidate request failed the check against evaluate');
  }
  return { witnesses, complete, problems };
}

function verdictOf(gains: boolean, losses: boolean): AccessVerdict {
  if (gains && losses) return 'gains-and-loses';
  if (gains) return 'gains';
  if (losses) return 'loses';
  return 'equivalent';
}

function unknownResult(reason: string): CompareAccessResult {
  return { verdict: 'unknown', gained: [], lost: [], unknown: [reason] };
}

export function compareAccess(request: CompareAccessRequest): CompareAccessResult {
  try {
    if (!request || typeof request !== 'object') return unknownResult('the request is not an object');
    const { identityArn } = request;
    if (typeof identityArn !== 'string' || !identityArn)
      return unknownResult('the request names no identity ARN');
    const after = normalisePolicies(request.after);
    const before = normalisePolicies(request.before);
    const space = buildSpace(identityArn, [after, before]);
    const policies = [after, before];
    const gained = findChanges(space, identityArn, AFTER, policies, 'could now');
    const lost = findChanges(space, identityArn, BEFORE, policies, 'could no longer');
    const reasons = [...new Set([...space.unknown, ...gained.problems, ...lost.problems])];
    const exact = !space.unknown.length && gained.complete && lost.complete;
    const g = gained.witnesses.length > 0;
    const l = lost.witnesses.length > 0;
    // Found witnesses are certain; their absence proves something only when the search was exact.
    if (exact || (g && l))
      return { verdict: verdictOf(g, l), gained: gained.witnesses, lost: lost.witnesses };
    return { verdict: 'unknown', gained: gained.witnesses, lost: lost.witnesses, unknown: reasons };
  } catch (error) {
    return unknownResult(`the comparison failed (${error instanceof Error ? error.message : String(error)})`);
  }
}
