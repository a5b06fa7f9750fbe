/**
 * From what Settings chose to what the SES clients and STS are given: the endpoint each request
 * goes to and the keys it is signed with. The proxy re-signs every request with its own
 * credentials, so the page signs with a placeholder key that opens nothing.
 */
import type { SesApiVersion, SesConnection, SesCredentials } from '../ses/client';
import type { ConnectionSettings } from './connection-settings';

/** What the page signs proxy requests with: the proxy drops the signature and signs again. */
export const PROXY_PLACEHOLDER_CREDENTIALS: SesCredentials = {
  accessKeyId: 'AKIAPROXYSIGNSAGAIN0',
  secretAccessKey: 'the-local-proxy-signs-with-its-own-credentials',
};

type RemoteSettings = Exclude<ConnectionSettings, { kind: 'emulator' }>;

/** The SES connection for remote settings; undefined while credentials are missing. */
export function sesConnectionFor(settings: RemoteSettings, api: SesApiVersion): SesConnection | undefined {
  switch (settings.kind) {
    case 'aws-proxy':
      return {
        region: settings.region,
        endpoint: settings.url,
        api,
        credentials: PROXY_PLACEHOLDER_CREDENTIALS,
      };
    case 'endpoint':
      return settings.credentials
        ? { region: settings.region, endpoint: settings.url, api, credentials: settings.credentials }
        : undefined;
    case 'aws-direct':
      // Left out, the endpoint is SES's own: https://email.<region>.amazonaws.com.
      return settings.credentials
        ? { region: settings.region, api, credentials: settings.credentials }
        : undefined;
  }
}

/**
 * Where STS's GetCallerIdentity goes: AWS's regional STS endpoint, or the endpoint itself (the
 * local endpoint server and its proxy answer it at the SES URL, as LocalStack does).
 */
export function stsEndpointFor(settings: RemoteSettings): string {
  return settings.kind === 'aws-direct' ? `https://sts.${settings.region}.amazonaws.com/` : settings.url;
}

/** How the console names the connection in a sentence, e.g. "the SES endpoint at http://…". */
export function describeConnection(settings: ConnectionSettings): string {
  switch (settings.kind) {
    case 'emulator':
      return 'the built-in SES emulator';
    case 'endpoint':
      return `the SES endpoint at ${settings.url}`;
    case 'aws-proxy':
      return `AWS (${settings.region}) through the local endpoint server at ${settings.url}`;
    case 'aws-direct':
      return `AWS (${settings.region}), directly from this page`;
  }
}
