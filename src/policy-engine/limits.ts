/**
 * How much text the engine agrees to read, checked before parsing so that hostile input (a
 * megabyte pasted into the editor, a share link with 10,000 nested arrays) costs a linear scan
 * and a diagnostic instead of a stack overflow or a hang. Both limits sit far above anything a
 * policy needs; SES's own storage limit (4,096 bytes) is a separate, stricter rule (validate.ts).
 */

/** SES: "Policies can't exceed 4 kilobytes (KB)", measured here as 4,096 bytes of UTF-8. */
export const MAX_POLICY_BYTES = 4096;

/**
 * The largest text read at all: four times SES's limit, which still covers IAM's largest
 * identity policies (10,240 characters for a role's inline policies) that the simulator takes,
 * and leaves room to see the errors of a policy being shortened. Beyond it nothing is parsed.
 */
export const MAX_READABLE_POLICY_BYTES = 4 * MAX_POLICY_BYTES;

/**
 * The deepest nesting of arrays and objects read. A policy needs seven levels (policy,
 * Statement list, statement, Condition, operator, key, value list); the JSON parser and every
 * walker after it recurse once per level, so an unbounded depth would overflow the stack.
 */
export const MAX_NESTING_DEPTH = 64;

/** Codes of the diagnostics that mean the text was not parsed into a policy at all. */
export const NOT_PARSED_CODES: ReadonlySet<string> = new Set([
  'invalid-json',
  'not-an-object',
  'too-large-to-read',
  'too-deeply-nested',
]);

export function byteLength(text: string): number {
  // Each UTF-16 unit is at most 3 bytes of UTF-8: short texts are counted without encoding.
  if (text.length * 3 <= MAX_POLICY_BYTES) return utf8Length(text);
  return new TextEncoder().encode(text).length;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The offset of the first `[` or `{` that opens a level deeper than `limit`, or undefined.
 * A linear scan that skips string contents, so brackets inside values do not count.
 */
export function offsetBeyondDepth(text: string, limit = MAX_NESTING_DEPTH): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > limit) return i;
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      if (depth > 0) depth--;
    }
  }
  return undefined;
}

/**
 * Whether a value given as an object (not text) nests deeper than `limit` or holds more than
 * `maxNodes` values, checked without recursion before JSON.stringify, which recurses and, with
 * indentation, writes a line per level. A cycle counts as too deep; shared sub-objects count
 * once per appearance, so a small graph that would print enormously is caught by the count.
 */
export function documentTooComplex(
  document: unknown,
  limit = MAX_NESTING_DEPTH,
  maxNodes = MAX_READABLE_POLICY_BYTES,
): 'too-deep' | 'too-large' | undefined {
  const stack: [unknown, number][] = [[document, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (++nodes > maxNodes) return 'too-large';
    if (value === null || typeof value !== 'object') continue;
    if (depth + 1 > limit) return 'too-deep';
    const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
    if (nodes + stack.length + children.length > maxNodes) return 'too-large';
    for (const child of children) stack.push([child, depth + 1]);
  }
  return undefined;
}
