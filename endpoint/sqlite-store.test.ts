// @vitest-environment node
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { IndexedDbStore } from '../mocks/ses/store';
import { describeStoreContract } from '../mocks/ses/test/store-contract';
import { SQLITE_SCHEMA_VERSION, SqliteStore } from './sqlite-store';

const dir = mkdtempSync(join(tmpdir(), 'ses-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = () => join(dir, `${crypto.randomUUID()}.sqlite`);

describeStoreContract('SQLite', () => SqliteStore.open(file()));

describe('SQLite store', () => {
  it("moves state both ways with the page's IndexedDB store: an export of one imports into the other unchanged", async () => {
    const page = await IndexedDbStore.open(`ses-emulator-move-${crypto.randomUUID()}`);
    await page.transaction(async (tx) => {
      const [identity] = await tx.allIdentities();
      if (!identity) throw new Error('no seeded identity');
      await tx.putIdentity({
        ...identity,
        policies: [...identity.policies, { name: 'Moved', document: '{}' }],
      });
      await tx.addActivity({
        time: '2026-12-03T00:00:00.000Z',
        action: 'SendEmail',
        caller: 'arn:aws:iam::999999999999:root',
        callerAccount: '999999999999',
        identityArns: [],
        decision: 'Allow',
        message: 'moved',
        trace: [{ nested: { value: 1 } }],
      });
    });
    const fromPage = await page.exportState();
    const server = await SqliteStore.open(file());
    await server.importState(JSON.parse(JSON.stringify(fromPage)));
    expect(await server.exportState()).toEqual(fromPage);

    await server.transaction((tx) => tx.putMeta('unused', 'x'));
    await server.reset();
    const fromServer = await server.exportState();
    await page.importState(JSON.parse(JSON.stringify(fromServer)));
    expect(await page.exportState()).toEqual(fromServer);
    server.close();
    page.close();
  });

  it('is in WAL mode at the current schema version, and a reopened file keeps its state', async () => {
    const path = file();
    const store = await SqliteStore.open(path);
    await store.transaction((tx) => tx.putMeta('kept', 'yes'));
    store.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('user_version', { simple: true })).toBe(SQLITE_SCHEMA_VERSION);
    raw.close();
    const reopened = await SqliteStore.open(path);
    expect(await reopened.transaction((tx) => tx.meta('kept'))).toBe('yes');
    reopened.close();
  });

  it('refuses a file from a newer schema, naming both versions, and leaves it alone', async () => {
    const path = file();
    const raw = new Database(path);
    raw.pragma(`user_version = ${SQLITE_SCHEMA_VERSION + 1}`);
    raw.close();
    await expect(SqliteStore.open(path)).rejects.toThrow(
      `schema version ${SQLITE_SCHEMA_VERSION + 1}, newer than this endpoint's ${SQLITE_SCHEMA_VERSION}`,
    );
  });

  it('refuses a second store on the same file while the first is open, saying so', async () => {
    const path = file();
    const first = await SqliteStore.open(path);
    await expect(SqliteStore.open(path)).rejects.toThrow(`${path} is in use by another endpoint`);
    first.close();
    const second = await SqliteStore.open(path);
    second.close();
  });

  it('refuses a file that is not a database', async () => {
    const path = file();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, 'not a database, just text that is long enough to have a header '.repeat(10));
    await expect(SqliteStore.open(path)).rejects.toThrow(/not a database/);
  });
});
