/**
 * Runs whoCanSend over a list of identities, one at a time, yielding between identities so that
 * progress can be reported and a cancel can stop it. The worker runs it; so does the page when
 * Web Workers are unavailable (jsdom), where yielding keeps the page responsive.
 */
import { whoCanSend } from '../../policy-engine';
import type { AccessJob, AccessResult } from './access-job';

export interface AnalyseOptions {
  onProgress?: (done: number, total: number) => void;
  /** Asked before each identity: true stops the run (it then rejects with an AbortError). */
  cancelled?: () => boolean;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** One identity's analysis; an engine failure becomes a note instead of losing the whole report. */
export function analyseJob(job: AccessJob): AccessResult {
  try {
    return {
      identity: job.identity,
      identityArn: job.identityArn,
      result: whoCanSend({ identityArn: job.identityArn, policies: job.policies }),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      identity: job.identity,
      identityArn: job.identityArn,
      result: { identityArn: job.identityArn, rows: [], notes: [`The analysis failed: ${reason}`] },
    };
  }
}

export async function analyseJobs(jobs: readonly AccessJob[], options: AnalyseOptions = {}) {
  const results: AccessResult[] = [];
  options.onProgress?.(0, jobs.length);
  for (const job of jobs) {
    await nextTask();
    if (options.cancelled?.()) throw new DOMException('The analysis was cancelled.', 'AbortError');
    results.push(analyseJob(job));
    options.onProgress?.(results.length, jobs.length);
  }
  return results;
}
