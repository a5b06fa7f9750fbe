/**
 * Evaluates one condition clause (`operator: { key: values }`) against the request context with
 * IAM's rules: key names case-insensitive, several policy values ORed (NOR under a negated
 * operator), an absent key false for positive operators and true for negated ones, `IfExists`
 * true on an absent key, `ForAllValues` true on an absent or empty set and `ForAnyValue` false.
 * Clauses are compiled once; `test` is the hot path, `explain` builds the trace on demand.
 */
import { compileValueTest, type ValueTest } from './condition-values';
import { arnMatch } from './arn';
import { hasVariables, matchTokens, substitute } from './variables';
import type { ConditionClause, ConditionTrace } from './types';

/** Request context with lower-cased keys; every value as a list of strings. */
export interface ContextMap {
  get(keyLower: string): string[] | undefined;
  has(keyLower: string): boolean;
}

export interface CompiledCondition {
  clause: ConditionClause;
  test: (ctx: ContextMap) => boolean;
  explain: (ctx: ContextMap) => ConditionTrace;
}

function policyStrings(clause: ConditionClause): string[] {
  return clause.values.map((v) => String(v.value));
}

/** Per-value tests, with variables substituted from the request when the policy allows them. */
function valueTests(
  clause: ConditionClause,
  variablesEnabled: boolean,
): (ctx: ContextMap) => { tests: ValueTest[]; shown: string[] } {
  const raw = policyStrings(clause);
  const dynamic = variablesEnabled && raw.some(hasVariables);
  if (!dynamic) {
    const tests = raw.map((p) => compileValueTest(clause.operator, p));
    const fixed = { tests, shown: raw };
    return () => fixed;
  }
  return (ctx) => {
    const tests: ValueTest[] = [];
    const shown: string[] = [];
    for (const p of raw) {
      if (!hasVariables(p)) {
        tests.push(compileValueTest(clause.operator, p));
        shown.push(p);
        continue;
      }
      const like = clause.operator === 'StringLike' || clause.operator === 'StringNotLike';
      const sub = substitute(p, (k) => ctx.get(k), like);
      shown.push(sub.text);
      if (!sub.resolved) {
        tests.push(() => false);
      } else if (like) {
        tests.push((v) => matchTokens(sub.tokens, v));
      } else if (clause.family === 'Arn') {
        tests.push((v) => arnMatch(sub.text, v));
      } else {
        tests.push(compileValueTest(clause.operator, sub.text));
      }
    }
    return { tests, shown };
  };
}

function nullTest(clause: ConditionClause) {
  const wanted = policyStrings(clause).map((v) => v.toLowerCase());
  return (ctx: ContextMap) => {
    const values = ctx.get(clause.keyLower);
    const absent = !values || values.length === 0;
    return wanted.some((w) => (w === 'true' ? absent : w === 'false' ? !absent : false));
  };
}

export function compileCondition(clause: ConditionClause, variablesEnabled: boolean): CompiledCondition {
  if (clause.family === 'Null') {
    const test = nullTest(clause);
    return {
      clause,
      test,
      explain: (ctx) => {
        const values = ctx.get(clause.keyLower);
        const matched = test(ctx);
        const absent = !values || values.length === 0;
        return trace(
          clause,
          policyStrings(clause),
          values,
          matched,
          `${clause.key} is ${absent ? 'absent' : 'present'}; Null ${JSON.stringify(policyStrings(clause))} ${matched ? 'holds' : 'does not hold'}.`,
        );
      },
    };
  }
  const getTests = valueTests(clause, variablesEnabled);
  const { negated, setOperator, ifExists } = clause;
  // Whether one request value satisfies the operator (positive: matches a policy value;
  // negated: matches none of them).
  const satisfies = (tests: ValueTest[], v: string) => {
    let hit = false;
    for (const t of tests) {
      if (t(v)) {
        hit = true;
        break;
      }
    }
    return negated ? !hit : hit;
  };
  const test = (ctx: ContextMap): boolean => {
    const values = ctx.get(clause.keyLower);
    const absent = values === undefined;
    if (setOperator === 'ForAllValues') {
      if (absent || values.length === 0) return true;
      const { tests } = getTests(ctx);
      return values.every((v) => satisfies(tests, v));
    }
    if (setOperator === 'ForAnyValue') {
      if (absent || values.length === 0) return ifExists && absent;
      const { tests } = getTests(ctx);
      return values.some((v) => satisfies(tests, v));
    }
    if (absent) return ifExists || negated;
    const { tests } = getTests(ctx);
    // A single-valued operator on several request values (see SEMANTICS.md): a positive operator
    // holds when any value matches; a negated one when no value matches any policy value.
    if (values.length === 0) return negated || ifExists;
    return negated ? values.every((v) => satisfies(tests, v)) : values.some((v) => satisfies(tests, v));
  };
  return {
    clause,
    test,
    explain: (ctx) => {
      const values = ctx.get(clause.keyLower);
      const matched = test(ctx);
      const { shown } = getTests(ctx);
      return trace(clause, shown, values, matched, reason(clause, values, matched, shown));
    },
  };
}

function trace(
  clause: ConditionClause,
  policyValues: string[],
  requestValues: string[] | undefined,
  matched: boolean,
  why: string,
): ConditionTrace {
  return {
    operator: clause.operatorText,
    key: clause.key,
    policyValues,
    requestValues,
    matched,
    reason: why,
    range: { start: clause.operatorRange.start, end: clause.keyRange.end },
  };
}

function quoteList(values: string[]): string {
  return values.length === 1 ? `"${values[0]}"` : `any of ${values.map((v) => `"${v}"`).join(', ')}`;
}

function reason(
  clause: ConditionClause,
  values: string[] | undefined,
  matched: boolean,
  shown: string[],
): string {
  const { setOperator, ifExists, negated, key } = clause;
  const verdict = matched ? 'true' : 'false';
  if (values === undefined) {
    if (setOperator === 'ForAllValues')
      return `absent key: ${verdict} because ForAllValues holds vacuously when ${key} is absent.`;
    if (setOperator === 'ForAnyValue')
      return `absent key: ${verdict} because ForAnyValue needs at least one value of ${key}.`;
    if (ifExists) return `absent key: true because of IfExists.`;
    return negated
      ? `absent key: true because the operator is negated.`
      : `absent key: false because ${key} is not in the request.`;
  }
  if (values.length === 0 && setOperator === 'ForAllValues')
    return `empty set: true because ForAllValues holds vacuously.`;
  if (shown.length === 0) return `${verdict}: the condition lists no values, so nothing can match.`;
  const shownValues = values.map((v) => `"${v}"`).join(', ');
  const target = quoteList(shown);
  if (setOperator === 'ForAllValues') {
    return matched
      ? `true: every value of ${key} (${shownValues}) ${negated ? 'avoids' : 'matches'} ${target}.`
      : `false: not every value of ${key} (${shownValues}) ${negated ? 'avoids' : 'matches'} ${target}.`;
  }
  if (setOperator === 'ForAnyValue') {
    return matched
      ? `true: at least one value of ${key} (${shownValues}) ${negated ? 'avoids' : 'matches'} ${target}.`
      : `false: no value of ${key} (${shownValues}) ${negated ? 'avoids' : 'matches'} ${target}.`;
  }
  if (negated) {
    return matched
      ? `true: ${shownValues} matches none of ${shown.map((v) => `"${v}"`).join(', ')}.`
      : `false: ${shownValues} matches ${target}, and the operator is negated.`;
  }
  return matched
    ? `true: ${shownValues} matches ${target}.`
    : `false: ${shownValues} does not match ${target}.`;
}
