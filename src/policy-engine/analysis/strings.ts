/**
 * The string dimension: every policy value compared with a string key (StringEquals, ...IgnoreCase,
 * StringLike, Arn*, Bool, BinaryEquals) is a regular language over UTF-16 code units, run here as
 * a small NFA. A breadth-first walk of the product of all of a key's NFAs visits every reachable
 * combination of "which values match", so the shortest word reaching each combination is one
 * member of every non-empty cell of the partition those values make. The walk runs over an
 * abstract alphabet: the characters the policies write (and, for IgnoreCase, every character whose
 * lower case is one of them) plus one stand-in for all others, which all behave alike.
 */

const LIT = 0;
const ONE = 1;
const STAR = 2;

interface Item {
  kind: typeof LIT | typeof ONE | typeof STAR;
  /** The code unit of a literal (lower-cased when the pattern ignores case). */
  code: number;
  /** Arn segments 1–5: a wildcard stops at `:`. */
  noColon: boolean;
}

export interface StringPattern {
  items: Item[];
  /** Literals compare with the lower case of the request's character (IgnoreCase, Bool). */
  fold: boolean;
}

export type Token = { literal: string } | { wildcard: '*' | '?' };

const COLON = 58;

function literalItems(text: string, noColon = false): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < text.length; i++) out.push({ kind: LIT, code: text.charCodeAt(i), noColon });
  return out;
}

/** StringEquals: the text itself. */
export function exactPattern(text: string): StringPattern {
  return { items: literalItems(text), fold: false };
}

/** StringEqualsIgnoreCase and Bool: `v.toLowerCase() === text.toLowerCase()`. */
export function foldPattern(text: string): StringPattern {
  return { items: literalItems(text.toLowerCase()), fold: true };
}

/** StringLike: `*` and `?` as wildcards over code units (glob.ts). */
export function globPattern(tokens: Token[]): StringPattern {
  const items: Item[] = [];
  for (const t of tokens) {
    if ('wildcard' in t) items.push({ kind: t.wildcard === '*' ? STAR : ONE, code: 0, noColon: false });
    else items.push(...literalItems(t.literal));
  }
  return { items, fold: false };
}

export function globTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '*' || c === '?') {
      if (i > start) tokens.push({ literal: text.slice(start, i) });
      tokens.push({ wildcard: c });
      start = i + 1;
    }
  }
  if (start < text.length) tokens.push({ literal: text.slice(start) });
  return tokens;
}

/**
 * ArnLike/ArnEquals (arn.ts): `*` alone matches everything; otherwise six `:`-separated segments,
 * each a glob, wildcards of the first five unable to cross a `:`. Fewer segments match nothing.
 */
export function arnPattern(text: string): StringPattern | undefined {
  if (text === '*') return { items: [{ kind: STAR, code: 0, noColon: false }], fold: false };
  const parts = text.split(':');
  if (parts.length < 6) return undefined;
  const segments = [...parts.slice(0, 5), parts.slice(5).join(':')];
  const items: Item[] = [];
  segments.forEach((segment, i) => {
    if (i > 0) items.push({ kind: LIT, code: COLON, noColon: false });
    for (const t of globTokens(segment)) {
      if ('wildcard' in t) items.push({ kind: t.wildcard === '*' ? STAR : ONE, code: 0, noColon: i < 5 });
      else items.push(...literalItems(t.literal, i < 5));
    }
  });
  return { items, fold: false };
}

/**
 * Why the character-by-character model would be wrong for these IgnoreCase values, if it would:
 * JavaScript lower-cases Σ by context (final sigma), İ to two code units, and surrogate pairs as
 * pairs. Undefined when the model is exact.
 */
export function foldProblem(patterns: StringPattern[]): string | undefined {
  const folded = patterns.filter((p) => p.fold);
  if (!folded.length) return undefined;
  for (const p of patterns) {
    for (const it of p.items) {
      if (it.kind !== LIT) continue;
      if (it.code >= 0xd800 && it.code < 0xe000)
        return 'a value outside the Basic Multilingual Plane is compared ignoring case';
      if (p.fold && (it.code === 0x3c3 || it.code === 0x3c2 || it.code === 0x307))
        return 'a value with σ, ς or U+0307 is compared ignoring case (JavaScript lower-cases these by context)';
    }
  }
  return undefined;
}

