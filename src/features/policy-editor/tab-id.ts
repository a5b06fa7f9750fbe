/**
 * This tab's id, kept in sessionStorage: each tab has its own (a reload keeps it, another tab
 * gets another), so drafts are kept per tab and one tab's save never clears another's work.
 * What sessionStorage holds is checked like any stored input; a bad or missing id is replaced.
 */
const KEY = 'ses-console.tab-id';
const VALID_ID = /^[A-Za-z0-9-]{8,64}$/;

let memo: string | undefined;

function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export function isTabId(value: string): boolean {
  return VALID_ID.test(value);
}

export function currentTabId(): string {
  if (memo) return memo;
  let stored: string | null = null;
  try {
    stored = sessionStorage.getItem(KEY);
  } catch {
    // No sessionStorage (privacy mode): an id for this page's life is the best there is.
  }
  if (stored && isTabId(stored)) return (memo = stored);
  const id = newId();
  try {
    sessionStorage.setItem(KEY, id);
  } catch {
    // As above.
  }
  return (memo = id);
}

/** For tests: forgets the remembered id, as a new page would. */
export function forgetTabIdForTests(): void {
  memo = undefined;
}
