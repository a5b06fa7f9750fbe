/**
 * Unsaved policy drafts, kept in localStorage so that a crash or a reload can offer to restore
 * them. Drafts are policy text the user typed, never credentials.
 *
 * Each policy (or an identity's new policy) has a slot, and each tab its own draft in it (the
 * slot's key, then the tab's id): two tabs editing one policy never overwrite or clear each
 * other's drafts, and drafts left by other or closed tabs are offered back with their time. A
 * draft also keeps the text its editor started from (`base`), so a restored draft is still
 * checked against what SES has when it is saved.
 *
 * What comes back from storage is checked like any other input: another tab, an older version
 * of the console or a crash may have left anything there. Old drafts are collected so the
 * storage does not grow without bound.
 */
export interface PolicyDraft {
  name: string;
  document: string;
  savedAt: string;
  /**
   * The saved text the editor started from: null when the policy did not exist, undefined when
   * not known (a draft from before drafts kept it).
   */
  base?: string | null;
}

/** Where a draft found in a slot came from. */
export type DraftOrigin = 'this-tab' | 'other-tab' | 'set-aside' | 'earlier';

export interface FoundDraft extends PolicyDraft {
  key: string;
  origin: DraftOrigin;
}

const PREFIX = 'ses-console.policy-draft';
/** The tab segment of a draft put aside when the user took SES's version instead of theirs. */
const ASIDE = 'aside-';

/**
 * Far above any policy (SES stores 4,096 bytes), so no real draft is refused, yet small enough
 * that a restored draft cannot make the editor slow. Names are longer than SES allows (64) so
 * that a wrong name typed by the user comes back to be corrected.
 */
export const MAX_DRAFT_DOCUMENT_LENGTH = 100_000;
export const MAX_DRAFT_NAME_LENGTH = 1_000;
/** Drafts older than this are collected. */
export const DRAFT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
/** At most this many drafts are kept in all; beyond it the oldest are collected. */
export const MAX_STORED_DRAFTS = 50;
/** At most this many drafts of one slot are offered back (the newest). */
export const MAX_OFFERED_DRAFTS = 5;
/** The stored text holds the document, the base and a name: beyond this it cannot be a draft. */
const MAX_RAW_LENGTH = 2 * MAX_DRAFT_DOCUMENT_LENGTH + MAX_DRAFT_NAME_LENGTH + 300;

/** A stored draft that cannot be offered back, and why. */
export interface DraftProblem {
  problem: string;
}

export type StoredDraft = PolicyDraft | DraftProblem | undefined;

export function isDraftProblem(draft: StoredDraft): draft is DraftProblem {
  return draft !== undefined && 'problem' in draft;
}

/**
 * A policy's draft slot (`tab` absent; also the one key drafts had before they were kept per
 * tab, still read as a draft from an earlier visit), or one tab's draft in it.
 */
export function draftKey(
  account: string,
  identity: string,
  policyName: string | undefined,
  tab?: string,
): string {
  const parts = [PREFIX, account, identity, policyName ?? '(new)'];
  if (tab !== undefined) parts.push(tab);
  return parts.map(encodeURIComponent).join('/');
}

/** Separates a tab's id from the time its earlier load's draft was moved aside at. */
const MOVED = '~';

/**
 * Where this tab's draft from an earlier load (a reload) moves to when the editor opens, so
 * that what the tab types now does not overwrite it before the user chose to restore it.
 */
export function movedKey(ownKey: string, now = new Date()): string {
  return `${ownKey}${MOVED}${now.getTime().toString(36)}`;
}

/** A fresh key in the slot for a draft put aside (its own, so no tab's editing replaces it). */
export function asideKey(slot: string, now = new Date()): string {
  const random = Math.random().toString(36).slice(2, 10);
  return `${slot}/${encodeURIComponent(`${ASIDE}${now.getTime().toString(36)}-${random}`)}`;
}

function safeKeys(): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key !== null && key.startsWith(`${PREFIX}/`)) keys.push(key);
    }
  } catch {
    // Storage unavailable: no drafts.
  }
  return keys;
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
  if (raw.length > MAX_RAW_LENGTH)
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

function own(value: object, field: string): unknown {
  return Object.hasOwn(value, field) ? (value as Record<string, unknown>)[field] : undefined;
}

