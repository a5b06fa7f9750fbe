/**
 * Unsaved policy drafts, kept per account, identity and policy in localStorage so that a crash or
 * a reload can offer to restore them. Drafts are policy text the user typed, never credentials.
 * What comes back from storage is checked like any other input: another tab, an older version
 * of the console or a crash may have left anything there.
 */
export interface PolicyDraft {
  name: string;
  document: string;
  savedAt: string;
}

const PREFIX = 'ses-console.policy-draft';

/**
 * Far above any policy (SES stores 4,096 bytes), so no real draft is refused, yet small enough
 * that a restored draft cannot make the editor slow. Names are longer than SES allows (64) so
 * that a wrong name typed by the user comes back to be corrected.
 */
export const MAX_DRAFT_DOCUMENT_LENGTH = 100_000;
export const MAX_DRAFT_NAME_LENGTH = 1_000;

/** A stored draft that cannot be offered back, and why. */
export interface DraftProblem {
  problem: string;
}

export type StoredDraft = PolicyDraft | DraftProblem | undefined;

export function isDraftProblem(draft: StoredDraft): draft is DraftProblem {
  return draft !== undefined && 'problem' in draft;
}

export function draftKey(account: string, identity: string, policyName: string | undefined): string {
  return [PREFIX, account, identity, policyName ?? '(new)'].map(encodeURIComponent).join('/');
}

/** The draft stored under `key`: none, one to offer back, or a problem to report. */
export function readDraft(key: string): StoredDraft {
  let raw: string | null;
  try {
    raw = localStorage.getItem(key);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  // Checked before parsing: the stored text is at least as long as the draft it holds.
  if (raw.length > MAX_DRAFT_DOCUMENT_LENGTH + MAX_DRAFT_NAME_LENGTH + 200)
    return {
      problem: `The stored draft is ${raw.length.toLocaleString('en-US')} characters long, more than a policy draft can be (at most ${MAX_DRAFT_DOCUMENT_LENGTH.toLocaleString('en-US')}), so it was not restored.`,
    };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {
      problem: 'The stored draft is not valid JSON (it may have been cut short), so it was not restored.',
    };
  }
  return draftFrom(value);
}

function draftFrom(value: unknown): StoredDraft {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { problem: 'The stored draft is not a draft (no name and document), so it was not restored.' };
  const name: unknown = Object.hasOwn(value, 'name') ? (value as { name: unknown }).name : undefined;
  const document: unknown = Object.hasOwn(value, 'document')
    ? (value as { document: unknown }).document
    : undefined;
  const savedAt: unknown = Object.hasOwn(value, 'savedAt') ? (value as { savedAt: unknown }).savedAt : '';
  if (typeof document !== 'string' || typeof name !== 'string')
    return {
      problem: 'The stored draft has no text for its name or document, so it was not restored.',
    };
  if (document.length > MAX_DRAFT_DOCUMENT_LENGTH || name.length > MAX_DRAFT_NAME_LENGTH)
    return {
      problem: `The stored draft is longer than a policy draft can be (at most ${MAX_DRAFT_DOCUMENT_LENGTH.toLocaleString('en-US')} characters), so it was not restored.`,
    };
  // A time that does not parse is shown as "an earlier visit", not as "Invalid Date".
  const when = typeof savedAt === 'string' && !Number.isNaN(Date.parse(savedAt)) ? savedAt : '';
  return { name, document, savedAt: when };
}

export function writeDraft(key: string, draft: Omit<PolicyDraft, 'savedAt'>, now = new Date()): void {
  try {
    localStorage.setItem(key, JSON.stringify({ ...draft, savedAt: now.toISOString() }));
  } catch {
    // Storage full or unavailable: the unsaved-changes prompt still protects the draft in the page.
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}
