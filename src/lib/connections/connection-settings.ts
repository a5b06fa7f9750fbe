/**
 * Where the console sends SES requests, as chosen in Settings: the built-in emulator (the default,
 * and what static hosting uses), any SES endpoint (the local endpoint server, LocalStack, ...),
 * or AWS, either through the local endpoint server in proxy mode (no secret in the browser) or
 * directly from the page with credentials for this tab.
 *
 * This module owns the shape and its checks: every field a user types or storage hands back is
 * checked here, with a message that says what is wrong and what to write. It holds no state.
 */
import type { SesCredentials } from '../ses/client';
import { EMULATOR_CONNECTION } from './emulator-connection';

export type ConnectionSettings =
  | { kind: 'emulator' }
  | { kind: 'endpoint'; url: string; region: string; credentials?: SesCredentials }
  | { kind: 'aws-proxy'; url: string; region: string }
  | { kind: 'aws-direct'; region: string; credentials?: SesCredentials };

export type ConnectionKind = ConnectionSettings['kind'];

export { EMULATOR_CONNECTION } from './emulator-connection';

/** `npm run endpoint`'s default address, what the endpoint and proxy forms start from. */
export const LOCAL_ENDPOINT_URL = 'http://127.0.0.1:4579/';

const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
/** AWS access key IDs: AKIA (long-term) and ASIA (temporary) keys, 16 to 128 characters. */
const ACCESS_KEY_ID = /^[A-Z0-9]{16,128}$/;
const MAX_SECRET = 128;
/** STS session tokens run to a few thousand characters; this bounds what is kept. */
const MAX_SESSION_TOKEN = 8192;

export type FieldErrors = Partial<
  Record<'url' | 'region' | 'accessKeyId' | 'secretAccessKey' | 'sessionToken', string>
>;

export function regionError(region: string): string | undefined {
  if (!region) return 'Enter the Region, such as us-east-1.';
  return REGION.test(region)
    ? undefined
    : `"${region.slice(0, 40)}" is not an AWS Region name such as us-east-1.`;
}

/**
 * An endpoint URL the console can send to: http(s), no credentials, query or fragment in it.
 * Plain http only for loopback, since anything else would carry the signature in the clear.
 */
export function endpointUrlError(url: string): string | undefined {
  if (!url) return 'Enter the endpoint URL, such as http://127.0.0.1:4579/.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url.slice(0, 80)}" is not a URL. Write it in full, such as http://127.0.0.1:4579/.`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return `The endpoint URL must start with https:// (or http:// on this machine), not ${parsed.protocol}.`;
  if (parsed.username || parsed.password)
    return 'Leave user names and passwords out of the URL: the console signs with the access key below.';
  if (parsed.search || parsed.hash)
    return 'Leave the query (?...) and fragment (#...) out of the endpoint URL.';
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol === 'http:' && !loopback)
    return `Use https:// for ${parsed.hostname}: over plain http, anyone on the way reads every request.`;
  return undefined;
}

/** The URL as the clients use it: with a trailing slash. */
export function normalisedEndpointUrl(url: string): string {
  const parsed = new URL(url);
  return parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
}

export function credentialErrors(credentials: Partial<SesCredentials>): FieldErrors {
  const errors: FieldErrors = {};
  const id = credentials.accessKeyId ?? '';
  if (!id) errors.accessKeyId = 'Enter the access key ID, such as AKIAIOSFODNN7EXAMPLE.';
  else if (!ACCESS_KEY_ID.test(id))
    errors.accessKeyId =
      'An access key ID is 16 to 128 capital letters and digits, such as AKIAIOSFODNN7EXAMPLE, with no spaces.';
  const secret = credentials.secretAccessKey ?? '';
  if (!secret) errors.secretAccessKey = 'Enter the secret access key.';
  else if (secret.length > MAX_SECRET || /\s/.test(secret))
    errors.secretAccessKey = `A secret access key has no spaces and at most ${MAX_SECRET} characters.`;
  const token = credentials.sessionToken ?? '';
  if (token && (token.length > MAX_SESSION_TOKEN || /\s/.test(token)))
    errors.sessionToken = `A session token has no spaces and at most ${MAX_SESSION_TOKEN} characters.`;
  return errors;
}

/** Every problem with settings as typed, by field; empty when they can be used. */
export function settingsErrors(settings: ConnectionSettings): FieldErrors {
  switch (settings.kind) {
    case 'emulator':
      return {};
    case 'aws-proxy':
      return compact({ url: endpointUrlError(settings.url), region: regionError(settings.region) });
    case 'endpoint':
      return compact({
        url: endpointUrlError(settings.url),
        region: regionError(settings.region),
        ...(settings.credentials ? credentialErrors(settings.credentials) : {}),
      });
    case 'aws-direct':
      return compact({
        region: regionError(settings.region),
        ...(settings.credentials ? credentialErrors(settings.credentials) : {}),
      });
  }
}

function compact(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, message] of Object.entries(errors) as [keyof FieldErrors, string | undefined][])
    if (message) out[field] = message;
  return out;
}

/** Whether requests can be signed: the emulator and the proxy sign with keys of their own. */
export function needsCredentials(settings: ConnectionSettings): boolean {
  return (settings.kind === 'endpoint' || settings.kind === 'aws-direct') && !settings.credentials;
}

/** The settings without any secret: what may be shown, exported or logged. */
export function withoutCredentials(settings: ConnectionSettings): ConnectionSettings {
  if (settings.kind === 'endpoint' || settings.kind === 'aws-direct') {
    const { credentials: _dropped, ...rest } = settings;
    return rest;
  }
  return settings;
}

/**
 * Settings read back from storage: hostile, so rebuilt field by field from what passes the
 * checks above; anything else is `undefined` (and the caller falls back to the emulator).
 */
export function parseStoredSettings(value: unknown): ConnectionSettings | undefined {
  if (!isRecord(value)) return undefined;
  const kind = ownString(value, 'kind');
  if (kind === 'emulator') return EMULATOR_CONNECTION;
  const region = ownString(value, 'region');
  if (region === undefined || regionError(region)) return undefined;
  const credentials = parseCredentials(Object.hasOwn(value, 'credentials') ? value.credentials : undefined);
  if (credentials === null) return undefined;
  if (kind === 'aws-direct') return credentials ? { kind, region, credentials } : { kind, region };
  const url = ownString(value, 'url');
  if (url === undefined || endpointUrlError(url)) return undefined;
  if (kind === 'aws-proxy') return { kind, url: normalisedEndpointUrl(url), region };
  if (kind === 'endpoint')
    return credentials
      ? { kind, url: normalisedEndpointUrl(url), region, credentials }
      : { kind, url: normalisedEndpointUrl(url), region };
  return undefined;
}

/** undefined: none stored; null: something stored that is not valid credentials. */
function parseCredentials(value: unknown): SesCredentials | undefined | null {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return null;
  const accessKeyId = ownString(value, 'accessKeyId');
  const secretAccessKey = ownString(value, 'secretAccessKey');
  const sessionToken = ownString(value, 'sessionToken');
  if (accessKeyId === undefined || secretAccessKey === undefined) return null;
  const credentials: SesCredentials = sessionToken
    ? { accessKeyId, secretAccessKey, sessionToken }
    : { accessKeyId, secretAccessKey };
  return Object.keys(credentialErrors(credentials)).length === 0 ? credentials : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ownString(record: Record<string, unknown>, key: string): string | undefined {
  if (!Object.hasOwn(record, key)) return undefined;
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}
