/**
 * Which SES API the console speaks, v1 (the Query API) or v2 (REST-JSON), chosen in Settings and
 * kept per tab (sessionStorage), like the acting principal. Every page follows the connection's
 * choice; a change re-reads everything under the new API (the query keys carry the version).
 */
import { createContext, useContext } from 'react';
import type { SesApiVersion } from '../../lib/ses/client';

const STORAGE_KEY = 'ses-console.api-version';
export const DEFAULT_API_VERSION: SesApiVersion = 'v1';

export function storedApiVersion(): SesApiVersion {
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    return stored === 'v1' || stored === 'v2' ? stored : DEFAULT_API_VERSION;
  } catch {
    return DEFAULT_API_VERSION;
  }
}

export function storeApiVersion(version: SesApiVersion): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, version);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts until reload.
  }
}

export interface ApiChoice {
  api: SesApiVersion;
  chooseApi: (version: SesApiVersion) => void;
}

export const ApiChoiceContext = createContext<ApiChoice>({
  api: DEFAULT_API_VERSION,
  chooseApi: () => undefined,
});

export function useApiChoice(): ApiChoice {
  return useContext(ApiChoiceContext);
}
