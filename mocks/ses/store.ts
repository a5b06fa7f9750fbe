/**
 * The store port's IndexedDB adapter (through `idb`): the page's emulator state, its single source
 * of truth. Every SES request runs in one readwrite transaction over all object stores, so two tabs
 * never lose each other's writes, and a reload keeps everything. The schema is versioned;
 * `upgrade` migrates. In Node the same code runs on fake-indexeddb.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type {
  ActivityEntry,
  ConfigurationSetState,
  DelegateSettings,
  EventPublication,
  ForwardedFeedback,
  IdentityState,
  TopicDelivery,
} from './model';
import { identityKey } from './model';
import { EmulatorStore, type IdentityPageQuery, type StoreTx } from './store-port';

export { SCHEMA_VERSION, OLDEST_IMPORTABLE_VERSION, type ExportedState } from './store-port';

const STORES = [
  'identities',
  'delegateSettings',
  'activity',
  'deliveries',
  'forwarded',
  'meta',
  'configurationSets',
  'events',
] as const;

/**
 * The IndexedDB database's version. Version 4 adds SES API v2's configuration sets and events as
 * new object stores; their export stays schema version 3 (two optional lists), so the database's
 * version runs one ahead of `SCHEMA_VERSION` from here on.
 */
export const IDB_VERSION = 4;

export interface EmulatorSchema extends DBSchema {
  identities: {
    key: string;
    value: IdentityState;
    indexes: { byAccountRegion: [string, string]; byAccountRegionName: [string, string, string] };
  };
  delegateSettings: { key: string; value: DelegateSettings };
  activity: { key: number; value: ActivityEntry };
  deliveries: { key: number; value: TopicDelivery };
  forwarded: { key: number; value: ForwardedFeedback };
  meta: { key: string; value: { key: string; value: string } };
  configurationSets: {
    key: string;
    value: ConfigurationSetState;
    indexes: { byAccountRegionName: [string, string, string] };
  };
  events: { key: number; value: EventPublication };
}

type Tx = IDBPTransaction<
  EmulatorSchema,
  typeof STORES extends readonly (infer S)[] ? S[] : never,
  'readwrite'
>;

export class IndexedDbStore extends EmulatorStore {
  private constructor(private readonly db: IDBPDatabase<EmulatorSchema>) {
    super();
  }

  static async open(name = 'ses-emulator'): Promise<IndexedDbStore> {
    const db = await openDB<EmulatorSchema>(name, IDB_VERSION, {
      upgrade(database, oldVersion, _newVersion, transaction) {
        // Version 1: the first schema. Later versions add their migrations below this one.
        if (oldVersion < 1) {
          const identities = database.createObjectStore('identities', { keyPath: 'key' });
          identities.createIndex('byAccountRegion', ['account', 'region']);
          database.createObjectStore('delegateSettings', { keyPath: 'key' });
          database.createObjectStore('activity', { keyPath: 'id', autoIncrement: true });
          database.createObjectStore('deliveries', { keyPath: 'id', autoIncrement: true });
          database.createObjectStore('forwarded', { keyPath: 'id', autoIncrement: true });
          database.createObjectStore('meta', { keyPath: 'key' });
        }
        // Version 2: identities in name order per account and Region, so that ListIdentities
        // reads one page of records instead of every identity of the account for each page.
        if (oldVersion < 2) {
          transaction
            .objectStore('identities')
            .createIndex('byAccountRegionName', ['account', 'region', 'name']);
        }
        // Version 3: policies become a list (a dictionary keyed by policy names let `__proto__`
        // and `toString` resolve to Object.prototype), and email address identities are keyed
        // case-sensitively, as SES keeps them. Records are rewritten in place.
        if (oldVersion < 3) {
          const identities = transaction.objectStore('identities');
          void identities.openCursor().then(async function rewrite(cursor): Promise<void> {
            if (!cursor) return;
            const upgraded = upgradeIdentityRecord(cursor.value as unknown as LegacyIdentityRecord);
            if (upgraded.key !== cursor.primaryKey) {
              await cursor.delete();
              await identities.put(upgraded);
            } else {
              await cursor.update(upgraded);
            }
            return rewrite(await cursor.continue());
          });
        }
        // Version 4: SES API v2's configuration sets, and the events their destinations publish.
        if (oldVersion < 4) {
          database
            .createObjectStore('configurationSets', { keyPath: 'key' })
            .createIndex('byAccountRegionName', ['account', 'region', 'name']);
          database.createObjectStore('events', { keyPath: 'id', autoIncrement: true });
        }
      },
    });
    const store = new IndexedDbStore(db);
    await store.seedIfEmpty();
    return store;
  }

