/**
 * One condition key as a finite dimension: a list of atoms (a request value, or the key left out),
 * each with what it makes of every statement that tests the key (false, true, or "depends on
 * another key" for a policy variable). Candidate values come from the key's domain: strings from
 * the automata (strings.ts), numbers and dates from the literals' intervals (ordered.ts), IP
 * addresses from the prefixes (ip.ts), booleans from their two values. What each candidate makes
 * of a statement is decided by the engine's own compiled conditions, never re-implemented here;
 * candidates with the same effect on every statement are one atom.
 */
import { lookupConditionKey } from '../catalog';
import type { CompiledCondition, ContextMap } from '../conditions';
import { parseDate, parseNumber } from '../condition-values';
import { substitute } from '../variables';
import type { ContextValue } from '../types';
import { dateCandidates, numberCandidates } from './ordered';
import { ipCandidates } from './ip';
import type { Caller } from '../principal';
import { derivedValue, DERIVED_KEYS } from './principals';
import {
  arnPattern,
  exactPattern,
  foldPattern,
  foldProblem,
  globPattern,
  globTokens,
  readableMembers,
  stringCells,
  type StringPattern,
} from './strings';

export const FALSE = 0;
export const TRUE = 1;
export const DEPENDS = 2;

export interface Atom {
  /** The request value; undefined: the key is left out of the request. */
  value: ContextValue | undefined;
  /** Per statement of the dimension (same order): FALSE, TRUE or DEPENDS. */
  parts: Uint8Array;
}

/** The clauses one statement puts on this key. */
export interface KeyUse {
  statement: number;
  conditions: CompiledCondition[];
  /** Policy variables are substituted (Version 2012-10-17). */
  variables: boolean;
  /** Its part of a key's signature, once asked (atoms.ts). */
  signature?: string;
}

/**
 * A key as the space knows it: its uses, and nothing computed yet. Its atoms are built per set
 * of statements that can still apply (live.ts), which is all a search needs: a caller and an
 * action leave few statements, and their values make far fewer cells than all statements'.
 */
export interface KeyDimension {
  keyLower: string;
  /** The name to write in a request context. */
  key: string;
  /** As first written, for keys the catalog does not know. */
  written: string;
  statements: number[];
  uses: KeyUse[];
}

/** Bound on distinct values of a multi-valued key: its atoms are the subsets of them. */
export const MAX_SET_CLASSES = 10;

class OneKey implements ContextMap {
  constructor(
    private readonly keyLower: string,
    private readonly value: string[] | undefined,
  ) {}
  get(keyLower: string): string[] | undefined {
    return keyLower === this.keyLower ? this.value : undefined;
  }
  has(keyLower: string): boolean {
    return this.get(keyLower) !== undefined;
  }
}

const VARIABLE = /\$\{([^}]*)\}/g;

/** A value whose meaning depends on the request (a variable other than the escapes). */
function isDynamic(value: string, variables: boolean): boolean {
  if (!variables) return false;
  for (const m of value.matchAll(VARIABLE)) {
    const inner = (m[1] ?? '').trim();
    if (inner !== '*' && inner !== '?' && inner !== '$') return true;
  }
  return false;
}

const dynamicCache = new WeakMap<CompiledCondition, boolean>();

export function dynamicClause(c: CompiledCondition, variables: boolean): boolean {
  if (!variables) return false;
  // Most clauses name no variable at all: answered without the WeakMap (a WeakMap entry per
  // clause of every analysed policy costs the garbage collector more than this scan).
  if (!c.clause.values.some((v) => typeof v.value === 'string' && v.value.includes('${'))) return false;
  let hit = dynamicCache.get(c);
  if (hit === undefined) {
    // Cached: every candidate value of every key asks again.
    hit = c.clause.family !== 'Null' && c.clause.values.some((v) => isDynamic(String(v.value), variables));
    dynamicCache.set(c, hit);
  }
  return hit;
}

