import { expect, type Page } from '@playwright/test';

export interface EndpointLogin {
  url: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** How the header names the caller STS answers for these keys. */
  caller: string;
}

/** Connects the tab to an SES endpoint from Settings, typing its URL and keys as a user does. */
export async function connectToEndpoint(page: Page, login: EndpointLogin) {
  await page.goto('settings');
  await page.getByRole('radio', { name: /An SES endpoint/ }).check();
  await page.getByRole('textbox', { name: 'Endpoint URL' }).fill(login.url);
  await page.getByRole('textbox', { name: 'Region' }).fill('us-east-1');
  await page.getByRole('textbox', { name: 'Access key ID' }).fill(login.accessKeyId);
  await page.getByLabel('Secret access key').fill(login.secretAccessKey);
  await page.getByRole('button', { name: 'Connect' }).click();
  // Connecting reloads the page into the connection; STS names the caller.
  await expect(page.getByRole('status').filter({ hasText: 'Acting as:' })).toHaveText(
    `Acting as: ${login.caller}`,
  );
}

/** What every storage area of the page's origin holds, as text: what a credentials check reads. */
export interface StorageAreas {
  local: [string, string][];
  session: [string, string][];
  /** One entry per IndexedDB object store: `database/store: records as JSON`. */
  databases: string[];
  /** Cache Storage: `cache: URL` per cached request. */
  caches: string[];
  cookie: string;
  href: string;
}

export function readStorageAreas(page: Page): Promise<StorageAreas> {
  return page.evaluate(async () => {
    const databases: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const get = db.transaction(store).objectStore(store).getAll();
          get.onsuccess = () => resolve(get.result as unknown[]);
          get.onerror = () => reject(get.error);
        });
        databases.push(`${name}/${store}: ${JSON.stringify(all)}`);
      }
      db.close();
    }
    const cached: string[] = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) cached.push(`${key}: ${request.url}`);
    }
    return {
      local: Object.entries(localStorage),
      session: Object.entries(sessionStorage),
      databases,
      caches: cached,
      cookie: document.cookie,
      href: location.href,
    };
  });
}
