/** Types for gzip-server.mjs, for the TypeScript scripts that import it. */
export interface Served {
  path: string;
  type: string;
  bytes: number;
  encoded: boolean;
  at: number;
}
export function serveGzipped(
  dir: string,
  port?: number,
): Promise<{ url: string; log: Served[]; close: () => Promise<void> }>;
