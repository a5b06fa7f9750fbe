/**
 * "After this change, who can send as this identity that could not before?", answered as the
 * user types: the engine's compareAccess between the identity's saved policies and the same set
 * with the change made, debounced, run off the page's thread, with stale answers never shown.
 * A draft that is not JSON has no comparison ('invalid'): the editor reports its problems.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { CompareAccessResult } from '../../policy-engine/analysis';
import type { PolicyInput } from '../../policy-engine';
import { ComparisonStore, type ComparisonInput } from './comparison-store';
import { parsesAsJson, withDraft, withoutPolicy, type DraftPolicy } from './policy-sets';

/** A draft saved in place of `replacing` (or added), or a saved policy deleted. */
export type AccessChange = { put: DraftPolicy; replacing?: string } | { remove: string };

export type ComparisonStatus = 'idle' | 'pending' | 'ready' | 'invalid';

export interface AccessComparisonOptions {
  identityArn: string;
  /** The identity's saved policies, all of them, as read from SES. */
  saved: readonly PolicyInput[];
  /** Nothing to compare yet: 'idle'. */
  change: AccessChange | undefined;
  /** How long typing must pause before a comparison starts. */
  delayMs?: number;
}

export interface AccessComparison {
  status: ComparisonStatus;
  /** The answer for exactly the current change, while the status is 'ready'. */
  result?: CompareAccessResult;
  /**
   * The answer for the current change: at once when known, otherwise computed now (without the
   * debounce); undefined when there is nothing to compare. Rejects with a SupersededError if a
   * later change replaced it first.
   */
  settle(): Promise<CompareAccessResult | undefined>;
}

export const COMPARISON_DELAY_MS = 300;

type Prepared = ComparisonInput | 'invalid' | undefined;

function prepare(
  identityArn: string,
  saved: readonly PolicyInput[],
  change: AccessChange | undefined,
): Prepared {
  if (!change) return undefined;
  if ('put' in change && !parsesAsJson(change.put.document)) return 'invalid';
  const after =
    'put' in change ? withDraft(saved, change.put, change.replacing) : withoutPolicy(saved, change.remove);
  const request = { identityArn, before: [...saved], after };
  return { key: JSON.stringify([identityArn, request.before, after]), request };
}

export function useAccessComparison({
  identityArn,
  saved,
  change,
  delayMs = COMPARISON_DELAY_MS,
}: AccessComparisonOptions): AccessComparison {
  const [store] = useState(() => new ComparisonStore(delayMs));
  const answer = useSyncExternalStore(store.subscribe, store.getSnapshot);
  // The change's parts, so that a change object rebuilt on every render is not a new input.
  const put = change && 'put' in change ? change.put : undefined;
  const putName = put?.name;
  const putDocument = put?.document;
  const replacing = change && 'put' in change ? change.replacing : undefined;
  const removing = change && 'remove' in change ? change.remove : undefined;
  const prepared = useMemo(
    () =>
      prepare(
        identityArn,
        saved,
        putName !== undefined && putDocument !== undefined
          ? { put: { name: putName, document: putDocument }, replacing }
          : removing !== undefined
            ? { remove: removing }
            : undefined,
      ),
    [identityArn, saved, putName, putDocument, replacing, removing],
  );
  const input = typeof prepared === 'object' ? prepared : undefined;

  useEffect(() => {
    store.schedule(input);
  }, [store, input]);
  useEffect(() => () => store.dispose(), [store]);

  const settle = useCallback(async () => (input ? store.settle(input) : undefined), [store, input]);

  if (prepared === undefined) return { status: 'idle', settle };
  if (prepared === 'invalid') return { status: 'invalid', settle };
  if (answer?.key === prepared.key) return { status: 'ready', result: answer.result, settle };
  return { status: 'pending', settle };
}
