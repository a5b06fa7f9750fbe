/**
 * The caller account's shared grants (shared-grants.ts), kept in step with storage: a change
 * made on the Grants page, or in another tab, reaches every page that shows them.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { readSharedGrants, subscribeSharedGrants, type SharedGrantsRead } from './shared-grants';

const NONE: SharedGrantsRead = { grants: [], dropped: 0 };

/** `account` undefined (not connected, or the built-in emulator): none. */
export function useSharedGrants(account: string | undefined): SharedGrantsRead {
  const subscribe = useCallback(
    (onChange: () => void) => (account ? subscribeSharedGrants(account, onChange) : () => undefined),
    [account],
  );
  const snapshot = useCallback(() => (account ? readSharedGrants(account) : NONE), [account]);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
