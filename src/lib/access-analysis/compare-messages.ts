/** What the page and the comparison worker say to each other: each answer carries its request's id. */
import type { CompareAccessRequest, CompareAccessResult } from '../../policy-engine/analysis';

export interface CompareRequestMessage {
  id: number;
  request: CompareAccessRequest;
}

export interface CompareAnswerMessage {
  id: number;
  result: CompareAccessResult;
}
