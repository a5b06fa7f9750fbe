/**
 * IAM glob matching: `*` matches any run of characters (including none, and newlines), `?`
 * exactly one character; the pattern must match the whole value. Linear-time greedy matching
 * with one backtrack point, so no pattern can make it slow.
 */
export type GlobMatcher = (value: string) => boolean;

export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

export function globMatch(pattern: string, value: string): boolean {
  let p = 0;
  let v = 0;
  let starP = -1;
  let starV = 0;
  while (v < value.length) {
    const c = pattern.charCodeAt(p);
    if (p < pattern.length && (c === 63 /* ? */ || c === value.charCodeAt(v))) {
      p++;
      v++;
    } else if (p < pattern.length && c === 42 /* * */) {
      starP = p++;
      starV = v;
    } else if (starP !== -1) {
      p = starP + 1;
      v = ++starV;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern.charCodeAt(p) === 42) p++;
  return p === pattern.length;
}

/** A matcher for one pattern, with fast paths for literals and a trailing `*`. */
export function compileGlob(pattern: string, ignoreCase = false): GlobMatcher {
  const pat = ignoreCase ? pattern.toLowerCase() : pattern;
  const norm = ignoreCase ? (s: string) => s.toLowerCase() : (s: string) => s;
  if (!hasWildcard(pat)) return (value) => norm(value) === pat;
  if (pat === '*') return () => true;
  const star = pat.indexOf('*');
  if (star === pat.length - 1 && !pat.includes('?')) {
    const prefix = pat.slice(0, -1);
    return (value) => norm(value).startsWith(prefix);
  }
  return (value) => globMatch(pat, norm(value));
}
