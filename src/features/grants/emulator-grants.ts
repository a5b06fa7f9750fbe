/**
 * Every identity of every account in the built-in emulator, with its policies (the emulator-only
 * `GET __emulator/grants`). Real SES never shows a delegate the owner's policies: there the
 * delegate inspects the identity ARN (and the policy) the owner sent.
 */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { parseResponse } from '../../lib/response-shape';
import type { IdentityWithPolicies } from '../../policy-engine';
import { EMULATOR_API_BASE } from '../../lib/emulator/local-endpoint';

// Checked before the view reads it: the emulator's store is the browser's, open to anything.
export const grantsResponseSchema: z.ZodType<IdentityWithPolicies[]> = z.array(
  z.object({
    identityArn: z.string(),
    account: z.string(),
    region: z.string(),
    name: z.string(),
    verified: z.boolean(),
    policies: z.array(z.object({ name: z.string(), document: z.string() })),
  }),
);

export function emulatorIdentitiesQuery(base: string = EMULATOR_API_BASE) {
  return queryOptions({
    queryKey: ['emulator', 'grants', base],
    queryFn: async (): Promise<IdentityWithPolicies[]> => {
      const response = await fetch(`${base}__emulator/grants`);
      if (!response.ok)
        throw new Error(`The built-in emulator did not list identities (HTTP ${response.status}).`);
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw new Error('The built-in emulator’s list of identities is not JSON.');
      }
      return parseResponse(grantsResponseSchema, body, 'The built-in emulator’s list of identities');
    },
    // Owners change policies in the same tab; a delegate's view should show the change at once.
    staleTime: 0,
  });
}
