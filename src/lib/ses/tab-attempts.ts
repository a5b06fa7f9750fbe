/**
 * Every send this console made in this tab, and SES's answer to it: real SES keeps no log a
 * console could read back, so on AWS (or any endpoint without the emulator's log) this is the
 * only record the Activity page can show. Kept in memory and in sessionStorage (so a reload or a
 * remount keeps it, another tab never sees it), newest last, at most MAX_TAB_ATTEMPTS.
 *
 * Only what identifies the attempt is kept: the caller's ARN, never its keys; the subject,
 * never the body. What comes back from sessionStorage is checked entry by entry (another
 * version of the console or a hostile script may have left anything there): an entry that is
 * not of this shape is dropped.
 */
import { z } from 'zod';

export const MAX_TAB_ATTEMPTS = 200;
export const TAB_ATTEMPTS_KEY = 'ses-console.tab-attempts';
/** The longest stored text; far above any real entry's, so a hostile one cannot fill memory. */
const MAX_STORED_LENGTH = 2_000_000;
/** The longest field kept: addresses and ARNs are far shorter; a subject is cut here. */
const MAX_FIELD = 2_000;
const MAX_DESTINATIONS = 50;

const text = z.string().max(MAX_FIELD);

const attemptSchema = z.object({
  id: z.string().max(100),
  /** ISO time; one that does not parse would show as "Invalid Date". */
  time: z
    .string()
    .max(40)
    .refine((value) => !Number.isNaN(Date.parse(value))),
  /** e.g. "SendEmail", "SendRawEmail", "SendEmail (raw content)". */
  action: z.string().max(100),
  api: z.enum(['v1', 'v2']),
  /** Where the request went: "Built-in emulator", or the endpoint's origin and path. */
  where: text,
  region: z.string().max(40),
  callerArn: text,
  from: text.optional(),
  subject: text.optional(),
  /** v1 SourceArn / v2 FromEmailAddressIdentityArn (a raw message's X-SES-SOURCE-ARN too). */
  sourceArn: text.optional(),
  /** v1 only: FromArn (or a raw message's X-SES-FROM-ARN). */
  fromArn: text.optional(),
  destinations: z.array(text).max(MAX_DESTINATIONS),
  configurationSet: text.optional(),
  outcome: z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), messageId: text.optional() }),
    z.object({ ok: z.literal(false), code: text, message: text }),
  ]),
});

export type TabAttempt = z.infer<typeof attemptSchema>;

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The stored entries that are of the expected shape, at most the last MAX_TAB_ATTEMPTS. */
export function parseStoredAttempts(raw: string | null | undefined): TabAttempt[] {
  if (!raw || raw.length > MAX_STORED_LENGTH) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const kept: TabAttempt[] = [];
  for (const entry of value.slice(-MAX_TAB_ATTEMPTS)) {
    const parsed = attemptSchema.safeParse(entry);
    if (parsed.success) kept.push(parsed.data);
  }
  return kept;
}

function readStored(): TabAttempt[] {
  try {
    return parseStoredAttempts(storage()?.getItem(TAB_ATTEMPTS_KEY));
  } catch {
    return [];
  }
}

let attempts: readonly TabAttempt[] | undefined;
const listeners = new Set<() => void>();

/** This tab's attempts, oldest first; the same array until one is added. */
export function tabAttempts(): readonly TabAttempt[] {
  return (attempts ??= readStored());
}

export function subscribeTabAttempts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let counter = 0;

/** Cuts what SES or the user supplied to the stored bounds, so that every entry stays readable. */
function bounded(attempt: Omit<TabAttempt, 'id'>): TabAttempt {
  const cut = (value: string | undefined) => (value === undefined ? undefined : value.slice(0, MAX_FIELD));
  const outcome: TabAttempt['outcome'] = attempt.outcome.ok
    ? { ok: true, messageId: cut(attempt.outcome.messageId) }
    : { ok: false, code: cut(attempt.outcome.code) ?? '', message: cut(attempt.outcome.message) ?? '' };
  return {
    ...attempt,
    id: `${Date.now().toString(36)}-${(counter++).toString(36)}`,
    where: cut(attempt.where) ?? '',
    callerArn: cut(attempt.callerArn) ?? '',
    from: cut(attempt.from),
    subject: cut(attempt.subject),
    sourceArn: cut(attempt.sourceArn),
    fromArn: cut(attempt.fromArn),
    configurationSet: cut(attempt.configurationSet),
    destinations: attempt.destinations.slice(0, MAX_DESTINATIONS).map((d) => d.slice(0, MAX_FIELD)),
    outcome,
  };
}

export function recordTabAttempt(attempt: Omit<TabAttempt, 'id'>): void {
  attempts = [...tabAttempts(), bounded(attempt)].slice(-MAX_TAB_ATTEMPTS);
  try {
    storage()?.setItem(TAB_ATTEMPTS_KEY, JSON.stringify(attempts));
  } catch {
    // Storage full or refused: the record stays in memory for as long as the page lives.
  }
  for (const listener of listeners) listener();
}

/** Forgets this tab's attempts, in memory and in sessionStorage. */
export function clearTabAttempts(): void {
  attempts = [];
  try {
    storage()?.removeItem(TAB_ATTEMPTS_KEY);
  } catch {
    // Nothing stored to clear.
  }
  for (const listener of listeners) listener();
}

/** For tests: forget the in-memory copy, as a new page load would, so the next read is from storage. */
export function reloadTabAttemptsForTest(): void {
  attempts = undefined;
}
