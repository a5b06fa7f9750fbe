/**
 * The policy engine's `evaluate`, for IAM checks on management actions (`authorizeCaller`).
 * The engine loads on demand, so that the emulator answers the console's first reads (the
 * identities list, their verification status) without it: only a caller with IAM policies (an IAM
 * user or role; an account's root is not limited by them) needs it. It must be loaded before the
 * request's store transaction opens, since an IndexedDB transaction commits as soon as it waits on
 * anything but the store: the request runners call `loadIamEvaluator` for such a caller first.
 */
import type { evaluate as Evaluate } from '../../src/policy-engine/evaluate';
import type { Principal } from './directory';

let loaded: typeof Evaluate | undefined;

/** Loads the engine when the caller's access depends on IAM policies. */
export async function loadIamEvaluator(caller: Pick<Principal, 'iamPolicies'>): Promise<void> {
  if (!caller.iamPolicies || loaded) return;
  loaded = (await import('../../src/policy-engine/evaluate')).evaluate;
}

/** `evaluate`, once `loadIamEvaluator` ran for this caller. */
export function iamEvaluate(...request: Parameters<typeof Evaluate>): ReturnType<typeof Evaluate> {
  if (!loaded) throw new Error('The IAM policy evaluator was used before it was loaded for the request.');
  return loaded(...request);
}
