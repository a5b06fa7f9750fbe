/**
 * whoCanSend over a set of identities as a query: cached by the jobs themselves (identity ARNs
 * and policy documents), so an unchanged policy set is never analysed twice, with the worker's
 * progress alongside. The key is not SES's (src/lib/query-keys.ts): nothing is read from SES
 * here, and SES mutations need not invalidate it, since changed documents make a new key.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AccessJob } from './access-job';
import { runWhoCanSend } from './who-can-send-client';

export const accessKeys = {
  whoCanSend: (jobs: readonly AccessJob[]) => ['access', 'who-can-send', jobs] as const,
};

export interface Progress {
  done: number;
  total: number;
}

export function useWhoCanSend(jobs: AccessJob[] | undefined) {
  const [progress, setProgress] = useState<Progress>({ done: 0, total: jobs?.length ?? 0 });
  const query = useQuery({
    queryKey: accessKeys.whoCanSend(jobs ?? []),
    queryFn: ({ signal }) =>
      runWhoCanSend(jobs ?? [], { signal, onProgress: (done, total) => setProgress({ done, total }) }),
    enabled: jobs !== undefined,
    staleTime: Infinity,
  });
  return { query, progress };
}
