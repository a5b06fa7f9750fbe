/**
 * Where a long machine value (an ARN, an address, a context key) may wrap: after `:` `/` `@` and
 * `;`, the places a reader expects it to continue on the next line, and nowhere inside a name.
 */
const AFTER = /(?<=[:/@;])/;

/** The value cut after each break point; joined, the pieces are the value again. */
export function breakSegments(value: string): string[] {
  return value === '' ? [] : value.split(AFTER);
}
