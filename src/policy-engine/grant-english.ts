/**
 * A grant's conditions in the words a delegate needs ("only From addresses matching `x`", "until
 * 2027-01-01"). Keys a delegate meets most often are phrased here as limits on what it may send;
 * everything else falls back to the engine's `describeCondition`. Plain text only: values are
 * set off with backticks, never markup.
 */
import { codeQuote } from './code-quote';
import { describeCondition } from './english';
import type { ConditionClause } from './types';

const quote = codeQuote;

function list(items: string[], conjunction = 'or'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** `2027-01-01T00:00:00Z` reads as 2027-01-01; other instants as `2027-01-01 12:30 UTC`. */
export function readableInstant(value: string | number | boolean): string {
  const text = String(value);
  const date =
    typeof value === 'number' || /^\d+$/.test(text) ? new Date(Number(text) * 1000) : new Date(text);
  if (Number.isNaN(date.getTime())) return quote(text);
  const iso = date.toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

// Maps: keys and operators come from policy text, and `constructor` or `__proto__` must fall
// through to the engine's wording instead of finding Object.prototype's members.
const ADDRESS_KEYS = new Map([
  ['ses:fromaddress', { one: 'the From address', many: 'From addresses' }],
  ['ses:feedbackaddress', { one: 'the Return-Path address', many: 'Return-Path addresses' }],
  ['ses:fromdisplayname', { one: 'the From display name', many: 'From display names' }],
]);

const DATE_WORDS = new Map([
  ['DateLessThan', 'until'],
  ['DateLessThanEquals', 'until and including'],
  ['DateGreaterThan', 'after'],
  ['DateGreaterThanEquals', 'from'],
  ['DateEquals', 'only at'],
  ['DateNotEquals', 'at any time except'],
]);

export function describeGrantCondition(c: ConditionClause): string {
  const values = c.values.map((v) => String(v.value));
  const when = c.ifExists ? ` (when the request has ${c.key})` : '';
  const address = ADDRESS_KEYS.get(c.keyLower);
  if (address && !c.setOperator && c.family === 'String') {
    const like = c.operator.includes('Like');
    const ignoreCase = c.operator.includes('IgnoreCase') ? ' (ignoring case)' : '';
    const shown = list(values.map(quote));
    if (c.negated)
      return `no ${address.many} ${like ? 'matching' : 'equal to'} ${list(values.map(quote), 'or')}${ignoreCase}${when}`;
    return like
      ? `only ${address.many} matching ${shown}${when}`
      : `only ${values.length > 1 ? address.many : address.one} ${shown}${ignoreCase}${when}`;
  }
  const dateWords = DATE_WORDS.get(c.operator);
  if ((c.keyLower === 'aws:currenttime' || c.keyLower === 'aws:epochtime') && dateWords) {
    return `${dateWords} ${list(c.values.map((v) => readableInstant(v.value)))}${when}`;
  }
  return describeCondition(c);
}
