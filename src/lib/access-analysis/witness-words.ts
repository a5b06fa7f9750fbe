/** The words the panel and the dialogs use for witnesses: who they are, in a short phrase. */
import type { AccessWitness } from '../../policy-engine/analysis';

/** How many witnesses the panel lists per direction; the dialogs list them all. */
export const LISTED_WITNESSES = 3;

/**
 * The caller of a witness as its description names it ("account 999999999999", "the service
 * x.amazonaws.com"): the words before "could now" / "could no longer"; the principal otherwise.
 */
export function callerWords(witness: AccessWitness): string {
  const match = /^(.+?) could (?:now|no longer) /.exec(witness.description);
  return match?.[1] ?? witness.principal;
}

/** "a", "a and b", "a, b and c", "a, b, c and 2 others": each caller once. */
export function callersPhrase(witnesses: readonly AccessWitness[]): string {
  const callers = [...new Set(witnesses.map(callerWords))];
  if (callers.length === 0) return 'no one';
  const shown = callers.slice(0, LISTED_WITNESSES);
  const rest = callers.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest === 1 ? '1 other' : `${rest} others`}`;
  if (shown.length === 1) return shown[0]!;
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** The witnesses, when the result gains access, that a save must be confirmed for. */
export function gainsAccess(result: { gained: readonly AccessWitness[] } | undefined): boolean {
  return (result?.gained.length ?? 0) > 0;
}
