/**
 * What would change an evaluation's answer, for people: the Allow statement that comes closest to
 * applying and what it is missing, or the Deny that decided. Reads only the evaluation's trace.
 */
import type { ConditionTrace, EvaluationResult, PolicyKind, StatementTrace } from './types';

/** How a statement is named in sentences: by its Sid, else by its 1-based position. */
export function statementLabel(s: { sid?: string; statementIndex: number }): string {
  return s.sid ? `statement "${s.sid}"` : `statement ${s.statementIndex + 1}`;
}

/** A condition in one line, as written in the policy. */
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

// How far a statement is from applying: another principal is furthest (fixing it means another
// caller), another action or resource next, then each failed condition.
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

/** The Allow statements of the side that refused, closest to applying first. */
export function allowsByCloseness(evaluation: EvaluationResult): StatementTrace[] {
  if (evaluation.decision !== 'ImplicitDeny') return [];
  const kind: PolicyKind | undefined =
    evaluation.resourcePolicyDecision !== 'Allow'
      ? 'resource'
      : evaluation.identityPolicyDecision !== 'Allow' && evaluation.identityPolicyDecision !== 'NotModelled'
        ? 'identity'
        : undefined;
  const candidates = statements(evaluation, kind).filter((s) => s.effect === 'Allow' && !s.applies);
  return candidates.sort((a, b) => failures(a) - failures(b));
}

/** The Allow statement that comes closest to applying on the side that refused. */
export function closestAllow(evaluation: EvaluationResult): StatementTrace | undefined {
  return allowsByCloseness(evaluation)[0];
}

/** How many of the closest Allow statements "What would change the answer" names. */
const MAX_ALLOW_HINTS = 3;

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
  const candidates = allowsByCloseness(evaluation);
  const side =
    evaluation.resourcePolicyDecision !== 'Allow'
      ? 'the identity’s sending authorization policies'
      : 'the caller’s IAM policies';
  if (!candidates.length)
    return [
      `No Allow statement in ${side} could apply to ${action}: add one that names this caller, the action ${action} and this identity.`,
    ];
  // Every Allow that could decide is named (the closest first), not only the nearest: the user
  // may prefer to satisfy another one.
  const hints = candidates.slice(0, MAX_ALLOW_HINTS).map((candidate) => {
    const missing = missingFor(candidate).map(withoutFinalStop);
    return `${statementLabel(candidate)} of ${candidate.policyName} would allow it if ${missing.length === 1 ? 'this changed' : `these ${missing.length} things changed`}: ${missing.join(' — ')}.`;
  });
  const more = candidates.length - MAX_ALLOW_HINTS;
  if (more > 0)
    hints.push(
      `${more} more Allow ${more === 1 ? 'statement comes' : 'statements come'} further from applying.`,
    );
  return hints;
}

/** A phrase that ends a sentence of its own loses its full stop when it goes inside another. */
function withoutFinalStop(phrase: string): string {
  return phrase.replace(/\.+$/, '');
}