function draftFrom(value: unknown): StoredDraft {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { problem: 'The stored draft is not a draft (no name and document), so it was not restored.' };
  const name = own(value, 'name');
  const document = own(value, 'document');
  const savedAt = own(value, 'savedAt');
  const base = own(value, 'base');
  if (typeof document !== 'string' || typeof name !== 'string')
    return {
      problem: 'The stored draft has no text for its name or document, so it was not restored.',
    };
  if (
    document.length > MAX_DRAFT_DOCUMENT_LENGTH ||
    name.length > MAX_DRAFT_NAME_LENGTH ||
    (typeof base === 'string' && base.length > MAX_DRAFT_DOCUMENT_LENGTH)
  )
    return {
      problem: `The stored draft is longer than a policy draft can be (at most ${MAX_DRAFT_DOCUMENT_LENGTH.toLocaleString('en-US')} characters), so it was not restored.`,
    };
  // A time that does not parse is shown as "an earlier visit", not as "Invalid Date".
  const when = typeof savedAt === 'string' && !Number.isNaN(Date.parse(savedAt)) ? savedAt : '';
  const draft: PolicyDraft = { name, document, savedAt: when };
  // A base of another type is not trusted: the draft is restored as one whose base is unknown.
  if (typeof base === 'string' || base === null) draft.base = base;
  return draft;
}

function originOf(slot: string, key: string, tab: string): DraftOrigin | undefined {
  if (key === slot) return 'earlier';
  if (!key.startsWith(`${slot}/`)) return undefined;
  const segment = key.slice(slot.length + 1);
  // A deeper key belongs to no slot of this shape (an encoded segment never holds '/').
  if (segment.includes('/') || segment === '') return undefined;
  if (segment.startsWith(ASIDE)) return 'set-aside';
  // A tab's draft, or one of its earlier loads' (moved aside: the tab's id, '~', a time).
  const [owner] = segment.split(MOVED);
  return owner === encodeURIComponent(tab) ? 'this-tab' : 'other-tab';
}

export interface SlotDrafts {
  /** Newest first, at most MAX_OFFERED_DRAFTS. */
  drafts: FoundDraft[];
  /** Drafts in the slot that could not be read, each with its key (to forget it) and why. */
  problems: { key: string; problem: string }[];
}

/** Every draft in a slot: this tab's, other tabs', put-aside ones, and the one of an earlier visit. */
export function readSlotDrafts(slot: string, tab: string): SlotDrafts {
  const drafts: FoundDraft[] = [];
  const problems: SlotDrafts['problems'] = [];
  for (const key of safeKeys()) {
    const origin = originOf(slot, key, tab);
    if (!origin) continue;
    const stored = readDraft(key);
    if (stored === undefined) continue;
    if (isDraftProblem(stored)) problems.push({ key, problem: stored.problem });
    else drafts.push({ ...stored, key, origin });
  }
  drafts.sort((a, b) => timeOf(b) - timeOf(a));
  return { drafts: drafts.slice(0, MAX_OFFERED_DRAFTS), problems };
}

function timeOf(draft: PolicyDraft): number {
  return draft.savedAt ? Date.parse(draft.savedAt) : 0;
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

/**
 * Collects drafts older than DRAFT_MAX_AGE_MS, then the oldest beyond MAX_STORED_DRAFTS. Drafts
 * that cannot be read are left for the editor of their policy to report (it says why, and the
 * user dismisses them); `keep` names keys not to collect (the drafts the editor is offering).
 * Returns how many were collected.
 */
export function collectOldDrafts(now = new Date(), keep: ReadonlySet<string> = new Set()): number {
  const dated: { key: string; time: number }[] = [];
  for (const key of safeKeys()) {
    if (keep.has(key)) continue;
    const stored = readDraft(key);
    if (stored === undefined || isDraftProblem(stored)) continue;
    // An unknown time counts as old: it cannot be told apart from one that is.
    dated.push({ key, time: timeOf(stored) });
  }
  dated.sort((a, b) => b.time - a.time);
  let collected = 0;
  dated.forEach(({ key, time }, index) => {
    if (now.getTime() - time > DRAFT_MAX_AGE_MS || index + keep.size >= MAX_STORED_DRAFTS) {
      clearDraft(key);
      collected++;
    }
  });
  return collected;
}
