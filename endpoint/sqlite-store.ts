/**
 * The store port's SQLite adapter (better-sqlite3), the local endpoint's state: one database file
 * in the data directory, in WAL mode, one transaction per request exactly as the page's IndexedDB
 * store runs them. Records are kept as the page keeps them (the same JSON the export holds), with
 * the columns a lookup needs beside them. The schema is versioned in `PRAGMA user_version`, and
 * `MIGRATIONS` take an older file forward when it is opened.
 */
import Database from 'better-sqlite3';
import type {
  ActivityEntry,
  ConfigurationSetState,
  DelegateSettings,
  EventPublication,
  ForwardedFeedback,
  IdentityState,
  TopicDelivery,
} from '../mocks/ses/model';
import { EmulatorStore, type IdentityPageQuery, type StoreTx } from '../mocks/ses/store-port';

type Db = Database.Database;

/** Each entry takes the file from the version before it to its own; the index is version − 1. */
const MIGRATIONS: readonly ((db: Db) => void)[] = [
  // Version 1: the page's schema 3, as tables.
  (db) =>
    db.exec(`
      CREATE TABLE identities (
        key TEXT PRIMARY KEY,
        account TEXT NOT NULL,
        region TEXT NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        record TEXT NOT NULL
      );
      CREATE INDEX identities_by_account_region_name ON identities (account, region, name);
      CREATE TABLE delegate_settings (key TEXT PRIMARY KEY, record TEXT NOT NULL);
      CREATE TABLE activity (id INTEGER PRIMARY KEY AUTOINCREMENT, record TEXT NOT NULL);
      CREATE TABLE deliveries (id INTEGER PRIMARY KEY AUTOINCREMENT, record TEXT NOT NULL);
      CREATE TABLE forwarded (id INTEGER PRIMARY KEY AUTOINCREMENT, record TEXT NOT NULL);
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `),
  // Version 2: SES API v2's configuration sets and the events their destinations publish.
  (db) =>
    db.exec(`
      CREATE TABLE configuration_sets (
        key TEXT PRIMARY KEY,
        account TEXT NOT NULL,
        region TEXT NOT NULL,
        name TEXT NOT NULL,
        record TEXT NOT NULL
      );
      CREATE INDEX configuration_sets_by_account_region_name ON configuration_sets (account, region, name);
      CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, record TEXT NOT NULL);
    `),
];

/** The schema version this code writes. */
export const SQLITE_SCHEMA_VERSION = MIGRATIONS.length;

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SQLITE_SCHEMA_VERSION) {
    throw new Error(
      `The database is at schema version ${current}, newer than this endpoint's ${SQLITE_SCHEMA_VERSION}. Use a newer version of the console, or another --data directory.`,
    );
  }
  for (let version = current + 1; version <= SQLITE_SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version - 1];
    if (!step) throw new Error(`No migration to schema version ${version}.`);
    db.transaction(() => {
      step(db);
      db.pragma(`user_version = ${version}`);
    })();
  }
}

const LOG_TABLES = ['activity', 'deliveries', 'forwarded', 'events'] as const;
type LogTable = (typeof LOG_TABLES)[number];