/** A value's patterns as the engine reads it (escapes `${*}`, `${?}`, `${$}` resolved). */
function stringPatterns(c: CompiledCondition, variables: boolean): StringPattern[] {
  const out: StringPattern[] = [];
  const { operator, family } = c.clause;
  for (const v of c.clause.values) {
    const raw = String(v.value);
    const sub = variables && raw.includes('${') ? substitute(raw, () => undefined, true) : undefined;
    const text = sub ? substitute(raw, () => undefined, false).text : raw;
    if (family === 'Arn') {
      const p = arnPattern(text);
      if (p) out.push(p);
    } else if (family === 'Bool' || operator.includes('IgnoreCase')) out.push(foldPattern(text));
    else if (operator === 'StringLike' || operator === 'StringNotLike')
      out.push(globPattern(sub ? sub.tokens : globTokens(raw)));
    else out.push(exactPattern(text));
  }
  return out;
}

const STRINGY = new Set(['String', 'Arn', 'Bool', 'Binary']);

function defaultValue(keyLower: string, type: string | undefined): ContextValue {
  if (keyLower === 'aws:epochtime') return 1767225600;
  switch (type) {
    case 'Bool':
      return true;
    case 'Numeric':
      return 0;
    case 'Date':
      return '2026-01-01T00:00:00Z';
    case 'IpAddress':
      return '192.0.2.1';
    default:
      return keyLower.includes('address') || keyLower === 'ses:recipients'
        ? 'someone@example.net'
        : 'example';
  }
}

/** Candidate single values for the key: at least one per cell of its partition, readable first. */
function singleCandidates(keyLower: string, uses: KeyUse[], unknown: string[]): ContextValue[] {
  const info = lookupConditionKey(keyLower);
  const type = info?.type;
  const clauses = uses.flatMap((u) =>
    u.conditions
      .filter((c) => c.clause.family !== 'Null' && !dynamicClause(c, u.variables))
      .map((c) => ({ c, u })),
  );
  const families = new Set(
    clauses.map(({ c }) => (STRINGY.has(c.clause.family) ? 'String' : c.clause.family)),
  );
  if (families.size > 1) {
    unknown.push(`${keyLower} is compared as more than one type (${[...families].join(', ')})`);
  }
  const out: ContextValue[] = [defaultValue(keyLower, type)];
  if (type === 'Bool') return [true, false];
  const values = (family: string) =>
    clauses
      .filter(({ c }) => c.clause.family === family)
      .flatMap(({ c }) => c.clause.values.map((v) => String(v.value)));
  if (families.has('String')) {
    const patterns = clauses
      .filter(({ c }) => STRINGY.has(c.clause.family))
      .flatMap(({ c, u }) => stringPatterns(c, u.variables));
    const problem = foldProblem(patterns);
    if (problem) unknown.push(`${keyLower}: ${problem}`);
    for (const p of patterns) out.push(...readableMembers(p));
    const cells = stringCells(patterns);
    if (cells.truncated) unknown.push(`${keyLower}: its values make too many combinations to walk`);
    out.push(...cells.words);
  }
  if (families.has('Numeric')) {
    const literals = values('Numeric')
      .map(parseNumber)
      .filter((n): n is number => n !== undefined);
    out.push(...numberCandidates(literals));
    if (type !== 'Numeric' && type !== 'Date') out.push('not-a-number');
  }
  if (families.has('Date')) {
    const literals = values('Date')
      .map(parseDate)
      .filter((n): n is number => n !== undefined);
    out.push(...dateCandidates(literals, keyLower === 'aws:epochtime'));
    if (type !== 'Date') out.push('not-a-date');
  }
  if (families.has('IpAddress')) {
    out.push(...ipCandidates(values('IpAddress')));
    if (type !== 'IpAddress') out.push('not-an-ip');
  }
  return out;
}

function asStrings(value: ContextValue | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : [String(value)];
}

/** What a value makes of each statement using the key. */
function partsOf(keyLower: string, uses: KeyUse[], value: ContextValue | undefined): Uint8Array {
  const ctx = new OneKey(keyLower, asStrings(value));
  const parts = new Uint8Array(uses.length);
  uses.forEach((u, i) => {
    let part = TRUE;
    for (const c of u.conditions) {
      if (dynamicClause(c, u.variables)) part = DEPENDS;
      else if (!c.test(ctx)) {
        part = FALSE;
        break;
      }
    }
    parts[i] = part;
  });
  return parts;
}