let lowerTable: Int32Array | undefined;
/** The single code unit each BMP code unit lower-cases to, or -1 (İ becomes two). */
function lowerOf(code: number): number {
  if (!lowerTable) {
    lowerTable = new Int32Array(0x10000);
    for (let u = 0; u < 0x10000; u++) {
      const l = u >= 0xd800 && u < 0xe000 ? String.fromCharCode(u) : String.fromCharCode(u).toLowerCase();
      lowerTable[u] = l.length === 1 ? l.charCodeAt(0) : -1;
    }
  }
  return lowerTable[code] ?? -1;
}

const READABLE = 'xyzqjkwvbcdefghilmnoprstua0123456789';

/** Readable first, then by code: the order in which the walk tries characters. */
function readability(code: number): number {
  const i = READABLE.indexOf(String.fromCharCode(code));
  if (i >= 0) return i;
  if (code > 32 && code < 127) return 100 + code;
  return 1000 + code;
}

/** Stable insertion sort by readability (the lists are a few code units; Array#sort allocates). */
function sortByReadability(codes: number[]): void {
  for (let i = 1; i < codes.length; i++) {
    const code = codes[i]!;
    const r = readability(code);
    let j = i - 1;
    while (j >= 0 && readability(codes[j]!) > r) {
      codes[j + 1] = codes[j]!;
      j--;
    }
    codes[j + 1] = code;
  }
}

/** The word of a suffix search's queue entry: the code units on the path back to the start. */
function wordAt(entry: number, parents: number[], via: number[]): string {
  const path: number[] = [];
  for (let e = entry; parents[e]! >= 0; e = parents[e]!) path.push(via[e]!);
  return fromCodes(path.reverse());
}

/**
 * The abstract alphabet: one representative code unit per class of characters that every
 * pattern treats alike (same literal matches, same case-folded matches, colon or not).
 */
function alphabet(patterns: StringPattern[]): number[] {
  const exact = new Set<number>();
  const folded = new Set<number>();
  for (const p of patterns) {
    for (const it of p.items) if (it.kind === LIT) (p.fold ? folded : exact).add(it.code);
  }
  const candidates = new Set<number>(exact);
  candidates.add(COLON);
  if (folded.size) {
    for (let u = 0; u < 0x10000; u++) if (folded.has(lowerOf(u))) candidates.add(u);
  }
  // The stand-in for every other character: a readable one outside the set.
  let other = -1;
  for (const ch of READABLE) {
    const code = ch.charCodeAt(0);
    if (!candidates.has(code)) {
      other = code;
      break;
    }
  }
  for (let u = 33; other < 0 && u < 0xd800; u++) if (!candidates.has(u)) other = u;
  if (other >= 0) candidates.add(other);
  const bySignature = new Map<string, number>();
  for (const code of [...candidates].sort((a, b) => readability(a) - readability(b))) {
    const lower = lowerOf(code);
    const signature = `${exact.has(code) ? code : '-'}|${folded.has(lower) ? lower : '-'}|${code === COLON}`;
    if (!bySignature.has(signature)) bySignature.set(signature, code);
  }
  return [...bySignature.values()];
}

/**
 * The positions with every position after a `*` added, ascending and without repeats. `step`
 * hands them over ascending (each position moves by 0 or 1), so one pass does it: a `*` adds
 * the next position, and a position not past the last one added is already in.
 */
function closure(items: Item[], positions: number[]): number[] {
  let sorted = positions;
  for (let i = 1; i < positions.length; i++) {
    if (positions[i]! < positions[i - 1]!) {
      sorted = [...positions].sort((a, b) => a - b);
      break;
    }
  }
  const out: number[] = [];
  let last = -1;
  for (let i = 0; i < sorted.length; i++) {
    let p = sorted[i]!;
    if (p <= last) continue;
    out.push(p);
    while (items[p]?.kind === STAR) out.push(++p);
    last = p;
  }
  return out;
}

