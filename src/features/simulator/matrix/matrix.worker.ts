/// <reference lib="webworker" />
/** Runs the decision matrix off the page's thread, so the page never freezes on a large one. */
import { evaluateMatrix, type MatrixInput } from './matrix';

self.onmessage = (event: MessageEvent<MatrixInput>) => {
  try {
    const result = evaluateMatrix(event.data);
    self.postMessage({ ok: true, result }, [result.decisions.buffer]);
  } catch (error) {
    self.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
