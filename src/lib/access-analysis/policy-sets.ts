/**
 * The two policy sets an edit is judged by: the identity's saved policies (before) and the same
 * set with the edit made (after). SES's PutIdentityPolicy replaces a policy of the same name, so
 * a draft takes the place of the policy it edits, or of a saved one it is named after.
 */
import type { PolicyInput } from '../../policy-engine';

export interface DraftPolicy {
  name: string;
  document: string;
}

/** The saved set with the draft in place of `replacing` (the policy being edited), or added. */
export function withDraft(
  saved: readonly PolicyInput[],
  draft: DraftPolicy,
  replacing?: string,
): PolicyInput[] {
  const replaced = replacing ?? draft.name;
  return [...saved.filter((p) => p.name !== replaced), draft];
}

/** The saved set without the named policy (DeleteIdentityPolicy). */
export function withoutPolicy(saved: readonly PolicyInput[], name: string): PolicyInput[] {
  return saved.filter((p) => p.name !== name);
}

/**
 * Whether a draft is JSON at all. A draft that is not has no meaning to compare: the editor's
 * problems list already says why, and a comparison would only repeat it.
 */
export function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
