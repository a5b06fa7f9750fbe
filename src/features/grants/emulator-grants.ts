/**
 * Every identity in the built-in emulator with its policies (its emulator-only API). Real SES
 * never shows a delegate the owner's policies; there the delegate pastes what the owner sent.
 */
import { queryOptions } from '@tanstack/react-query';

export interface EmulatorIdentity {
  identityArn: string;
  account: string;
  region: string;
  name: string;
  verified: boolean;
  policies: { name: string; document: string }[];
}

export function emulatorIdentitiesQuery(base: string = import.meta.env.BASE_URL) {
  return queryOptions({
    queryKey: ['emulator', 'grants', base],
    queryFn: async (): Promise<EmulatorIdentity[]> => {
      const response = await fetch(`${base}__emulator/grants`);
      if (!response.ok)
        throw new Error(`The built-in emulator did not list identities (HTTP ${response.status}).`);
      return (await response.json()) as EmulatorIdentity[];
    },
    // Owners change policies in the same tab; a delegate's view should show the change at once.
    staleTime: 0,
  });
}
