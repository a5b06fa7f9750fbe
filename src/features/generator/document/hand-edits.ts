/**
 * The document on step 2 against the one the fields last generated. Once the user edits it by
 * hand, new fields do not silently replace it: leaving step 1 with changed fields asks first.
 */
import { MAX_READABLE_POLICY_BYTES, offsetBeyondDepth } from '../../../policy-engine';

export interface DocumentState {
  /** What the editor shows (and Apply saves). */
  text: string;
  /** What the fields produced last; `text` differs from it once edited by hand. */
  generated: string;
}

export const NO_DOCUMENT: DocumentState = { text: '', generated: '' };

/** JSON that differs only in layout is the same document. */
function normalise(text: string): string {
  // Past what the engine reads, compare the text as it is: re-printing 10,000 nested levels
  // overflows JSON.stringify's stack, and every render would pay for it.
  if (text.length > MAX_READABLE_POLICY_BYTES || offsetBeyondDepth(text) !== undefined) return text;
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

export function isHandEdited(state: DocumentState): boolean {
  return normalise(state.text) !== normalise(state.generated);
}

export type Regeneration =
  | { kind: 'apply'; state: DocumentState }
  /** Hand edits and changed fields: ask, then `resolveRegeneration`. */
  | { kind: 'ask'; next: string };

/** The fields now produce `next`: replace the text, keep it, or ask. */
export function regenerate(state: DocumentState, next: string): Regeneration {
  if (!isHandEdited(state)) return { kind: 'apply', state: { text: next, generated: next } };
  if (normalise(next) === normalise(state.generated)) return { kind: 'apply', state };
  return { kind: 'ask', next };
}

export function resolveRegeneration(
  state: DocumentState,
  next: string,
  choice: 'regenerate' | 'keep',
): DocumentState {
  return choice === 'regenerate' ? { text: next, generated: next } : { text: state.text, generated: next };
}
