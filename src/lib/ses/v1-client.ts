/**
 * The SES API v1 client (`@aws-sdk/client-ses`). The SDK (about 50 KB gzip) loads with the first
 * SES request rather than with the page, and this module with it, so the console's first load
 * carries neither; it imports only the SDK's types statically.
 */
import type { SESClient } from '@aws-sdk/client-ses';
import { connectionKey, type SesConnection } from './client';
import { clientConfig, guard } from './client-setup';

export function loadSesSdk() {
  return import('@aws-sdk/client-ses');
}

const clients = new Map<string, Promise<SESClient>>();

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
