/** Types for chromium.mjs, for the TypeScript scripts that import it. */
export function ensureChromium(): string;
