/**
 * The ordered dimensions: numbers and dates. Every Numeric or Date operator compares the request's
 * value with one literal (=, <, <=, >, >=), so the literals cut the line into points and the open
 * intervals between them, and one value from each piece decides every clause the way any other
 * value of that piece would. Numbers range over all JavaScript numbers (midpoints exist between
 * any two that are not adjacent floats); dates over whole milliseconds, and over whole seconds
 * for aws:EpochTime, whose request value is a number of seconds.
 */
import { parseDate } from '../condition-values';

/** A number as request text: `1e999` stands for Infinity, which parseNumber reads back. */
function numberText(n: number): string {
  if (n === Infinity) return '1e999';
  if (n === -Infinity) return '-1e999';
  return String(n);
}

function below(n: number): number | undefined {
  for (const c of [n - 1, n * 2, -Number.MAX_VALUE, -Infinity]) if (c < n) return c;
  return undefined;
}

function above(n: number): number | undefined {
  for (const c of [n + 1, n * 2, Number.MAX_VALUE, Infinity]) if (c > n) return c;
  return undefined;
}

/** One number from every point and interval the literals make (as request values). */
export function numberCandidates(literals: number[]): (number | string)[] {
  const sorted = [...new Set(literals.filter((n) => !Number.isNaN(n)))].sort((a, b) => a - b);
  const out: number[] = [...sorted];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    // Prefer an integer; fall back to the midpoint (a/2 + b/2 cannot overflow).
    const candidates = [Math.floor(a) + 1, a / 2 + b / 2];
    const inside = candidates.find((m) => m > a && m < b);
    if (inside !== undefined) out.push(inside);
  }
  const lo = sorted.length ? below(sorted[0]!) : 0;
  const hi = sorted.length ? above(sorted[sorted.length - 1]!) : undefined;
  if (lo !== undefined) out.push(lo);
  if (hi !== undefined) out.push(hi);
  return out.map((n) => (Number.isFinite(n) ? n : numberText(n)));
}

const MAX_DATE_MS = 8.64e15;

/** A date as request text: ISO 8601 (whole seconds without `.000`), else epoch seconds. */
function dateText(ms: number): string | undefined {
  if (Math.abs(ms) <= MAX_DATE_MS) {
    const iso = new Date(ms).toISOString().replace('.000Z', 'Z');
    if (parseDate(iso) === ms) return iso;
  }
  if (ms >= 0 && ms % 1000 === 0) {
    const epoch = String(ms / 1000);
    if (parseDate(epoch) === ms) return epoch;
  }
  return undefined;
}

/**
 * One date from every point and interval the literals (milliseconds) make. Neighbours one
 * second away come first, so witnesses read "one second later"; one millisecond away covers a
 * gap narrower than a second. `epochSeconds` gives numbers of seconds (aws:EpochTime).
 */
export function dateCandidates(literals: number[], epochSeconds: boolean): (string | number)[] {
  const unit = epochSeconds ? 1000 : 1;
  const ms = new Set<number>();
  const sorted = [...new Set(literals.filter(Number.isFinite))].sort((a, b) => a - b);
  for (const t of sorted) {
    const f = Math.floor(t / unit) * unit;
    const c = Math.ceil(t / unit) * unit;
    for (const m of [t, t + 1000, t - 1000, f, c, f - unit, c + unit, t + 1, t - 1]) ms.add(m);
  }
  if (!sorted.length) ms.add(Date.UTC(2026, 0, 1));
  const out: (string | number)[] = [];
  for (const m of ms) {
    if (m % unit !== 0) continue;
    if (epochSeconds) {
      if (m >= 0 && parseDate(String(m / 1000)) === m) out.push(m / 1000);
      continue;
    }
    const text = dateText(m);
    if (text !== undefined) out.push(text);
  }
  return out;
}
