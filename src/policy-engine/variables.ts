/**
 * Policy variables in condition values: `${aws:username}`, `${key, 'default'}` and the escapes
 * `${*}`, `${?}`, `${$}` — substituted only when the policy's Version is exactly 2012-10-17; in
 * any other version the text is literal. A substituted value is always literal text (a `*` in a
 * user name is not a wildcard), so patterns are returned as tokens rather than flat strings.
 */
export type PatternToken = { literal: string } | { wildcard: '*' | '?' };

const VARIABLE = /\$\{([^}]*)\}/g;

export function hasVariables(value: string): boolean {
  return value.includes('${');
}

export interface Substitution {
  tokens: PatternToken[];
  /** False when a variable has no value in the request and no default: the value cannot match. */
  resolved: boolean;
  /** The value with variables replaced, for traces. */
  text: string;
}

/** Splits text into literal and wildcard tokens; `wildcards` false keeps * and ? literal. */
function tokenise(text: string, wildcards: boolean, into: PatternToken[]) {
  if (!wildcards) {
    if (text) into.push({ literal: text });
    return;
  }
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '*' || c === '?') {
      if (i > start) into.push({ literal: text.slice(start, i) });
      into.push({ wildcard: c });
      start = i + 1;
    }
  }
  if (start < text.length) into.push({ literal: text.slice(start) });
}

export function substitute(
  value: string,
  lookup: (keyLower: string) => string[] | undefined,
  wildcards: boolean,
): Substitution {
  const tokens: PatternToken[] = [];
  let resolved = true;
  let text = '';
  let last = 0;
  for (const m of value.matchAll(VARIABLE)) {
    const before = value.slice(last, m.index);
    tokenise(before, wildcards, tokens);
    text += before;
    last = (m.index ?? 0) + m[0].length;
    const inner = (m[1] ?? '').trim();
    if (inner === '*' || inner === '?' || inner === '$') {
      tokens.push({ literal: inner });
      text += inner;
      continue;
    }
    const comma = inner.indexOf(',');
    const key = (comma === -1 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma === -1 ? undefined : /^\s*'([^']*)'\s*$/.exec(inner.slice(comma + 1))?.[1];
    const values = lookup(key.toLowerCase());
    const replacement = values && values.length === 1 ? values[0] : fallback;
    if (replacement === undefined) {
      resolved = false;
      text += m[0];
      continue;
    }
    tokens.push({ literal: replacement });
    text += replacement;
  }
  const rest = value.slice(last);
  tokenise(rest, wildcards, tokens);
  text += rest;
  return { tokens, resolved, text };
}

/** Matches tokens against a whole value: greedy with one backtrack point, linear in practice. */
export function matchTokens(tokens: PatternToken[], value: string, ignoreCase = false): boolean {
  const v = ignoreCase ? value.toLowerCase() : value;
  // Flatten to characters with a wildcard flag per position.
  const chars: string[] = [];
  const wild: boolean[] = [];
  for (const t of tokens) {
    if ('wildcard' in t) {
      chars.push(t.wildcard);
      wild.push(true);
    } else {
      for (const ch of ignoreCase ? t.literal.toLowerCase() : t.literal) {
        chars.push(ch);
        wild.push(false);
      }
    }
  }
  const vs = [...v];
  let p = 0;
  let i = 0;
  let starP = -1;
  let starI = 0;
  while (i < vs.length) {
    if (p < chars.length && ((wild[p] && chars[p] === '?') || (!wild[p] && chars[p] === vs[i]))) {
      p++;
      i++;
    } else if (p < chars.length && wild[p] && chars[p] === '*') {
      starP = p++;
      starI = i;
    } else if (starP !== -1) {
      p = starP + 1;
      i = ++starI;
    } else {
      return false;
    }
  }
  while (p < chars.length && wild[p] && chars[p] === '*') p++;
  return p === chars.length;
}
