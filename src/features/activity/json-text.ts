/** Any stored value as JSON text for display (never markup). */
import { offsetBeyondDepth } from '../../policy-engine';

const MAX_SHOWN_CHARACTERS = 200_000;
const MAX_INDENTED_DEPTH = 64;

/**
 * The value as JSON text, whatever it holds: JSON.stringify throws on cycles and on very deep
 * values, and indenting a deep value writes a line per level, so those are shown compact or
 * with the reason; very long text is cut with a note.
 */
export function jsonText(value: unknown): string {
  let compact: string | undefined;
  try {
    compact = JSON.stringify(value);
  } catch (error) {
    return `(This value cannot be shown as JSON: ${error instanceof Error ? error.message : String(error)}.)`;
  }
  if (compact === undefined) return '(no value)';
  const text =
    compact.length <= MAX_SHOWN_CHARACTERS && offsetBeyondDepth(compact, MAX_INDENTED_DEPTH) === undefined
      ? JSON.stringify(JSON.parse(compact), null, 2)
      : compact;
  return text.length <= MAX_SHOWN_CHARACTERS
    ? text
    : `${text.slice(0, MAX_SHOWN_CHARACTERS)}\n… (${(text.length - MAX_SHOWN_CHARACTERS).toLocaleString('en-US')} more characters not shown)`;
}
