import { beforeEach, describe, expect, it } from 'vitest';
import {
  credentialErrors,
  endpointUrlError,
  needsCredentials,
  parseStoredSettings,
  regionError,
  settingsErrors,
  withoutCredentials,
  type ConnectionSettings,
} from './connection-settings';
import {
  CONNECTION_STORAGE_KEY,
  forgetCredentials,
  storeConnection,
  storedConnection,
} from './connection-store';

const credentials = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};
const endpoint: ConnectionSettings = {
  kind: 'endpoint',
  url: 'http://127.0.0.1:4579/',
  region: 'eu-west-1',
  credentials,
};

describe('connection settings as typed', () => {
  it('accepts each kind of connection', () => {
    expect(settingsErrors({ kind: 'emulator' })).toEqual({});
    expect(settingsErrors(endpoint)).toEqual({});
    expect(settingsErrors({ kind: 'aws-proxy', url: 'http://localhost:4579', region: 'us-east-1' })).toEqual(
      {},
    );
    expect(settingsErrors({ kind: 'aws-direct', region: 'us-gov-west-1', credentials })).toEqual({});
  });

  it.each([
    ['', /Enter the endpoint URL/],
    ['127.0.0.1:4579', /not a URL|must start with https/],
    ['ftp://127.0.0.1/', /must start with https:\/\//],
    ['http://ses.example.com/', /Use https:\/\/ for ses.example.com/],
    ['https://user:pw@ses.example.com/', /Leave user names and passwords out/],
    ['https://ses.example.com/?a=1', /Leave the query/],
  ])('refuses the endpoint URL %j with what to write', (url, message) => {
    expect(endpointUrlError(url)).toMatch(message);
  });

  it('refuses Regions and keys that AWS would not know, each with its own message', () => {
    expect(regionError('')).toMatch(/Enter the Region/);
    expect(regionError('Europe')).toMatch(/"Europe" is not an AWS Region name/);
    expect(credentialErrors({ accessKeyId: 'akia lower', secretAccessKey: 'a b' })).toEqual({
      accessKeyId: expect.stringMatching(/capital letters and digits/),
      secretAccessKey: expect.stringMatching(/no spaces/),
    });
    expect(credentialErrors({})).toEqual({
      accessKeyId: expect.stringMatching(/Enter the access key ID/),
      secretAccessKey: 'Enter the secret access key.',
    });
    expect(credentialErrors({ ...credentials, sessionToken: 'x'.repeat(9000) }).sessionToken).toMatch(
      /at most 8192/,
    );
  });

  it('knows which connections still need keys, and drops them on request', () => {
    expect(needsCredentials(endpoint)).toBe(false);
    expect(needsCredentials(withoutCredentials(endpoint))).toBe(true);
    expect(needsCredentials({ kind: 'aws-proxy', url: 'http://127.0.0.1:4579/', region: 'us-east-1' })).toBe(
      false,
    );
    expect(JSON.stringify(withoutCredentials(endpoint))).not.toContain(credentials.secretAccessKey);
  });
});

describe('connection settings read back from storage', () => {
  it('rebuilds what it can trust and nothing else', () => {
    expect(parseStoredSettings(JSON.parse(JSON.stringify(endpoint)))).toEqual(endpoint);
    expect(
      parseStoredSettings({ kind: 'aws-proxy', url: 'http://127.0.0.1:4579', region: 'us-east-1', extra: 1 }),
    ).toEqual({
      kind: 'aws-proxy',
      url: 'http://127.0.0.1:4579/',
      region: 'us-east-1',
    });
    for (const hostile of [
      null,
      [],
      'endpoint',
      { kind: 'endpoint', url: 'javascript:alert(1)', region: 'us-east-1' },
      { kind: 'endpoint', url: 'http://127.0.0.1:4579/', region: '<img>' },
      { kind: 'aws-direct', region: 'us-east-1', credentials: { accessKeyId: 'x' } },
      { kind: '__proto__', region: 'us-east-1' },
      JSON.parse('{"__proto__": {"kind": "emulator"}}'),
      Object.create({ kind: 'emulator' }),
    ])
      expect(parseStoredSettings(hostile)).toBeUndefined();
  });
});

describe("the tab's connection in sessionStorage", () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('keeps the settings with their keys for this tab only, never in localStorage', () => {
    expect(storedConnection()).toEqual({ kind: 'emulator' });
    storeConnection(endpoint);
    expect(storedConnection()).toEqual(endpoint);
    expect(JSON.stringify({ ...localStorage })).not.toContain(credentials.secretAccessKey);
  });

  it('"Forget credentials" keeps the connection and leaves no key in any storage', () => {
    storeConnection(endpoint);
    const forgotten = forgetCredentials(endpoint);
    expect(forgotten).toEqual({ kind: 'endpoint', url: endpoint.url, region: 'eu-west-1' });
    expect(storedConnection()).toEqual(forgotten);
    for (const storage of [sessionStorage, localStorage])
      for (let i = 0; i < storage.length; i++) {
        const value = storage.getItem(storage.key(i) ?? '') ?? '';
        expect(value).not.toContain(credentials.secretAccessKey);
        expect(value).not.toContain(credentials.accessKeyId);
      }
  });

  it('an unreadable or oversized entry means the emulator, and a bad one is removed', () => {
    sessionStorage.setItem(CONNECTION_STORAGE_KEY, '{not json');
    expect(storedConnection()).toEqual({ kind: 'emulator' });
    sessionStorage.setItem(
      CONNECTION_STORAGE_KEY,
      JSON.stringify({ kind: 'endpoint', url: 'x', region: 'y' }),
    );
    expect(storedConnection()).toEqual({ kind: 'emulator' });
    expect(sessionStorage.getItem(CONNECTION_STORAGE_KEY)).toBeNull();
    sessionStorage.setItem(CONNECTION_STORAGE_KEY, 'x'.repeat(20_000));
    expect(storedConnection()).toEqual({ kind: 'emulator' });
  });
});
