/**
 * The emulator's state in IndexedDB (through `idb`), its single source of truth: every SES
 * request runs in one readwrite transaction over all stores, so two tabs never lose each
 * other's writes, and a reload keeps everything. The schema is versioned; `upgrade` migrates.
 * In Node the same code runs on fake-indexeddb.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type {
  ActivityEntry,
  DelegateSettings,
  ForwardedFeedback,
  IdentityState,
  TopicDelivery,
} from './model';
import { identityKey } from './model';
import { seedIdentities } from './seed';
import type { CheckedState } from './state-schema';

export const SCHEMA_VERSION = 3;
/** The oldest export `importState` reads: versions 1 and 2 hold the same records; 3 reshapes identities (`upgradeIdentityRecord`, and `state-schema.ts` on import). */
export const OLDEST_IMPORTABLE_VERSION = 1;
const STORES = ['identities', 'delegateSettings', 'activity', 'deliveries', 'forwarded', 'meta'] as const;

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
}

export type Tx = IDBPTransaction<
  EmulatorSchema,
  typeof STORES extends readonly (infer S)[] ? S[] : never,
  'readwrite'
>;

export interface ExportedState {
  schemaVersion: number;
  identities: IdentityState[];
  delegateSettings: DelegateSettings[];
  activity: ActivityEntry[];
  deliveries: TopicDelivery[];
  forwarded: ForwardedFeedback[];
}

export class EmulatorStore {
  private constructor(private readonly db: IDBPDatabase<EmulatorSchema>) {}

  static async open(name = 'ses-emulator'): Promise<EmulatorStore> {
    const db = await openDB<EmulatorSchema>(name, SCHEMA_VERSION, {
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
      },
    });
    const store = new EmulatorStore(db);
    await store.transaction(async (tx) => {
      if (!(await tx.objectStore('meta').get('seeded'))) await seed(tx);
    });
    return store;
  }

  /** Runs `work` in one readwrite transaction over every store. `work` must await only IDB calls. */
  async transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const tx = this.db.transaction([...STORES], 'readwrite') as Tx;
    // An aborted transaction rejects `done`; the error that caused the abort is what callers see.
    tx.done.catch(() => undefined);
    try {
      const result = await work(tx);
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

  async reset(): Promise<void> {
    await this.transaction(async (tx) => {
      for (const name of STORES) await tx.objectStore(name).clear();
      await seed(tx);
    });
  }

  async exportState(): Promise<ExportedState> {
    return this.transaction(async (tx) => ({
      schemaVersion: SCHEMA_VERSION,
      identities: await tx.objectStore('identities').getAll(),
      delegateSettings: await tx.objectStore('delegateSettings').getAll(),
      activity: await tx.objectStore('activity').getAll(),
      deliveries: await tx.objectStore('deliveries').getAll(),
      forwarded: await tx.objectStore('forwarded').getAll(),
    }));
  }

  /**
   * Replaces the whole state with an export of schema version 1 to 3, after checking all of it
   * (`state-schema.ts`, loaded only now to keep it out of the page's first load). A bad file
   * throws an Error naming its first bad path, and the state is not touched.
   */
  async importState(state: unknown): Promise<void> {
    const { checkExportedState } = await import('./state-schema');
    const checked = checkExportedState(state);
    if (!checked.ok) throw new Error(checked.error);
    await this.importCheckedState(checked.state);
  }

  /** Replaces the whole state with one `checkExportedState` passed, in one transaction. */
  async importCheckedState(state: CheckedState): Promise<void> {
    await this.transaction(async (tx) => {
      for (const name of STORES) await tx.objectStore(name).clear();
      for (const i of state.identities) await tx.objectStore('identities').put(i);
      for (const d of state.delegateSettings) await tx.objectStore('delegateSettings').put(d);
      for (const a of state.activity) await tx.objectStore('activity').put(a);
      for (const d of state.deliveries) await tx.objectStore('deliveries').put(d);
      for (const f of state.forwarded) await tx.objectStore('forwarded').put(f);
      await tx.objectStore('meta').put({ key: 'seeded', value: new Date().toISOString() });
    });
  }

  close(): void {
    this.db.close();
  }
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

async function seed(tx: Tx): Promise<void> {
  for (const identity of seedIdentities()) await tx.objectStore('identities').put(identity);
  await tx.objectStore('meta').put({ key: 'seeded', value: new Date().toISOString() });
}