function dedupe(keyLower: string, uses: KeyUse[], values: (ContextValue | undefined)[]): Atom[] {
  const seen = new Set<string>();
  const atoms: Atom[] = [];
  for (const value of values) {
    const parts = partsOf(keyLower, uses, value);
    const sig = parts.join('');
    if (seen.has(sig)) continue;
    seen.add(sig);
    atoms.push({ value, parts });
  }
  return atoms;
}

/** All non-empty subsets of the classes, smallest first (singletons read best). */
function subsets<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) out.push(items.filter((_, i) => mask & (1 << i)));
  return out.sort((a, b) => a.length - b.length);
}

interface KeyAtoms {
  atoms: Atom[];
  multiValued: boolean;
  /** The name to write in a request context. */
  key: string;
  unknown: string[];
}

/**
 * Everything a compiled condition's test depends on, as text: the operator as written (its
 * operator, family, negation, IfExists and set operator are read from it alone, operators.ts),
 * the key as written (its lower case follows) and the values with their JSON types.
 */
export function conditionKey(c: CompiledCondition): string {
  const { operatorText, key, values } = c.clause;
  const parts: (string | number | boolean)[] = [operatorText, key];
  for (const v of values) parts.push(typeof v.value, v.value);
  return JSON.stringify(parts);
}

/**
 * The key's atoms depend only on the key and the clauses of each use, in order (and the policy
 * version of each), never on which statements the uses are or on the identity: so they are
 * shared between analyses, keyed by that text. Bounded, least recently used out first (entries
 * that survive long are costly to the garbage collector; the uses that recur are few).
 */
const MAX_KEY_ATOMS = 256;
const keyAtomsCache = new Map<string, KeyAtoms>();

/** Forgets the shared atoms (tests: a cache must never change an answer). */
export function clearKeyCaches(): void {
  keyAtomsCache.clear();
}

/**
 * A number per distinct condition text, so that a key's signature is short. Numbers are never
 * reused: when the table is full it starts afresh, and a text seen again gets a new number
 * (a cache miss, never a wrong hit). Small: a large table outliving many analyses costs the
 * garbage collector more than the misses cost.
 */
const MAX_CONDITION_IDS = 4096;
const conditionIds = new Map<string, number>();
let nextConditionId = 0;

function conditionId(c: CompiledCondition): number {
  const key = conditionKey(c);
  let id = conditionIds.get(key);
  if (id === undefined) {
    if (conditionIds.size >= MAX_CONDITION_IDS) conditionIds.clear();
    id = nextConditionId++;
    conditionIds.set(key, id);
  }
  return id;
}

/** A use's part of a key's signature (once per use: a space asks for many sets of its uses). */
function signatureOf(u: KeyUse): string {
  u.signature ??= `${u.variables ? 'v' : 'n'}${u.conditions.map(conditionId).join('.')},`;
  return u.signature;
}

function keyAtoms(keyLower: string, keyAsWritten: string, uses: KeyUse[]): KeyAtoms {
  let signature = JSON.stringify([keyLower, keyAsWritten]);
  for (const u of uses) signature += signatureOf(u);
  const hit = keyAtomsCache.get(signature);
  if (hit) {
    keyAtomsCache.delete(signature);
    keyAtomsCache.set(signature, hit);
    return hit;
  }
  const built = withoutRepeats(keyLower, keyAsWritten, uses);
  if (keyAtomsCache.size >= MAX_KEY_ATOMS) keyAtomsCache.delete(keyAtomsCache.keys().next().value as string);
  keyAtomsCache.set(signature, built);
  return built;
}

/**
 * Uses with the same clauses make the same parts (an edit leaves most statements as they were,
 * so both sides repeat them): the atoms are built over one use of each, then spread back.
 */
function withoutRepeats(keyLower: string, keyAsWritten: string, uses: KeyUse[]): KeyAtoms {
  const distinct: KeyUse[] = [];
  const column: number[] = [];
  const bySignature = new Map<string, number>();
  for (const u of uses) {
    const sig = signatureOf(u);
    let k = bySignature.get(sig);
    if (k === undefined) {
      k = distinct.length;
      distinct.push(u);
      bySignature.set(sig, k);
    }
    column.push(k);
  }
  const built = buildKeyAtoms(keyLower, keyAsWritten, distinct);
  if (distinct.length === uses.length) return built;
  const atoms = built.atoms.map((a) => ({
    value: a.value,
    parts: Uint8Array.from(column, (k) => a.parts[k]!),
  }));
  return { ...built, atoms };
}

