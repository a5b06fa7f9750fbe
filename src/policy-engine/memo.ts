/** A bounded memo for pure functions of a string (callers and resource ARNs repeat a lot). */
export function memoised<T>(fn: (key: string) => T, limit = 1000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
    cache.set(key, value);
    return value;
  };
}