interface Waiting {
  work: (tx: StoreTx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Transactions run one at a time, and commit in groups: the requests that arrived while one
 * group was running form the next, each in its own savepoint (a throw rolls back that request's
 * writes only), under one SQLite transaction and one fsync. A request is answered only after its
 * group commits, so an acknowledged write is on disk; a failed commit fails the whole group.
 */
export class SqliteStore extends EmulatorStore {
  private readonly tx: StoreTx;
  private readonly waiting: Waiting[] = [];
  private draining = false;
  private scheduled = false;

  private constructor(private readonly db: Db) {
    super();
    this.tx = sqliteTx(db);
  }

  /** Opens (creating and seeding when new) the database at `file`; `:memory:` keeps nothing. */
  static async open(file: string): Promise<SqliteStore> {
    const db = new Database(file);
    try {
      // One endpoint per data directory: the first holds the file's lock for as long as it runs,
      // and a second is refused at once rather than waiting on every write.
      db.pragma('locking_mode = EXCLUSIVE');
      try {
        db.exec('BEGIN IMMEDIATE; COMMIT;');
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_BUSY')
          throw new Error(
            `${file} is in use by another endpoint (or another program). Stop it, or use another --data directory.`,
          );
        throw error;
      }
      db.pragma('journal_mode = WAL');
      // FULL: a commit is on disk before the request is answered, so neither a killed process
      // nor a power cut loses an acknowledged write. Group commit keeps that affordable.
      db.pragma('synchronous = FULL');
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    const store = new SqliteStore(db);
    await store.seedIfEmpty();
    return store;
  }

  override transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  /**
   * A group starts after the event loop's I/O phase (setImmediate), so that every request read
   * in that phase joins it, rather than each committing (and waiting on the disk) alone.
   */
  private schedule(): void {
    if (this.scheduled || this.draining) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      await this.runGroup(this.waiting.splice(0));
    } finally {
      this.draining = false;
      if (this.waiting.length) this.schedule();
    }
  }

  private async runGroup(group: Waiting[]): Promise<void> {
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      this.db.exec('BEGIN IMMEDIATE');
    } catch (error) {
      for (const item of group) item.reject(error);
      return;
    }
    for (const item of group) {
      this.db.exec('SAVEPOINT request');
      try {
        const value = await item.work(this.tx);
        this.db.exec('RELEASE request');
        outcomes.push({ ok: true, value });
      } catch (error) {
        this.db.exec('ROLLBACK TO request');
        this.db.exec('RELEASE request');
        outcomes.push({ ok: false, error });
      }
    }
    try {
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      for (const item of group) item.reject(error);
      return;
    }
    group.forEach((item, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) item.resolve(outcome.value);
      else item.reject(outcome?.error);
    });
  }

  override close(): void {
    this.db.close();
  }
}

