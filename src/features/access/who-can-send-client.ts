/**
 * The page's side of the who-can-send worker: one worker, started on the first analysis and kept
 * for the next, its runs told apart by an id. Where Web Workers do not exist (jsdom), or the
 * worker fails to start, the engine is imported on demand and run on the page instead, one
 * identity per task.
 */
import type { AccessJob, AccessResult, WorkerRequest, WorkerResponse } from './access-job';

export interface RunOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

interface Pending {
  resolve: (results: AccessResult[]) => void;
  reject: (error: Error) => void;
  onProgress?: (done: number, total: number) => void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function startWorker(): Worker | undefined {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return undefined;
  const started = new Worker(new URL('./who-can-send.worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    const run = pending.get(message.id);
    if (!run) return;
    if (message.type === 'progress') run.onProgress?.(message.done, message.total);
    else {
      pending.delete(message.id);
      if (message.type === 'done') run.resolve(message.results);
      else run.reject(new Error(message.message));
    }
  };
  // A worker that cannot load fails every run it holds; the next run starts a new one.
  started.onerror = (event) => {
    event.preventDefault();
    for (const run of pending.values())
      run.reject(new Error(`The analysis worker failed: ${event.message || 'it could not start'}`));
    pending.clear();
    started.terminate();
    worker = undefined;
  };
  worker = started;
  return started;
}

async function runOnPage(jobs: AccessJob[], options: RunOptions): Promise<AccessResult[]> {
  const { analyseJobs } = await import('./analyse-jobs');
  return analyseJobs(jobs, { onProgress: options.onProgress, cancelled: () => !!options.signal?.aborted });
}

/** whoCanSend over each job, in the worker when there is one; results in the jobs' order. */
export function runWhoCanSend(jobs: AccessJob[], options: RunOptions = {}): Promise<AccessResult[]> {
  const target = startWorker();
  if (!target) return runOnPage(jobs, options);
  const id = nextId++;
  return new Promise<AccessResult[]>((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress: options.onProgress });
    options.signal?.addEventListener(
      'abort',
      () => {
        if (!pending.delete(id)) return;
        target.postMessage({ id, type: 'cancel' } satisfies WorkerRequest);
        reject(new DOMException('The analysis was cancelled.', 'AbortError'));
      },
      { once: true },
    );
    target.postMessage({ id, type: 'run', jobs } satisfies WorkerRequest);
  });
}
