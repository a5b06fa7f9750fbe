/**
 * Guidance beside a condition, for the places people go wrong: wildcards are not regular
 * expressions, string matching is case-sensitive, ForAllValues is true of an empty list, and a
 * case-sensitive Deny can be dodged.
 */
import { hasWildcard } from '../../../policy-engine';
import { keyInfo, operatorInfo } from './condition-catalog';
import type { ConditionForm, StatementForm } from '../form/generator-schema';
import { lines } from '../form/text-lines';

export interface GuidanceNote {
  id: string;
  /** `warning`: what is written probably does not do what was meant. */
  type: 'info' | 'warning';
  text: string;
}

// Regular-expression syntax that IAM wildcards lack. A lone `+` is fine (marketing+tag@...).
const REGEX_SYNTAX = /(\.\*|\.\+|\.\?|\\[wdsWDS.+]|\[[^\]]*\]|[)\]]\+|^\^|\$$|\(\?|\|)/;

/** The glob someone writing a regular expression most likely meant. */
export function globFromRegex(value: string): string {
  return value
    .replace(/\\\./g, '.')
    .replace(/\\\+/g, '+')
    .replace(/\.[*+]/g, '*')
    .replace(/\.\?/g, '?')
    .replace(/^\^/, '')
    .replace(/\$$/, '');
}

export function hasNullGuard(statement: Pick<StatementForm, 'conditions'>, key: string): boolean {
  return statement.conditions.some(
    (c) => c.operator === 'Null' && c.key === key && lines(c.values).includes('false'),
  );
}

export function conditionGuidance(
  condition: ConditionForm,
  statement: Pick<StatementForm, 'effect' | 'conditions'>,
): GuidanceNote[] {
  const notes: GuidanceNote[] = [];
  const operator = operatorInfo(condition.operator);
  const info = keyInfo(condition.key);
  if (!operator || !info) return notes;
  const values = lines(condition.values);
  const like = operator.name === 'StringLike' || operator.name === 'StringNotLike';
  if (like) {
    notes.push({
      id: 'glob',
      type: 'info',
      text: 'StringLike takes * (any run of characters) and ? (one character), not regular expressions: write marketing+*@example.com, not marketing\\+.*@example\\.com.',
    });
    for (const value of values.filter((v) => REGEX_SYNTAX.test(v)))
      notes.push({
        id: `regex-${value}`,
        type: 'warning',
        text: `"${value}" looks like a regular expression: here "." and "+" match only themselves and ".*" means a dot then anything. Did you mean "${globFromRegex(value)}"?`,
      });
    const exact = values.filter((v) => !hasWildcard(v));
    if (exact.length > 0 && exact.length === values.length)
      notes.push({
        id: 'like-without-wildcard',
        type: 'info',
        text: `No value has * or ?, so ${operator.name} compares exactly; ${operator.negated ? 'StringNotEquals' : 'StringEquals'} says so more plainly.`,
      });
  }
  if (operator.family === 'String' && !operator.name.includes('IgnoreCase')) {
    notes.push({
      id: 'case',
      type: 'info',
      text: 'Matching is case-sensitive: Marketing@example.com and marketing@example.com are different values.',
    });
    if (statement.effect === 'Deny' && !operator.negated)
      notes.push({
        id: 'deny-case',
        type: 'warning',
        text: `In a Deny, a case-sensitive match can be dodged by changing letter case (CEO@ instead of ceo@). ${like ? 'List the case variants you mean to block.' : 'Use StringEqualsIgnoreCase.'}`,
      });
  }
  if (info.multiValued && operator.name !== 'Null') {
    if (condition.setOperator === 'ForAllValues') {
      notes.push({
        id: 'for-all-values',
        type: statement.effect === 'Allow' && !hasNullGuard(statement, condition.key) ? 'warning' : 'info',
        text: `ForAllValues: every recipient must match. It is also true when ${condition.key} is empty or absent, so an Allow with it alone allows requests without recipients: add a Null check (${condition.key} must be present).`,
      });
    } else if (condition.setOperator === 'ForAnyValue') {
      notes.push({
        id: 'for-any-value',
        type: 'info',
        text: 'ForAnyValue: at least one recipient must match; the others may be anything. To restrict every recipient, use ForAllValues.',
      });
    }
  }
  if (operator.family === 'Date' && condition.key === 'aws:CurrentTime')
    notes.push({
      id: 'utc',
      type: 'info',
      text: 'Write times in UTC (ending in Z): 2027-01-01T00:00:00Z. A time without a zone is read as UTC.',
    });
  return notes;
}
