/**
 * The state behind useAccessComparison, outside React: the latest answer (keyed by the exact
 * input it answers), the debounce timer and the run in progress. Keys make stale answers
 * harmless: an answer is shown only while its key is the input's.
 */
import type { CompareAccessRequest, CompareAccessResult } from '../../policy-engine/analysis';
import { createCompareClient, SupersededError, type CompareClient } from './compare-client';

export interface ComparisonInput {
  /** The request, serialised: two inputs with the same key have the same answer. */
  key: string;
  request: CompareAccessRequest;
}

export interface ComparisonAnswer {
  key: string;
  result: CompareAccessResult;
}

const ignoreSuperseded = (error: unknown) => {
  if (!(error instanceof SupersededError)) throw error;
};

export class ComparisonStore {
  private readonly client: CompareClient = createCompareClient();
  private readonly listeners = new Set<() => void>();
  private answer: ComparisonAnswer | undefined;
  private running: { key: string; promise: Promise<CompareAccessResult> } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The key the timer will start, so that re-rendering the same input does not restart the wait. */
  private scheduledKey: string | undefined;

  constructor(private readonly delayMs: number) {}

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getSnapshot = (): ComparisonAnswer | undefined => this.answer;

  /** Asks for the input's answer once the user has paused (the debounce), unless it is known. */
  schedule(input: ComparisonInput | undefined): void {
    if (input && this.scheduledKey === input.key) return;
    this.cancelTimer();
    if (!input || this.answer?.key === input.key || this.running?.key === input.key) return;
    this.scheduledKey = input.key;
    this.timer = setTimeout(() => {
      this.scheduledKey = undefined;
      this.start(input).catch(ignoreSuperseded);
    }, this.delayMs);
  }

  /** The input's answer: the known one, the one being computed, or one computed now. */
  settle(input: ComparisonInput): Promise<CompareAccessResult> {
    if (this.answer?.key === input.key) return Promise.resolve(this.answer.result);
    if (this.running?.key === input.key) return this.running.promise;
    this.cancelTimer();
    return this.start(input);
  }

  dispose(): void {
    this.cancelTimer();
    this.running = undefined;
    this.client.dispose();
  }

  private cancelTimer(): void {
    clearTimeout(this.timer);
    this.scheduledKey = undefined;
  }

  private start(input: ComparisonInput): Promise<CompareAccessResult> {
    const promise = this.client.run(input.request).then((result) => {
      if (this.running?.key === input.key) this.running = undefined;
      this.answer = { key: input.key, result };
      for (const listener of this.listeners) listener();
      return result;
    });
    this.running = { key: input.key, promise };
    return promise;
  }
}
