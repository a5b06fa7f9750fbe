/**
 * Unsaved form input (the simulator, Send email, Send raw email), one draft per form per tab in
 * sessionStorage, so that a reload, a visit to another page or a remount does not lose it, while
 * another tab never sees it. The forms hold addresses, ARNs, policies and messages, never
 * credentials. What comes back is checked like any other input (another version of the console,
 * a crash or a hostile script may have left anything there): an entry that is too long, not
 * JSON or not of the form's shape is removed and ignored.
 */
import type { z } from 'zod';

const PREFIX = 'ses-console.form-draft';
const VERSION = 1;

/**
 * The longest stored entry, in characters. Far above anything typed (a policy is at most 4,096
 * bytes, and several fit), small next to the browser's 5 MB per origin: a pasted raw message
 * with a large attachment is not kept (the form says so) rather than crowding out other drafts.
 */
export const MAX_FORM_DRAFT_LENGTH = 200_000;

export interface FormDraft<T> {
  values: T;
  /** ISO time of the last change, or '' when the stored time does not parse. */
  savedAt: string;
}

export type WriteOutcome = 'stored' | 'too-large' | 'unavailable';

/** The storage key of one form's draft; `form` is a fixed name chosen by the form, not user text. */
export function formDraftKey(form: string): string {
  return `${PREFIX}/${encodeURIComponent(form)}`;
}

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The draft stored for `form`, if there is a readable one; an unreadable one is removed. */
export function readFormDraft<T>(form: string, schema: z.ZodType<T>): FormDraft<T> | undefined {
  const key = formDraftKey(form);
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(key);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  const draft = raw.length > MAX_FORM_DRAFT_LENGTH ? undefined : parseDraft(raw, schema);
  if (!draft) clearFormDraft(form);
  return draft;
}

function parseDraft<T>(raw: string, schema: z.ZodType<T>): FormDraft<T> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const own = (name: string): unknown => (Object.hasOwn(value, name) ? Reflect.get(value, name) : undefined);
  if (own('version') !== VERSION) return undefined;
  const parsed = schema.safeParse(own('values'));
  if (!parsed.success) return undefined;
  const savedAt = own('savedAt');
  // A time that does not parse is shown as "an earlier visit", not as "Invalid Date".
  const when = typeof savedAt === 'string' && !Number.isNaN(Date.parse(savedAt)) ? savedAt : '';
  return { values: parsed.data, savedAt: when };
}

/** Stores `values` as the form's draft; an entry that would be too long is not stored. */
export function writeFormDraft(form: string, values: unknown, now = new Date()): WriteOutcome {
  const text = JSON.stringify({ version: VERSION, savedAt: now.toISOString(), values });
  if (text.length > MAX_FORM_DRAFT_LENGTH) return 'too-large';
  const store = storage();
  if (!store) return 'unavailable';
  try {
    store.setItem(formDraftKey(form), text);
    return 'stored';
  } catch {
    // Storage full or refused (private mode): the input stays in the page, and the form says so.
    return 'unavailable';
  }
}

export function clearFormDraft(form: string): void {
  try {
    storage()?.removeItem(formDraftKey(form));
  } catch {
    // Nothing to clear.
  }
}
