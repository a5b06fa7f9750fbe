/**
 * A compiled policy made ready for fast evaluation: action and resource patterns turned into
 * matchers, conditions compiled. Prepared policies are cached by text (bounded, least recently
 * used out first) and by object identity, so evaluating the same policy text again costs a
 * map lookup.
 */
import { compileResourcePattern } from './arn';
import { compileCondition, type CompiledCondition } from './conditions';
import { compileGlob } from './glob';
import { compilePolicy, compilePolicyDocument } from './parse';
import { compilePrincipalEntry, type Caller } from './principal';
import type { CompiledPolicy, CompiledStatement } from './types';

export interface PreparedStatement {
  statement: CompiledStatement;
  principalTests: ((caller: Caller) => boolean)[];
  actionTests: ((action: string) => boolean)[];
  resourceTests: ((resource: string) => boolean)[];
  conditions: CompiledCondition[];
}

export interface PreparedPolicy {
  compiled: CompiledPolicy;
  statements: PreparedStatement[];
}

function prepare(compiled: CompiledPolicy): PreparedPolicy {
  const variables = compiled.version === '2012-10-17';
  return {
    compiled,
    statements: compiled.statements.map((statement) => ({
      statement,
      principalTests: (statement.principal?.entries ?? []).map(compilePrincipalEntry),
      actionTests: (statement.action?.values ?? []).map((v) => compileGlob(v.value, true)),
      resourceTests: (statement.resource?.values ?? []).map((v) => compileResourcePattern(v.value)),
      conditions: statement.conditions.map((clause) => compileCondition(clause, variables)),
    })),
  };
}

const MAX_TEXTS = 1000;
// Keyed by the text itself (V8 caches a string's hash, so a repeated lookup with the same
// string is O(1)), then by name, which is short.
const byText = new Map<string, Map<string, PreparedPolicy>>();
const byObject = new WeakMap<object, PreparedPolicy>();

/**
 * The cached preparation when there is one, else a fresh one that is not cached: for a sweep
 * over many policies each read once (whoCanSend over an account's identities, whose results
 * the caller caches), where caching would only push out the entries the editor reuses and keep
 * every prepared policy (some 50 KB each) alive long enough to be promoted and then collected
 * by the old generation's collector.
 */
export function preparedOnce(document: string | object, name: string): PreparedPolicy {
  if (typeof document === 'string') {
    return byText.get(document)?.get(name) ?? prepare(compilePolicy(document, name));
  }
  const hit = byObject.get(document);
  return hit && hit.compiled.name === name ? hit : prepare(compilePolicyDocument(document, name));
}

export function preparedPolicy(document: string | object, name: string): PreparedPolicy {
  if (typeof document === 'string') {
    let byName = byText.get(document);
    const hit = byName?.get(name);
    if (hit) return hit;
    const prepared = prepare(compilePolicy(document, name));
    if (!byName) {
      // Bounded: the oldest text goes first once the cache is full.
      if (byText.size >= MAX_TEXTS) byText.delete(byText.keys().next().value as string);
      byName = new Map();
      byText.set(document, byName);
    }
    byName.set(name, prepared);
    return prepared;
  }
  const hit = byObject.get(document);
  if (hit && hit.compiled.name === name) return hit;
  const prepared = prepare(compilePolicyDocument(document, name));
  byObject.set(document, prepared);
  return prepared;
}
