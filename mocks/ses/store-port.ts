/**
 * The store port: what the emulator's operations need from storage, and nothing about how it is
 * kept. Two adapters implement it, IndexedDB in the page (`store.ts`) and SQLite in the local
 * endpoint (`endpoint/sqlite-store.ts`); one contract suite (`store-contract.ts`) runs against
 * both. Everything a request does happens in one `transaction`, which commits or rolls back whole.
 */
import type {
  ActivityEntry,
  ConfigurationSetState,
  DelegateSettings,
  EventPublication,
  ForwardedFeedback,
  IdentityState,
  TopicDelivery,
} from './model';
import { seedIdentities } from './seed';
import type { CheckedState } from './state-schema';

/** The export format, the same from both adapters, so that state moves between page and server. */
export interface ExportedState {
  schemaVersion: number;
  identities: IdentityState[];
  delegateSettings: DelegateSettings[];
  activity: ActivityEntry[];
  deliveries: TopicDelivery[];
  forwarded: ForwardedFeedback[];
  /**
   * SES API v2's configuration sets and the events their destinations published. Added within
   * version 3 (an export without them imports with none): older emulators ignore them.
   */
  configurationSets?: ConfigurationSetState[];
  events?: EventPublication[];
}

/** The version of the exported format (and of the page's IndexedDB schema). */
export const SCHEMA_VERSION = 3;
/** The oldest export `importState` reads: versions 1 and 2 hold the same records; 3 reshapes identities. */
export const OLDEST_IMPORTABLE_VERSION = 1;

export interface IdentityPageQuery {
  account: string;
  region: string;
  /** Only names strictly after this one (in code unit order). */
  after?: string;
  kind?: IdentityState['kind'];
  limit: number;
}

/** One transaction's view of the state. Work inside a transaction awaits only these calls. */
export interface StoreTx {
  identity(key: string): Promise<IdentityState | undefined>;
  putIdentity(identity: IdentityState): Promise<void>;
  deleteIdentity(key: string): Promise<void>;
  /** An account's identities in one Region in name order: one page of ListIdentities. */
  identityPage(query: IdentityPageQuery): Promise<IdentityState[]>;
  allIdentities(): Promise<IdentityState[]>;
  delegateSettings(key: string): Promise<DelegateSettings | undefined>;
  putDelegateSettings(settings: DelegateSettings): Promise<void>;
  allDelegateSettings(): Promise<DelegateSettings[]>;
  /** Appends an entry; an entry with an `id` (from an import) keeps it. */
  addActivity(entry: ActivityEntry): Promise<void>;
  addDelivery(delivery: TopicDelivery): Promise<void>;
  addForwarded(feedback: ForwardedFeedback): Promise<void>;
  /** In insertion order, each with its id. */
  allActivity(): Promise<ActivityEntry[]>;
  allDeliveries(): Promise<TopicDelivery[]>;
  allForwarded(): Promise<ForwardedFeedback[]>;
  configurationSet(key: string): Promise<ConfigurationSetState | undefined>;
  putConfigurationSet(set: ConfigurationSetState): Promise<void>;
  deleteConfigurationSet(key: string): Promise<void>;
  /** An account's configuration sets in one Region, in name order (code unit order). */
  configurationSets(account: string, region: string): Promise<ConfigurationSetState[]>;
  allConfigurationSets(): Promise<ConfigurationSetState[]>;
  addEvent(event: EventPublication): Promise<void>;
  allEvents(): Promise<EventPublication[]>;
  meta(key: string): Promise<string | undefined>;
  putMeta(key: string, value: string): Promise<void>;
  /** Empties every table. */
  clear(): Promise<void>;
}

/**
 * A store: an adapter supplies `transaction` and `close`; seeding, reset, export and import are
 * the same for every adapter, built on `transaction`.
 */
export abstract class EmulatorStore {
  /** Runs `work` in one transaction over the whole state; a throw rolls all of it back. */
  abstract transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T>;
  abstract close(): void;

  /** Seeds an empty store with the demo (a new page, a new data directory). */
  async seedIfEmpty(): Promise<void> {
    await this.transaction(async (tx) => {
      if ((await tx.meta('seeded')) === undefined) await seed(tx);
    });
  }

  /** Back to the seeded demo, in one transaction. */
  async reset(): Promise<void> {
    await this.transaction(async (tx) => {
      await tx.clear();
      await seed(tx);
    });
  }

  async exportState(): Promise<ExportedState> {
    return this.transaction(async (tx) => ({
      schemaVersion: SCHEMA_VERSION,
      identities: await tx.allIdentities(),
      delegateSettings: await tx.allDelegateSettings(),
      activity: await tx.allActivity(),
      deliveries: await tx.allDeliveries(),
      forwarded: await tx.allForwarded(),
      configurationSets: await tx.allConfigurationSets(),
      events: await tx.allEvents(),
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
      await tx.clear();
      for (const i of state.identities) await tx.putIdentity(i);
      for (const d of state.delegateSettings) await tx.putDelegateSettings(d);
      for (const a of state.activity) await tx.addActivity(a);
      for (const d of state.deliveries) await tx.addDelivery(d);
      for (const f of state.forwarded) await tx.addForwarded(f);
      for (const c of state.configurationSets ?? []) await tx.putConfigurationSet(c);
      for (const e of state.events ?? []) await tx.addEvent(e);
      await tx.putMeta('seeded', new Date().toISOString());
    });
  }
}

async function seed(tx: StoreTx): Promise<void> {
  for (const identity of seedIdentities()) await tx.putIdentity(identity);
  await tx.putMeta('seeded', new Date().toISOString());
}
