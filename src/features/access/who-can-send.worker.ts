/// <reference lib="webworker" />
/**
 * The who-can-send worker: runs the engine's whoCanSend off the page's thread, so that a report
 * over many identities never blocks the UI. It answers each run with progress, then the results.
 */
import type { WorkerRequest, WorkerResponse } from './access-job';
import { analyseJobs } from './analyse-jobs';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const cancelled = new Set<number>();

const post = (message: WorkerResponse) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    cancelled.add(request.id);
    return;
  }
  const { id, jobs } = request;
  analyseJobs(jobs, {
    onProgress: (done, total) => post({ id, type: 'progress', done, total }),
    cancelled: () => cancelled.has(id),
  }).then(
    (results) => {
      cancelled.delete(id);
      post({ id, type: 'done', results });
    },
    (error: unknown) => {
      if (!cancelled.delete(id)) post({ id, type: 'error', message: String(error) });
    },
  );
};