function step(pattern: StringPattern, state: number[], code: number, lower: number): number[] {
  const next: number[] = [];
  const { items } = pattern;
  for (const p of state) {
    const it = items[p];
    if (!it) continue;
    if (it.kind === LIT) {
      if ((pattern.fold ? lower : code) === it.code) next.push(p + 1);
    } else if (!(it.noColon && code === COLON)) {
      next.push(it.kind === STAR ? p : p + 1);
    }
  }
  return next.length ? closure(items, next) : next;
}

export interface StringCells {
  /** One word per reachable combination of matches, shortest first. */
  words: string[];
  /** Set when the walk stopped at its bound: the words may then miss a cell. */
  truncated: boolean;
}

/** Bound on product states: beyond it the key is reported 'unknown' rather than walked for long. */
export const MAX_PRODUCT_STATES = 20_000;

/**
 * One pattern's NFA determinised on demand, over code units: each set of positions gets a
 * number, and each (number, code unit) transition is computed once. State 0 is the dead state.
 * A state also knows which code units it tells apart (the literals it expects, the colon where
 * a wildcard may not cross one): every other code unit leads to one and the same state.
 * Shared by every walk that meets the same pattern (the same patterns recur across identities).
 */
class LazyDfa {
  private readonly ids = new Map<string, number>([['', 0]]);
  private readonly sets: number[][] = [[]];
  /** Transitions of the code units a state tells apart, keyed by state × 2^16 + code unit. */
  private readonly next = new Map<number, number>();
  /** Per state: the successor of every code unit the state does not tell apart (-1: not yet). */
  private readonly others: number[] = [0];
  /** Per state, the literals it expects (few: arrays are lighter than sets to keep). */
  private readonly literals: number[][] = [[]];
  private readonly colon: boolean[] = [false];
  readonly accepting: boolean[] = [false];
  readonly start: number;

  constructor(private readonly pattern: StringPattern) {
    this.start = this.intern(closure(pattern.items, [0]));
  }

  private intern(set: number[]): number {
    const key = set.join(',');
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.sets.length;
      this.ids.set(key, id);
      this.sets.push(set);
      this.others.push(-1);
      const { items } = this.pattern;
      const literals: number[] = [];
      let colon = false;
      for (const p of set) {
        const it = items[p];
        if (!it) continue;
        if (it.kind === LIT) {
          if (!literals.includes(it.code)) literals.push(it.code);
        } else if (it.noColon) colon = true;
      }
      this.literals.push(literals);
      this.colon.push(colon);
      this.accepting.push(set.includes(items.length));
    }
    return id;
  }

  /** Whether `code` may lead elsewhere than the state's other code units do. */
  distinguishes(state: number, code: number, lower: number): boolean {
    return (
      this.literals[state]!.includes(this.pattern.fold ? lower : code) ||
      (code === COLON && this.colon[state]!)
    );
  }

  private readonly suffixes = new Map<number, string | null | undefined>();

  /**
   * The shortest code units that lead from `state` to a state that accepts (or, with `accept`
   * false, to one that does not), null when none does, undefined when this cannot tell (a
   * folded literal that is not its own lower case, or too many states): then walk instead.
   */
  suffix(state: number, accept: boolean): string | null | undefined {
    const id = state * 2 + (accept ? 1 : 0);
    if (this.suffixes.has(id)) return this.suffixes.get(id);
    const found = this.searchSuffix(state, accept);
    this.suffixes.set(id, found);
    return found;
  }

  private searchSuffix(start: number, accept: boolean): string | null | undefined {
    const seen = new Set([start]);
    // The queue as parallel arrays, a word as the path back to the start (built only when found).
    const states = [start];
    const parents = [-1];
    const via = [0];
    const codes: number[] = [];
    for (let head = 0; head < states.length; head++) {
      const state = states[head]!;
      if (this.accepting[state] === accept) return wordAt(head, parents, via);
      if (state === 0) continue;
      // One code unit per way the state can go: its literals, the colon, and one other.
      codes.length = 0;
      for (const code of this.literals[state]!) {
        if (this.pattern.fold && lowerOf(code) !== code) return undefined;
        codes.push(code);
      }
      if (this.colon[state]) codes.push(COLON);
      let other = -1;
      for (let i = 0; i < READABLE.length && other < 0; i++) {
        const code = READABLE.charCodeAt(i);
        if (!this.distinguishes(state, code, lowerOf(code))) other = code;
      }
      for (let u = 33; other < 0 && u < 0xd800; u++) if (!this.distinguishes(state, u, lowerOf(u))) other = u;
      if (other >= 0) codes.push(other);
      sortByReadability(codes);
      for (const code of codes) {
        const next = this.step(state, code, lowerOf(code));
        if (seen.has(next)) continue;
        if (seen.size >= MAX_SUFFIX_STATES) return undefined;
        seen.add(next);
        states.push(next);
        parents.push(head);
        via.push(code);
      }
    }
    return null;
  }

  step(state: number, code: number, lower: number): number {
    if (state === 0) return 0;
    const generic = !this.distinguishes(state, code, lower);
    if (generic) {
      const hit = this.others[state]!;
      if (hit >= 0) return hit;
    } else {
      const hit = this.next.get(state * 0x10000 + code);
      if (hit !== undefined) return hit;
    }
    const id = this.intern(step(this.pattern, this.sets[state]!, code, lower));
    if (generic) this.others[state] = id;
    else this.next.set(state * 0x10000 + code, id);
    return id;
  }
}

