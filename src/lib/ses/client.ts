/**
 * The console's only way to talk to SES: `@aws-sdk/client-ses` (API v1, 2010-12-01, Query
 * protocol) or `@aws-sdk/client-sesv2` (API v2, 2019-09-27, REST-JSON), as the connection chooses,
 * one client per acting principal, signed with that principal's keys. The same clients talk to
 * the built-in emulator (its requests are answered in the page) or to a real SES endpoint; nothing
 * else in the UI knows which. Pages go through `sesApi` (api/ses-api.ts), which hides the version.
 * This module is the connection's shape only: the clients themselves (v1-client.ts, v2-client.ts,
 * client-setup.ts) load with their SDKs, so the first load carries neither.
 */

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
