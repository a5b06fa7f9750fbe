/**
 * Where a long machine value (an ARN, an address, a context key) may wrap: after `:` `/` `@` and
 * `;`, the places a reader expects it to continue on the next line, and nowhere inside a name
(not after the hyphen of us-east-1 either).
 */
const AFTER = /(?<=[:/@;])/;
/** IDs such as SES's MessageId (0100…-<uuid>-000000) also continue after their hyphens. */
const AFTER_IN_ID = /(?<=[:/@;-])/;

/** The value cut after each break point; joined, the pieces are the value again. */
export function breakSegments(value: string, kind: 'value' | 'id' = 'value'): string[] {
  return value === '' ? [] : value.split(kind === 'id' ? AFTER_IN_ID : AFTER);
}