/** The pattern as text, two code units per item (kind and colon rule, then the code unit). */
function patternKey(p: StringPattern): string {
  const units: number[] = [p.fold ? 102 : 101];
  for (const it of p.items) units.push(it.kind * 2 + (it.noColon ? 1 : 0), it.code);
  return fromCodes(units);
}

/** String.fromCharCode over a list of any length (spreading a long one would overflow the stack). */
function fromCodes(units: number[]): string {
  const CHUNK = 4096;
  if (units.length <= CHUNK) return String.fromCharCode(...units);
  let out = '';
  for (let i = 0; i < units.length; i += CHUNK) out += String.fromCharCode(...units.slice(i, i + CHUNK));
  return out;
}

/** Bound on one automaton's states a suffix search visits before it gives up (then the walk goes on). */
const MAX_SUFFIX_STATES = 2_000;

/**
 * Bound on the shared automata, least recently used out first: entries that survive long are
 * costly to the garbage collector, and patterns that recur are few.
 */
const MAX_DFAS = 128;
const dfas = new Map<string, LazyDfa>();

function dfaOf(p: StringPattern): LazyDfa {
  const key = patternKey(p);
  let dfa = dfas.get(key);
  if (dfa) dfas.delete(key);
  else {
    if (dfas.size >= MAX_DFAS) dfas.delete(dfas.keys().next().value as string);
    dfa = new LazyDfa(p);
  }
  dfas.set(key, dfa);
  return dfa;
}

/** Forgets the shared automata (tests: a cache must never change an answer). */
export function clearStringCaches(): void {
  dfas.clear();
  groupCellsCache.clear();
}

/**
 * One shortest member of every non-empty cell of the partition the patterns make. A product
 * state lists only the patterns still alive (most die after a few characters), so a key with
 * many patterns with different literal prefixes costs about the sum of their lengths. Of the
 * symbols no live pattern tells apart only the first is followed: the others reach the same
 * product state, which the walk would find already seen.
 */
export function stringCells(patterns: StringPattern[], maxStates = MAX_PRODUCT_STATES): StringCells {
  const groups = byFirstLiteral(patterns);
  if (groups) {
    // A word starting with c can match only the patterns that start with c: the cells are the
    // empty word's and each group's own (a group recurs across identities: its walk is shared).
    const words = new Set(['']);
    let truncated = false;
    for (const group of groups) {
      const cells = groupCells(group, maxStates);
      for (const w of cells.words) words.add(w);
      truncated ||= cells.truncated;
    }
    return { words: [...words].sort((a, b) => a.length - b.length), truncated };
  }
  return walkCells(patterns, maxStates);
}

/**
 * The patterns grouped by their first character, when they all start with a literal compared
 * exactly (folding lets one character reach two groups) and there is more than one group.
 */
