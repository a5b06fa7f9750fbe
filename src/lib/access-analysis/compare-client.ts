/**
 * Runs compareAccess for one caller (an editor, a dialog): in a Web Worker, or, where there is no
 * Worker (jsdom in unit tests), with the engine loaded lazily on this thread. Either way the
 * analysis stays out of the first-load chunk. A new run supersedes the one before: its answer is
 * never delivered, and a worker still busy with it is terminated so it stops searching.
 */
import type { CompareAccessRequest, CompareAccessResult } from '../../policy-engine/analysis';
import type { CompareAnswerMessage, CompareRequestMessage } from './compare-messages';

export interface CompareClient {
  /** Rejects with a `SupersededError` when a later run (or dispose) replaced it. */
  run(request: CompareAccessRequest): Promise<CompareAccessResult>;
  /** Drops the run in progress; the client may still be used afterwards (React re-mounts effects). */
  dispose(): void;
}

export class SupersededError extends Error {
  constructor() {
    super('A later comparison replaced this one.');
    this.name = 'SupersededError';
  }
}

interface Pending {
  id: number;
  resolve: (result: CompareAccessResult) => void;
  reject: (error: Error) => void;
}

function failed(reason: string): CompareAccessResult {
  return { verdict: 'unknown', gained: [], lost: [], unknown: [`the analysis could not run (${reason})`] };
}

export function createCompareClient(): CompareClient {
  return typeof Worker === 'undefined' ? inlineClient() : workerClient();
}

function workerClient(): CompareClient {
  let worker: Worker | undefined;
  let pending: Pending | undefined;
  let nextId = 1;

  const stop = () => {
    worker?.terminate();
    worker = undefined;
  };
  const supersede = () => {
    if (!pending) return;
    const { reject } = pending;
    pending = undefined;
    // Busy with an answer nobody wants: stopping it is the only way to end its search.
    stop();
    reject(new SupersededError());
  };
  const start = (): Worker => {
    const created = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
    created.onmessage = (event: MessageEvent<CompareAnswerMessage>) => {
      if (!pending || event.data.id !== pending.id) return;
      const { resolve } = pending;
      pending = undefined;
      resolve(event.data.result);
    };
    created.onerror = (event) => {
      const current = pending;
      pending = undefined;
      stop();
      current?.resolve(failed(event.message || 'the worker failed'));
    };
    return created;
  };

  return {
    run(request) {
      supersede();
      worker ??= start();
      const id = nextId++;
      const message: CompareRequestMessage = { id, request };
      const answer = new Promise<CompareAccessResult>((resolve, reject) => {
        pending = { id, resolve, reject };
      });
      worker.postMessage(message);
      return answer;
    },
    dispose() {
      supersede();
      stop();
    },
  };
}

function inlineClient(): CompareClient {
  let latest = 0;
  return {
    async run(request) {
      const id = ++latest;
      const { compareAccess } = await import('../../policy-engine/analysis');
      if (id !== latest) throw new SupersededError();
      return compareAccess(request);
    },
    dispose() {
      latest++;
    },
  };
}

/** One comparison with a client of its own (a question asked once, such as Save as new). */
export async function compareOnce(request: CompareAccessRequest): Promise<CompareAccessResult> {
  const client = createCompareClient();
  try {
    return await client.run(request);
  } finally {
    client.dispose();
  }
}