function sqliteTx(db: Db): StoreTx {
  const identity = db.prepare<[string], { record: string }>('SELECT record FROM identities WHERE key = ?');
  const putIdentity = db.prepare<[string, string, string, string, string, string]>(
    'INSERT OR REPLACE INTO identities (key, account, region, name, kind, record) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const deleteIdentity = db.prepare<[string]>('DELETE FROM identities WHERE key = ?');
  const allIdentities = db.prepare<[], { record: string }>('SELECT record FROM identities ORDER BY key');
  const delegate = db.prepare<[string], { record: string }>(
    'SELECT record FROM delegate_settings WHERE key = ?',
  );
  const putDelegate = db.prepare<[string, string]>(
    'INSERT OR REPLACE INTO delegate_settings (key, record) VALUES (?, ?)',
  );
  const allDelegates = db.prepare<[], { record: string }>(
    'SELECT record FROM delegate_settings ORDER BY key',
  );
  const configurationSet = db.prepare<[string], { record: string }>(
    'SELECT record FROM configuration_sets WHERE key = ?',
  );
  const putConfigurationSet = db.prepare<[string, string, string, string, string]>(
    'INSERT OR REPLACE INTO configuration_sets (key, account, region, name, record) VALUES (?, ?, ?, ?, ?)',
  );
  const deleteConfigurationSet = db.prepare<[string]>('DELETE FROM configuration_sets WHERE key = ?');
  const configurationSets = db.prepare<[string, string], { record: string }>(
    'SELECT record FROM configuration_sets WHERE account = ? AND region = ? ORDER BY name',
  );
  const allConfigurationSets = db.prepare<[], { record: string }>(
    'SELECT record FROM configuration_sets ORDER BY key',
  );
  const meta = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
  const putMeta = db.prepare<[string, string]>('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');

  const log = (table: LogTable) => ({
    add: db.prepare<[string]>(`INSERT INTO ${table} (record) VALUES (?)`),
    addWithId: db.prepare<[number, string]>(`INSERT OR REPLACE INTO ${table} (id, record) VALUES (?, ?)`),
    all: db.prepare<[], { id: number; record: string }>(`SELECT id, record FROM ${table} ORDER BY id`),
  });
  const logs = new Map(LOG_TABLES.map((t) => [t, log(t)]));
  const logOf = (table: LogTable) => {
    const statements = logs.get(table);
    if (!statements) throw new Error(`No table ${table}.`);
    return statements;
  };
  const append = async (table: LogTable, entry: { id?: number }) => {
    const { id, ...rest } = entry;
    const statements = logOf(table);
    if (id === undefined) statements.add.run(JSON.stringify(rest));
    else statements.addWithId.run(id, JSON.stringify(rest));
  };
  const listAll = async <T>(table: LogTable) =>
    logOf(table)
      .all.all()
      .map((row) => ({ ...(JSON.parse(row.record) as object), id: row.id }) as T);
  const parse = <T>(row: { record: string } | undefined) =>
    row === undefined ? undefined : (JSON.parse(row.record) as T);

  return {
    identity: async (key) => parse<IdentityState>(identity.get(key)),
    putIdentity: async (i) => {
      putIdentity.run(i.key, i.account, i.region, i.name, i.kind, JSON.stringify(i));
    },
    deleteIdentity: async (key) => {
      deleteIdentity.run(key);
    },
    identityPage: async (query) => identityPage(db, query),
    allIdentities: async () => allIdentities.all().map((row) => JSON.parse(row.record) as IdentityState),
    delegateSettings: async (key) => parse<DelegateSettings>(delegate.get(key)),
    putDelegateSettings: async (s) => {
      putDelegate.run(s.key, JSON.stringify(s));
    },
    allDelegateSettings: async () =>
      allDelegates.all().map((row) => JSON.parse(row.record) as DelegateSettings),
    addActivity: (entry) => append('activity', entry),
    addDelivery: (delivery) => append('deliveries', delivery),
    addForwarded: (feedback) => append('forwarded', feedback),
    allActivity: () => listAll<ActivityEntry>('activity'),
    allDeliveries: () => listAll<TopicDelivery>('deliveries'),
    allForwarded: () => listAll<ForwardedFeedback>('forwarded'),
    configurationSet: async (key) => parse<ConfigurationSetState>(configurationSet.get(key)),
    putConfigurationSet: async (c) => {
      putConfigurationSet.run(c.key, c.account, c.region, c.name, JSON.stringify(c));
    },
    deleteConfigurationSet: async (key) => {
      deleteConfigurationSet.run(key);
    },
    configurationSets: async (account, region) =>
      configurationSets.all(account, region).map((row) => JSON.parse(row.record) as ConfigurationSetState),
    allConfigurationSets: async () =>
      allConfigurationSets.all().map((row) => JSON.parse(row.record) as ConfigurationSetState),
    addEvent: (event) => append('events', event),
    allEvents: () => listAll<EventPublication>('events'),
    meta: async (key) => meta.get(key)?.value,
    putMeta: async (key, value) => {
      putMeta.run(key, value);
    },
    clear: async () => {
      db.exec(
        'DELETE FROM identities; DELETE FROM delegate_settings; DELETE FROM activity; DELETE FROM deliveries; DELETE FROM forwarded; DELETE FROM meta; DELETE FROM configuration_sets; DELETE FROM events;',
      );
    },
  };
}

const pageStatements = new WeakMap<Db, Map<string, Database.Statement<unknown[], { record: string }>>>();

/** One page of ListIdentities in name order (names are 7-bit ASCII, so byte and code unit order agree). */
function identityPage(db: Db, { account, region, after, kind, limit }: IdentityPageQuery): IdentityState[] {
  const sql = `SELECT record FROM identities WHERE account = ? AND region = ?${after === undefined ? '' : ' AND name > ?'}${kind ? ' AND kind = ?' : ''} ORDER BY name LIMIT ?`;
  let cache = pageStatements.get(db);
  if (!cache) pageStatements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare<unknown[], { record: string }>(sql)));
  const args: unknown[] = [account, region];
  if (after !== undefined) args.push(after);
  if (kind) args.push(kind);
  args.push(limit);
  return statement.all(...args).map((row) => JSON.parse(row.record) as IdentityState);
}