  /** Runs `work` in one readwrite transaction over every object store. */
  override async transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T> {
    const tx = this.db.transaction([...STORES], 'readwrite') as Tx;
    // An aborted transaction rejects `done`; the error that caused the abort is what callers see.
    tx.done.catch(() => undefined);
    try {
      const result = await work(indexedDbTx(tx));
      await tx.done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already finished or aborted.
      }
      throw error;
    }
  }

  override close(): void {
    this.db.close();
  }
}

/** The port over one IDB transaction. An id an entry already has (an import's) is kept by `put`. */
function indexedDbTx(tx: Tx): StoreTx {
  const identities = tx.objectStore('identities');
  const delegates = tx.objectStore('delegateSettings');
  const put = <T extends { id?: number }>(store: { put(value: T): Promise<unknown> }, value: T) =>
    store.put(value).then(() => undefined);
  return {
    identity: (key) => identities.get(key),
    putIdentity: (identity) => identities.put(identity).then(() => undefined),
    deleteIdentity: (key) => identities.delete(key),
    identityPage: (query) => identityPage(tx, query),
    allIdentities: () => identities.getAll(),
    delegateSettings: (key) => delegates.get(key),
    putDelegateSettings: (settings) => delegates.put(settings).then(() => undefined),
    allDelegateSettings: () => delegates.getAll(),
    addActivity: (entry) => put(tx.objectStore('activity'), entry),
    addDelivery: (delivery) => put(tx.objectStore('deliveries'), delivery),
    addForwarded: (feedback) => put(tx.objectStore('forwarded'), feedback),
    allActivity: () => tx.objectStore('activity').getAll(),
    allDeliveries: () => tx.objectStore('deliveries').getAll(),
    allForwarded: () => tx.objectStore('forwarded').getAll(),
    configurationSet: (key) => tx.objectStore('configurationSets').get(key),
    putConfigurationSet: (set) =>
      tx
        .objectStore('configurationSets')
        .put(set)
        .then(() => undefined),
    deleteConfigurationSet: (key) => tx.objectStore('configurationSets').delete(key),
    configurationSets: (account, region) =>
      tx
        .objectStore('configurationSets')
        .index('byAccountRegionName')
        .getAll(IDBKeyRange.bound([account, region], [account, region, []])),
    allConfigurationSets: () => tx.objectStore('configurationSets').getAll(),
    addEvent: (event) => put(tx.objectStore('events'), event),
    allEvents: () => tx.objectStore('events').getAll(),
    meta: async (key) => (await tx.objectStore('meta').get(key))?.value,
    putMeta: (key, value) =>
      tx
        .objectStore('meta')
        .put({ key, value })
        .then(() => undefined),
    clear: async () => {
      for (const name of STORES) await tx.objectStore(name).clear();
    },
  };
}

async function identityPage(
  tx: Tx,
  { account, region, after, kind, limit }: IdentityPageQuery,
): Promise<IdentityState[]> {
  // [account, region, name] keys after `after`, up to [account, region, []] (an array sorts after
  // every string in IndexedDB).
  const range = IDBKeyRange.bound(
    after === undefined ? [account, region] : [account, region, after],
    [account, region, []],
    after !== undefined,
  );
  const index = tx.objectStore('identities').index('byAccountRegionName');
  if (!kind) return index.getAll(range, limit);
  const found: IdentityState[] = [];
  for (
    let cursor = await index.openCursor(range);
    cursor && found.length < limit;
    cursor = await cursor.continue()
  ) {
    if (cursor.value.kind === kind) found.push(cursor.value);
  }
  return found;
}

/** An identity record as schema versions 1 and 2 kept it: policies as a name → document object. */
export type LegacyIdentityRecord = Omit<IdentityState, 'policies'> & {
  policies: IdentityState['policies'] | Record<string, string>;
};

/** A version 1 or 2 identity record in version 3's shape: a policy list, and its key recomputed. */
export function upgradeIdentityRecord(record: LegacyIdentityRecord): IdentityState {
  const policies = Array.isArray(record.policies)
    ? record.policies
    : Object.entries(record.policies ?? {}).map(([name, document]) => ({ name, document }));
  return { ...record, key: identityKey(record.account, record.region, record.name), policies };
}
