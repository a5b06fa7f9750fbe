/**
 * The SES API v2 client (`@aws-sdk/client-sesv2`), apart from client.ts so that the first load,
 * which speaks v1 by default, carries none of it. Same configuration and middleware as v1.
 */
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { connectionKey, type SesConnection } from './client';
import { clientConfig, guard } from './client-setup';

export function loadSesV2Sdk() {
  return import('@aws-sdk/client-sesv2');
}

const v2Clients = new Map<string, Promise<SESv2Client>>();

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
