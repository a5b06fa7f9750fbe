/**
 * Unsaved policy drafts, kept per account, identity and policy in localStorage so that a crash or
 * a reload can offer to restore them. Drafts are policy text the user typed, never credentials.
 */
export interface PolicyDraft {
  name: string;
  document: string;
  savedAt: string;
}

const PREFIX = 'ses-console.policy-draft';

export function draftKey(account: string, identity: string, policyName: string | undefined): string {
  return [PREFIX, account, identity, policyName ?? '(new)'].map(encodeURIComponent).join('/');
}

export function readDraft(key: string): PolicyDraft | undefined {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<PolicyDraft>;
    if (typeof value.document !== 'string' || typeof value.name !== 'string') return undefined;
    return { name: value.name, document: value.document, savedAt: String(value.savedAt ?? '') };
  } catch {
    return undefined;
  }
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
