/** Runs a matrix in a Web Worker: one worker per run, terminated when done or when cancelled. */
import type { MatrixInput, MatrixResult } from './matrix';

type WorkerAnswer = { ok: true; result: MatrixResult } | { ok: false; error: string };

export interface MatrixRun {
  result: Promise<MatrixResult>;
  cancel: () => void;
}

export function runMatrixInWorker(input: MatrixInput): MatrixRun {
  const worker = new Worker(new URL('./matrix.worker.ts', import.meta.url), { type: 'module' });
  let settle: ((error: Error) => void) | undefined;
  const result = new Promise<MatrixResult>((resolve, reject) => {
    settle = reject;
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.result);
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The matrix worker failed.'));
    };
    worker.postMessage(input);
  });
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle?.(new Error('Cancelled.'));
    },
  };
}
