/**
 * The console's only way to talk to SES: `@aws-sdk/client-ses` (API v1, 2010-12-01, Query
 * protocol) or `@aws-sdk/client-sesv2` (API v2, 2019-09-27, REST-JSON), as the connection chooses,
 * one client per acting principal, signed with that principal's keys. The same clients talk to
 * the built-in emulator (its requests are answered in the page) or to a real SES endpoint; nothing
 * else in the UI knows which. Pages go through `sesApi` (api/ses-api.ts), which hides the version.
 */
import type { SESClient } from '@aws-sdk/client-ses';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { pageIsLeaving } from './page-leaving';

/**
 * Each SDK (about 50 KB gzip) loads with the first SES request rather than with the page, so the
 * console's first load stays within budget; every module here imports only its types statically.
 */
export function loadSesSdk() {
  return import('@aws-sdk/client-ses');
}

export function loadSesV2Sdk() {
  return import('@aws-sdk/client-sesv2');
}

export interface SesCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** Which SES API the connection speaks: v1 (the Query API) or v2 (REST-JSON). */
export type SesApiVersion = 'v1' | 'v2';

export interface SesConnection {
  region: string;
  /** Left out: SES's regional endpoint, https://email.<region>.amazonaws.com. */
  endpoint?: string;
  /**
   * The built-in emulator's same-origin endpoint (`emulatorEndpoint`): an answer that did not
   * come from the emulator makes the page restart it and retry once.
   */
  emulator?: boolean;
  /** Left out: v1. */
  api?: SesApiVersion;
  credentials: SesCredentials;
}

export function apiVersionOf(connection: Pick<SesConnection, 'api'>): SesApiVersion {
  return connection.api ?? 'v1';
}

/** A stable key for a connection that never contains the secret itself. */
export function connectionKey(connection: SesConnection): string {
  const { region, endpoint, credentials } = connection;
  return [region, endpoint ?? 'aws', credentials.accessKeyId, apiVersionOf(connection)].join('|');
}

export function defaultEndpoint(region: string): string {
  return `https://email.${region}.amazonaws.com`;
}

/** What both SDK clients are constructed with. */
function clientConfig(connection: SesConnection) {
  return {
    region: connection.region,
    endpoint: connection.endpoint ?? defaultEndpoint(connection.region),
    credentials: { ...connection.credentials },
    // The console shows SES's answer as it is; retrying a refused send would only repeat it.
    maxAttempts: 1,
  };
}

/**
 * The middleware every client carries: nothing is sent from a page that is leaving, and on the
 * emulator an answer that did not come from it restarts it. The two SDKs' stacks differ only in
 * their input and output types, which these middlewares do not read.
 */
async function guard(client: SESClient | SESv2Client, connection: SesConnection): Promise<void> {
  const stack = client.middlewareStack as SESClient['middlewareStack'];
  stack.add(
    (next) => (args) => {
      if (pageIsLeaving()) throw new Error('The page is being left: the SES request was not sent.');
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: 'notWhileLeavingThePage' },
  );
  if (connection.emulator) (await import('./emulator-retry')).addEmulatorRetry(stack);
}

const clients = new Map<string, Promise<SESClient>>();
const v2Clients = new Map<string, Promise<SESv2Client>>();

/** The v1 client for a connection, created once and reused (clients hold connection pools). */
export function sesClient(connection: SesConnection): Promise<SESClient> {
  const key = connectionKey(connection);
  let client = clients.get(key);
  if (!client) {
    client = loadSesSdk().then(async ({ SESClient }) => {
      const created = new SESClient(clientConfig(connection));
      await guard(created, connection);
      return created;
    });
    clients.set(key, client);
  }
  return client;
}

/** The v2 client for a connection, created once and reused. */
export function sesV2Client(connection: SesConnection): Promise<SESv2Client> {
  const key = connectionKey(connection);
  let client = v2Clients.get(key);
  if (!client) {
    client = loadSesV2Sdk().then(async ({ SESv2Client }) => {
      const config = clientConfig(connection);
      // REST paths are appended to the endpoint's: `<base>/` would give `<base>//v2/email/...`.
      const created = new SESv2Client({ ...config, endpoint: config.endpoint.replace(/\/+$/, '') });
      await guard(created, connection);
      return created;
    });
    v2Clients.set(key, client);
  }
  return client;
}
