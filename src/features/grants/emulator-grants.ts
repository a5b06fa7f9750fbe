/**
 * Every identity of every account in the built-in emulator, with its policies (the emulator-only
 * `GET __emulator/grants`). Real SES never shows a delegate the owner's policies: there the
 * delegate inspects the identity ARN (and the policy) the owner sent.
 */
import { queryOptions } from '@tanstack/react-query';
import type { IdentityWithPolicies } from './compute-grants';

export function emulatorIdentitiesQuery(base: string = import.meta.env.BASE_URL) {
  return queryOptions({
    queryKey: ['emulator', 'grants', base],
    queryFn: async (): Promise<IdentityWithPolicies[]> => {
      const response = await fetch(`${base}__emulator/grants`);
      if (!response.ok)
        throw new Error(`The built-in emulator did not list identities (HTTP ${response.status}).`);
      return (await response.json()) as IdentityWithPolicies[];
    },
    // Owners change policies in the same tab; a delegate's view should show the change at once.
    staleTime: 0,
  });
}
