/**
 * The console's only way to talk to SES: `@aws-sdk/client-ses` (API version 2010-12-01, Query
 * protocol), one client per acting principal, signed with that principal's keys. The same
 * client talks to the built-in emulator (its requests are answered in the page) or to a real
 * SES endpoint; nothing else in the UI knows which.
 */
import type { SESClient } from '@aws-sdk/client-ses';
import { pageIsLeaving } from './page-leaving';

/**
 * The SDK (about 50 KB gzip) loads with the first SES request rather than with the page, so the
 * console's first load stays within budget; every module here imports only its types statically.
 */
export function loadSesSdk() {
  return import('@aws-sdk/client-ses');
}

export interface SesCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface SesConnection {
  region: string;
  /** Left out: SES's regional endpoint, https://email.<region>.amazonaws.com. */
  endpoint?: string;
  /**
   * The built-in emulator's same-origin endpoint (`emulatorEndpoint`): an answer that did not
   * come from the emulator makes the page restart it and retry once.
   */
  emulator?: boolean;
  credentials: SesCredentials;
}

const clients = new Map<string, Promise<SESClient>>();

/** A stable key for a connection that never contains the secret itself. */
export function connectionKey({ region, endpoint, credentials }: SesConnection): string {
  return [region, endpoint ?? 'aws', credentials.accessKeyId].join('|');
}

export function defaultEndpoint(region: string): string {
  return `https://email.${region}.amazonaws.com`;
}

/** The client for a connection, created once and reused (clients hold connection pools). */
export function sesClient(connection: SesConnection): Promise<SESClient> {
  const key = connectionKey(connection);
  let client = clients.get(key);
  if (!client) {
    client = loadSesSdk().then(async ({ SESClient }) => {
      const created = new SESClient({
        region: connection.region,
        endpoint: connection.endpoint ?? defaultEndpoint(connection.region),
        credentials: { ...connection.credentials },
        // The console shows SES's answer as it is; retrying a refused send would only repeat it.
        maxAttempts: 1,
      });
      created.middlewareStack.add(
        (next) => (args) => {
          if (pageIsLeaving()) throw new Error('The page is being left: the SES request was not sent.');
          return next(args);
        },
        { step: 'finalizeRequest', priority: 'low', name: 'notWhileLeavingThePage' },
      );
      if (connection.emulator) (await import('./emulator-retry')).addEmulatorRetry(created);
      return created;
    });
    clients.set(key, client);
  }
  return client;
}
