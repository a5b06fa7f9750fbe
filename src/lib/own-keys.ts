/**
 * Dictionaries keyed by names that come from outside the page (identity names, policy names,
 * ARNs, condition keys): SES responses, share links, stored drafts. A plain object would answer
 * `constructor`, `toString` or `__proto__` with Object.prototype's members, and assigning
 * `__proto__` would replace its prototype; these helpers make such names ordinary keys.
 */

/** An empty record without a prototype: every key, `__proto__` included, is an own property. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The record's own value for `key`; never an inherited member such as `constructor`. */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A copy of `source`'s own enumerable entries in a prototype-less record. */
export function ownRecord<T>(source: Readonly<Record<string, T>> | undefined): Record<string, T> {
  const out = emptyRecord<T>();
  if (source) for (const [key, value] of Object.entries(source)) out[key] = value;
  return out;
}
