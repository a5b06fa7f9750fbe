/**
 * The connection of a console served by the local endpoint server in proxy mode
 * (`npm run endpoint -- --aws`): the server writes `<meta name="ses-console-connection">` into
 * index.html, and a tab with no connection of its own starts connected to that proxy.
 *
 * The meta's content is read as hostile: only its kind and Region are taken, each checked as
 * stored settings are. The URL is never read from it: the proxy is the origin that served this
 * page, so a page cannot be pointed elsewhere by what the meta says.
 */
import { parseStoredSettings, type ConnectionSettings } from './connection-settings';
import { CONNECTION_STORAGE_KEY, storeConnection } from './connection-store';
import { SERVED_CONNECTION_TAKEN_KEY } from './connection-store-key';
import { SERVED_CONNECTION_META } from './stored-connection-kind';

export { SERVED_CONNECTION_META, SERVED_CONNECTION_TAKEN_KEY };
/** `{"kind":"aws-proxy","region":"..."}` is short; anything longer is not the server's. */
const MAX_CONTENT_LENGTH = 512;

export function servedConnection(
  doc: Document | undefined = globalThis.document,
  origin: string | undefined = globalThis.location?.origin,
): ConnectionSettings | undefined {
  const content = doc?.querySelector(`meta[name="${SERVED_CONNECTION_META}"]`)?.getAttribute('content');
  if (!content || content.length > MAX_CONTENT_LENGTH || !origin || origin === 'null') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const kind = Object.hasOwn(value, 'kind') ? (value as { kind: unknown }).kind : undefined;
  const region = Object.hasOwn(value, 'region') ? (value as { region: unknown }).region : undefined;
  if (kind !== 'aws-proxy') return undefined;
  const settings = parseStoredSettings({ kind, region, url: `${origin}/` });
  return settings?.kind === 'aws-proxy' ? settings : undefined;
}

/**
 * The served connection for a tab that has chosen none. It becomes the tab's own connection, as
 * if chosen in Settings, so that a later choice wins: a connection the tab keeps, and the
 * built-in emulator too, which is kept as no entry at all (the marker tells that apart from a
 * new tab).
 */
export function servedConnectionForNewTab(
  storage: Storage | undefined = sessionStorageOrNone(),
  doc?: Document,
  origin?: string,
): ConnectionSettings | undefined {
  try {
    if (storage?.getItem(CONNECTION_STORAGE_KEY) != null) return undefined;
    if (storage?.getItem(SERVED_CONNECTION_TAKEN_KEY) != null) return undefined;
  } catch {
    // Storage refused (private mode): the tab keeps nothing, so the server's connection applies.
  }
  const page = doc ?? globalThis.document;
  if (!page?.querySelector(`meta[name="${SERVED_CONNECTION_META}"]`)) return undefined;
  const served = servedConnection(page, origin);
  if (served) storeConnection(served, storage);
  try {
    // Also for a meta that fails the checks: the tab does not come back to it on a reload.
    storage?.setItem(SERVED_CONNECTION_TAKEN_KEY, '1');
  } catch {
    // Kept without the marker: an entry alone still says which connection the tab is on.
  }
  return served;
}

function sessionStorageOrNone(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}
