/**
 * The tab's first connection: its own (Settings, in sessionStorage), else the one the local
 * endpoint server wrote into the page it served, else the built-in emulator.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CONNECTION_STORAGE_KEY, storeConnection } from '../../lib/connections/connection-store';
import { SERVED_CONNECTION_META } from '../../lib/connections/served-connection';
import { initialConnectionKind } from './connection-root';
import { initialRemoteSettings } from './remote-settings';

/** What the page starts on: the kind read before the first render, then the checked settings. */
function initialConnection() {
  return initialConnectionKind() === 'emulator' ? { kind: 'emulator' } : initialRemoteSettings();
}

function serveMeta(content: string) {
  const meta = document.createElement('meta');
  meta.setAttribute('name', SERVED_CONNECTION_META);
  meta.setAttribute('content', content);
  document.head.append(meta);
}

afterEach(() => {
  sessionStorage.clear();
  document.head.querySelectorAll(`meta[name="${SERVED_CONNECTION_META}"]`).forEach((m) => m.remove());
});

describe('initialConnection', () => {
  it('is the emulator for a page nobody served with a connection', () => {
    expect(initialConnection()).toEqual({ kind: 'emulator' });
  });

  it("is the serving proxy, at the page's origin, for a tab with none of its own", () => {
    serveMeta('{"kind":"aws-proxy","region":"eu-west-1"}');
    expect(initialConnection()).toEqual({
      kind: 'aws-proxy',
      url: `${location.origin}/`,
      region: 'eu-west-1',
    });
  });

  it('stays the built-in emulator once the tab chose it over the served connection', () => {
    serveMeta('{"kind":"aws-proxy","region":"eu-west-1"}');
    expect(initialConnection().kind).toBe('aws-proxy');
    expect(initialConnection().kind).toBe('aws-proxy');
    storeConnection({ kind: 'emulator' });
    expect(initialConnection()).toEqual({ kind: 'emulator' });
  });

  it("is the tab's own connection when it has one", () => {
    serveMeta('{"kind":"aws-proxy","region":"eu-west-1"}');
    sessionStorage.setItem(
      CONNECTION_STORAGE_KEY,
      JSON.stringify({ kind: 'endpoint', url: 'http://127.0.0.1:4580/', region: 'us-east-1' }),
    );
    expect(initialConnection()).toEqual({
      kind: 'endpoint',
      url: 'http://127.0.0.1:4580/',
      region: 'us-east-1',
    });
  });
});