function byFirstLiteral(patterns: StringPattern[]): StringPattern[][] | undefined {
  const groups = new Map<number, StringPattern[]>();
  for (const p of patterns) {
    const first = p.items[0];
    if (p.fold || !first || first.kind !== LIT) return undefined;
    const group = groups.get(first.code);
    if (group) group.push(p);
    else groups.set(first.code, [p]);
  }
  return groups.size > 1 ? [...groups.values()] : undefined;
}

/** Bound on the shared walks of groups, least recently used out first. */
const MAX_GROUP_CELLS = 128;
const groupCellsCache = new Map<string, StringCells>();

function groupCells(group: StringPattern[], maxStates: number): StringCells {
  const key = `${maxStates}|${group.map(patternKey).join('|')}`;
  let cells = groupCellsCache.get(key);
  if (cells) groupCellsCache.delete(key);
  else {
    if (groupCellsCache.size >= MAX_GROUP_CELLS)
      groupCellsCache.delete(groupCellsCache.keys().next().value as string);
    cells = walkCells(group, maxStates);
  }
  groupCellsCache.set(key, cells);
  return cells;
}

/** The breadth-first walk of the product of the patterns' automata. */
function walkCells(patterns: StringPattern[], maxStates: number): StringCells {
  const symbols = alphabet(patterns);
  const lowers = symbols.map(lowerOf);
  const automata = patterns.map(dfaOf);
  // A state: pairs (pattern index, its DFA state) for the live patterns, in pattern order.
  const start: number[] = [];
  automata.forEach((d, i) => {
    if (d.start !== 0) start.push(i, d.start);
  });
  const vectorOf = (state: number[]) => {
    const on: number[] = [];
    for (let k = 0; k < state.length; k += 2)
      if (automata[state[k]!]!.accepting[state[k + 1]!]) on.push(state[k]!);
    return on.join(',');
  };
  const seen = new Set<string>([start.join(',')]);
  // Per combination, the shortest word found (the first of equals).
  const best = new Map<string, string>();
  const offer = (vector: string, word: string) => {
    const had = best.get(vector);
    if (had === undefined || word.length < had.length) best.set(vector, word);
  };
  const queue: { state: number[]; word: string }[] = [{ state: start, word: '' }];
  let truncated = false;
  for (let head = 0; head < queue.length && !truncated; head++) {
    const { state, word } = queue[head]!;
    offer(vectorOf(state), word);
    // Once every pattern is dead, nothing further changes: no need to extend.
    if (state.length === 0) continue;
    if (state.length === 2) {
      // One pattern left: the only other combination is its opposite, one suffix away
      // (computed once per automaton state, and shared).
      const [i, s] = state as [number, number];
      const accepting = automata[i]!.accepting[s]!;
      const suffix = automata[i]!.suffix(s, !accepting);
      if (suffix !== undefined) {
        if (suffix !== null) offer(accepting ? '' : String(i), word + suffix);
        continue;
      }
    }
    let genericDone = false;
    for (let i = 0; i < symbols.length; i++) {
      const code = symbols[i]!;
      const lower = lowers[i]!;
      let distinct = false;
      for (let k = 0; k < state.length && !distinct; k += 2)
        distinct = automata[state[k]!]!.distinguishes(state[k + 1]!, code, lower);
      if (!distinct) {
        if (genericDone) continue;
        genericDone = true;
      }
      const next: number[] = [];
      for (let k = 0; k < state.length; k += 2) {
        const s = automata[state[k]!]!.step(state[k + 1]!, code, lower);
        if (s !== 0) next.push(state[k]!, s);
      }
      const key = next.join(',');
      if (seen.has(key)) continue;
      if (seen.size >= maxStates) {
        truncated = true;
        break;
      }
      seen.add(key);
      queue.push({ state: next, word: word + String.fromCharCode(code) });
    }
  }
  const words = [...best.values()].sort((a, b) => a.length - b.length);
  return { words, truncated };
}

/** Readable members to try before the walk's words: wildcards as `x` and as nothing. */
export function readableMembers(pattern: StringPattern): string[] {
  const render = (star: string) =>
    pattern.items
      .map((it) => (it.kind === LIT ? String.fromCharCode(it.code) : it.kind === ONE ? 'x' : star))
      .join('');
  const a = render('x');
  const b = render('');
  return a === b ? [a] : [a, b];
}
