/**
 * Reading an evaluation for people: which lines of which policy to mark, and what would change
 * the answer (the statement that comes closest to allowing, and what it is missing). Pure; reads
 * only the engine's trace.
 */
import type {
  ConditionTrace,
  EvaluationResult,
  PolicyKind,
  SourceRange,
  StatementTrace,
} from '../../policy-engine';

export type MarkKind = 'allow' | 'deny' | 'candidate' | 'failed';

export interface LineMark {
  startLine: number;
  endLine: number;
  kind: MarkKind;
  /** Said to screen readers and shown as the line's title. */
  label: string;
}

export function statementLabel(s: { sid?: string; statementIndex: number }): string {
  return s.sid ? `statement "${s.sid}"` : `statement ${s.statementIndex + 1}`;
}

function lines(range: SourceRange, kind: MarkKind, label: string): LineMark {
  return { startLine: range.start.line, endLine: range.end.line, kind, label };
}

export function conditionText(c: Pick<ConditionTrace, 'operator' | 'key' | 'policyValues'>): string {
  return `${c.operator} ${c.key} ${c.policyValues.join(', ')}`;
}

/** Why a statement does not apply, one phrase per element that failed. */
export function missingFor(statement: StatementTrace): string[] {
  const out: string[] = [];
  if (!statement.principal.matched) out.push(`the principal: ${statement.principal.reason}`);
  if (!statement.action.matched) out.push(`the action: ${statement.action.reason}`);
  if (!statement.resource.matched) out.push(`the resource: ${statement.resource.reason}`);
  for (const c of statement.conditions) {
    if (c.matched) continue;
    const values =
      c.requestValues === undefined
        ? 'the request has no value'
        : `the request has ${c.requestValues.join(', ')}`;
    out.push(`the condition ${c.operator} ${c.key} (${c.policyValues.join(', ')}): ${values}; ${c.reason}`);
  }
  return out;
}

function failures(statement: StatementTrace): number {
  return (
    Number(!statement.principal.matched) * 10 +
    Number(!statement.action.matched) * 5 +
    Number(!statement.resource.matched) * 5 +
    statement.conditions.filter((c) => !c.matched).length
  );
}

function statements(evaluation: EvaluationResult, kind?: PolicyKind): StatementTrace[] {
  return evaluation.policies.filter((p) => !kind || p.kind === kind).flatMap((p) => p.statements);
}

/** The Allow statement that comes closest to applying on the side that refused. */
export function closestAllow(evaluation: EvaluationResult): StatementTrace | undefined {
  if (evaluation.decision !== 'ImplicitDeny') return undefined;
  const kind: PolicyKind | undefined =
    evaluation.resourcePolicyDecision !== 'Allow'
      ? 'resource'
      : evaluation.identityPolicyDecision !== 'Allow' && evaluation.identityPolicyDecision !== 'NotModelled'
        ? 'identity'
        : undefined;
  const candidates = statements(evaluation, kind).filter((s) => s.effect === 'Allow' && !s.applies);
  return candidates.sort((a, b) => failures(a) - failures(b))[0];
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

/** What would change the answer, in sentences. */
export function changeHints(evaluation: EvaluationResult, action: string): string[] {
  if (evaluation.decision === 'Allow') {
    const allows = evaluation.decidingStatements.map((d) => `${statementLabel(d)} of ${d.policyName}`);
    return [
      `Allowed by ${allows.join(' and ') || 'the caller’s own account'}. It would be refused if a Deny statement applied, or if no Allow statement’s conditions held any more.`,
    ];
  }
  if (evaluation.decision === 'ExplicitDeny') {
    return evaluation.decidingStatements.map((d) => {
      const trace = statements(evaluation).find(
        (s) =>
          s.policyName === d.policyName &&
          s.policyKind === d.policyKind &&
          s.statementIndex === d.statementIndex,
      );
      const conditions = trace?.conditions.map(conditionText) ?? [];
      return conditions.length
        ? `${statementLabel(d)} of ${d.policyName} denies it because all of its conditions hold (${conditions.join('; ')}). It stops applying when any one of them does not; no Allow can override an explicit Deny.`
        : `${statementLabel(d)} of ${d.policyName} denies it without conditions: only changing the caller, the action or that statement changes the answer.`;
    });
  }
  const candidate = closestAllow(evaluation);
  const side =
    evaluation.resourcePolicyDecision !== 'Allow'
      ? 'the identity’s sending authorization policies'
      : 'the caller’s IAM policies';
  if (!candidate)
    return [
      `No Allow statement in ${side} could apply to ${action}: add one that names this caller, the action ${action} and this identity.`,
    ];
  const missing = missingFor(candidate);
  return [
    `${statementLabel(candidate)} of ${candidate.policyName} would allow it if ${missing.length === 1 ? 'this changed' : `these ${missing.length} things changed`}: ${missing.join(' — ')}.`,
  ];
}
