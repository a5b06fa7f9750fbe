import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONNECTION_STORAGE_KEY, storeConnection } from './connection-store';
import {
  SERVED_CONNECTION_META,
  SERVED_CONNECTION_TAKEN_KEY,
  servedConnection,
  servedConnectionForNewTab,
} from './served-connection';

const ORIGIN = 'http://127.0.0.1:4579';

/** A document as the proxy serves it, its meta's content given as written. */
function served(content: string | undefined): Document {
  const doc = document.implementation.createHTMLDocument('console');
  if (content !== undefined) {
    const meta = doc.createElement('meta');
    meta.setAttribute('name', SERVED_CONNECTION_META);
    meta.setAttribute('content', content);
    doc.head.append(meta);
  }
  return doc;
}

describe('the connection of the proxy that served the page', () => {
  it('is the proxy at this page’s own origin, in the Region the server names', () => {
    expect(servedConnection(served('{"kind":"aws-proxy","region":"eu-west-1"}'), ORIGIN)).toEqual({
      kind: 'aws-proxy',
      url: 'http://127.0.0.1:4579/',
      region: 'eu-west-1',
    });
  });

  it('never takes a URL, credentials or anything else from the meta', () => {
    const settings = servedConnection(
      served(
        JSON.stringify({
          kind: 'aws-proxy',
          region: 'us-east-1',
          url: 'https://evil.example/',
          credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'x' },
        }),
      ),
      ORIGIN,
    );
    expect(settings).toEqual({ kind: 'aws-proxy', url: `${ORIGIN}/`, region: 'us-east-1' });
  });

  it.each([
    ['no meta', undefined],
    ['empty', ''],
    ['not JSON', '{kind:aws-proxy}'],
    ['an array', '[{"kind":"aws-proxy","region":"us-east-1"}]'],
    ['null', 'null'],
    ['another kind', '{"kind":"endpoint","region":"us-east-1"}'],
    ['the emulator', '{"kind":"emulator"}'],
    ['no Region', '{"kind":"aws-proxy"}'],
    ['a bad Region', '{"kind":"aws-proxy","region":"<script>"}'],
    ['a Region that is not a string', '{"kind":"aws-proxy","region":["us-east-1"]}'],
    ['an inherited kind', '{"__proto__":{"kind":"aws-proxy","region":"us-east-1"}}'],
    ['too long', JSON.stringify({ kind: 'aws-proxy', region: 'us-east-1', pad: 'x'.repeat(600) })],
  ])('is none for %s', (_, content) => {
    expect(servedConnection(served(content), ORIGIN)).toBeUndefined();
  });

  it('is none for an origin the console could not sign for over plain http, or an opaque one', () => {
    const doc = served('{"kind":"aws-proxy","region":"us-east-1"}');
    expect(servedConnection(doc, 'http://192.0.2.7:4579')).toBeUndefined();
    expect(servedConnection(doc, 'null')).toBeUndefined();
    expect(servedConnection(doc, 'https://console.example.com')).toMatchObject({
      url: 'https://console.example.com/',
    });
  });
});

describe('a new tab and a tab that chose its connection', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());
  const doc = () => served('{"kind":"aws-proxy","region":"us-east-1"}');

  it('a tab with no connection of its own starts on the served one, and keeps it as its own', () => {
    const settings = servedConnectionForNewTab(sessionStorage, doc(), ORIGIN);
    expect(settings).toEqual({ kind: 'aws-proxy', url: `${ORIGIN}/`, region: 'us-east-1' });
    expect(JSON.parse(sessionStorage.getItem(CONNECTION_STORAGE_KEY) ?? 'null')).toEqual(settings);
    expect(sessionStorage.getItem(SERVED_CONNECTION_TAKEN_KEY)).toBe('1');
    // The next load reads the tab's own entry.
    expect(servedConnectionForNewTab(sessionStorage, doc(), ORIGIN)).toBeUndefined();
  });

  it('a tab that then chose the built-in emulator (kept as no entry) stays on it', () => {
    servedConnectionForNewTab(sessionStorage, doc(), ORIGIN);
    storeConnection({ kind: 'emulator' }, sessionStorage);
    expect(sessionStorage.getItem(CONNECTION_STORAGE_KEY)).toBeNull();
    expect(servedConnectionForNewTab(sessionStorage, doc(), ORIGIN)).toBeUndefined();
  });

  it('a served connection that fails the checks is not offered again on the next load', () => {
    const bad = () => served('{"kind":"aws-proxy","region":"not a region"}');
    expect(servedConnectionForNewTab(sessionStorage, bad(), ORIGIN)).toBeUndefined();
    expect(sessionStorage.getItem(CONNECTION_STORAGE_KEY)).toBeNull();
    expect(sessionStorage.getItem(SERVED_CONNECTION_TAKEN_KEY)).toBe('1');
  });

  it('a page served with no connection keeps nothing', () => {
    expect(servedConnectionForNewTab(sessionStorage, served(undefined), ORIGIN)).toBeUndefined();
    expect(sessionStorage.length).toBe(0);
  });

  it('a connection the tab keeps wins, whatever it is', () => {
    sessionStorage.setItem(
      CONNECTION_STORAGE_KEY,
      JSON.stringify({ kind: 'endpoint', url: 'http://127.0.0.1:4580/', region: 'us-east-1' }),
    );
    expect(servedConnectionForNewTab(sessionStorage, doc(), ORIGIN)).toBeUndefined();
  });

  it('storage the browser refuses leaves the served connection', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    } as unknown as Storage;
    expect(servedConnectionForNewTab(refusing, doc(), ORIGIN)).toMatchObject({ kind: 'aws-proxy' });
    expect(servedConnectionForNewTab(undefined, doc(), ORIGIN)).toMatchObject({ kind: 'aws-proxy' });
  });
});
