/// <reference lib="webworker" />
/**
 * Runs compareAccess off the page's thread: a search may take up to its step bound, and typing in
 * the editor must never wait for it. One request at a time; the page terminates the worker to
 * cancel one that is no longer wanted.
 */
import { compareAccess } from '../../policy-engine/analysis';
import type { CompareRequestMessage, CompareAnswerMessage } from './compare-messages';

self.onmessage = (event: MessageEvent<CompareRequestMessage>) => {
  const { id, request } = event.data;
  // compareAccess catches its own failures and answers 'unknown' with the reason.
  const answer: CompareAnswerMessage = { id, result: compareAccess(request) };
  self.postMessage(answer);
};
