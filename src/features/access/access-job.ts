/**
 * What the who-can-send worker is asked and answers: one job per identity (its ARN and every
 * policy attached to it), one result per job, in the jobs' order.
 */
import type { PolicyInput, WhoCanSendResult } from '../../policy-engine';

export interface AccessJob {
  identity: string;
  identityArn: string;
  policies: PolicyInput[];
}

export interface AccessResult {
  identity: string;
  identityArn: string;
  result: WhoCanSendResult;
}

export type WorkerRequest = { id: number; type: 'run'; jobs: AccessJob[] } | { id: number; type: 'cancel' };

export type WorkerResponse =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; results: AccessResult[] }
  | { id: number; type: 'error'; message: string };