function buildKeyAtoms(keyLower: string, keyAsWritten: string, uses: KeyUse[]): KeyAtoms {
  const unknown: string[] = [];
  const info = lookupConditionKey(keyLower);
  const multiValued = info
    ? info.multiValued
    : uses.some((u) => u.conditions.some((c) => c.clause.setOperator));
  for (const u of uses) {
    for (const c of u.conditions) {
      if (dynamicClause(c, u.variables)) {
        unknown.push(
          `${c.clause.key} is compared with a policy variable (${c.clause.values.map((v) => String(v.value)).join(', ')})`,
        );
      }
    }
  }
  const singles = singleCandidates(keyLower, uses, unknown);
  let atoms: Atom[];
  if (multiValued) {
    // A set's effect on every clause depends only on which single-value atoms its members hit.
    const classes = dedupe(
      keyLower,
      uses,
      singles.map((v) => [String(v)]),
    ).map((a) => (a.value as string[])[0]!);
    let sets: string[][];
    if (classes.length <= MAX_SET_CLASSES) sets = subsets(classes);
    else {
      unknown.push(`${keyLower}: more than ${MAX_SET_CLASSES} kinds of value, so not every set was tried`);
      sets = [
        ...classes.map((c) => [c]),
        ...classes.flatMap((a, i) => classes.slice(i + 1).map((b) => [a, b])),
      ];
    }
    atoms = dedupe(keyLower, uses, [
      ...sets.slice(0, classes.length),
      undefined,
      [],
      ...sets.slice(classes.length),
    ]);
  } else {
    atoms = dedupe(keyLower, uses, [...singles, undefined]);
  }
  return { atoms, multiValued, key: keyName(keyLower, keyAsWritten), unknown };
}

/** The name a request context uses for the key. */
export function keyName(keyLower: string, keyAsWritten: string): string {
  const info = lookupConditionKey(keyLower);
  return info && !info.prefix ? info.name : keyAsWritten;
}

export function keyDimension(keyLower: string, keyAsWritten: string, uses: KeyUse[]): KeyDimension {
  return {
    keyLower,
    key: keyName(keyLower, keyAsWritten),
    written: keyAsWritten,
    statements: uses.map((u) => u.statement),
    uses,
  };
}

/** Why the uses cannot be analysed exactly because of a policy variable (known before any atom is built). */
export function variableReasons(uses: KeyUse[]): string[] {
  const out: string[] = [];
  for (const u of uses) {
    for (const c of u.conditions) {
      if (dynamicClause(c, u.variables)) {
        out.push(
          `${c.clause.key} is compared with a policy variable (${c.clause.values.map((v) => String(v.value)).join(', ')})`,
        );
      }
    }
  }
  return out;
}

/**
 * The atoms of a key over some of its uses (parts in the order of `uses`), with what they leave
 * unknown. For a key derived from the caller, "left out" takes the caller's value.
 */
export function atomsOver(
  keyLower: string,
  keyAsWritten: string,
  uses: KeyUse[],
  caller: Caller | undefined,
): { atoms: Atom[]; unknown: string[] } {
  const { atoms, unknown } = keyAtoms(keyLower, keyAsWritten, uses);
  if (!DERIVED_KEYS.has(keyLower)) return { atoms, unknown };
  // Left out, the key takes the caller's derived value: that atom replaces "absent".
  const value = caller ? derivedValue(keyLower, caller) : undefined;
  const omitted: Atom = { value: undefined, parts: partsOf(keyLower, uses, value) };
  const seen = new Set([omitted.parts.join('')]);
  const list = [omitted];
  for (const a of atoms) {
    const sig = a.parts.join('');
    if (a.value === undefined || seen.has(sig)) continue;
    seen.add(sig);
    list.push(a);
  }
  return { atoms: list, unknown };
}
