/**
 * Which lines of which policy the simulator marks: the deciding statements, and the statement
 * that comes closest to allowing (the engine's `closestAllow`) with its failed conditions.
 */
import {
  closestAllow,
  conditionText,
  statementLabel,
  type EvaluationResult,
  type PolicyKind,
  type SourceRange,
} from '../../../policy-engine';

export type MarkKind = 'allow' | 'deny' | 'candidate' | 'failed';

export interface LineMark {
  startLine: number;
  endLine: number;
  kind: MarkKind;
  /** Said to screen readers and shown as the line's title. */
  label: string;
}

function lines(range: SourceRange, kind: MarkKind, label: string): LineMark {
  return { startLine: range.start.line, endLine: range.end.line, kind, label };
}

/** The lines to mark in one policy's text. */
export function policyMarks(evaluation: EvaluationResult, policyName: string, kind: PolicyKind): LineMark[] {
  const marks: LineMark[] = [];
  for (const d of evaluation.decidingStatements) {
    if (d.policyName !== policyName || d.policyKind !== kind) continue;
    const effect = d.effect === 'Allow' ? 'allow' : 'deny';
    marks.push(lines(d.range, effect, `Deciding ${statementLabel(d)}: ${d.effect}`));
  }
  const candidate = closestAllow(evaluation);
  if (candidate && candidate.policyName === policyName && candidate.policyKind === kind) {
    marks.push(lines(candidate.range, 'candidate', `Closest to allowing: ${statementLabel(candidate)}`));
    for (const c of candidate.conditions)
      if (!c.matched) marks.push(lines(c.range, 'failed', `Condition not met: ${conditionText(c)}`));
  }
  return marks;
}
