/**
 * A stand-in for `tough-cookie` in the browser build. MSW keeps a cookie jar for handlers that
 * read or set cookies; the SES Query API uses none, and the real library drags the whole public
 * suffix list (`tldts`, about 60 KB gzip) into the first load. This shim keeps MSW's calls
 * working and stores nothing, so MSW also never writes a cookie store to localStorage.
 * Vitest runs MSW in Node with the real library.
 */
export class Cookie {
  key = '';
  domain: string | null = null;
  path: string | null = null;
  static fromJSON(): Cookie | null {
    return null;
  }
  toJSON(): Record<string, unknown> {
    return {};
  }
}

export type SerializedCookie = Record<string, unknown>;
export type MemoryCookieStoreIndex = Record<string, Record<string, Record<string, Cookie>>>;

export class MemoryCookieStore {
  idx: MemoryCookieStoreIndex = {};
}

export class CookieJar {
  constructor(_store?: MemoryCookieStore) {}
  getCookiesSync(_url: string): Cookie[] {
    return [];
  }
  async setCookie(_cookie: string, _url: string): Promise<void> {}
}
