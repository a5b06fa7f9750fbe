/**
 * A scenario in the location hash (a shared link, or a draft from the policy editor): it fills
 * the form once per distinct hash and runs once the identities it may involve have loaded. A
 * hash the simulator wrote itself (after a run) is not applied again. No DOM: the caller passes
 * the hash and the form's `reset`.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { scenarioToForm, type SimulatorFormValues } from './form/form-values';
import { scenarioFromHash } from './scenario';

export interface ScenarioHashOptions {
  hash: string;
  /** Fills the form with a scenario's values. */
  reset: (values: SimulatorFormValues) => void;
  /** Called with each applied scenario's values, before its run. */
  onApplied?: (values: SimulatorFormValues) => void;
}

export interface ScenarioHash {
  /** Why the hash's scenario cannot be opened, until dismissed. */
  linkError?: string;
  dismissLinkError(): void;
  /** Records a hash the simulator itself wrote, so that it is not applied back to the form. */
  wrote(hash: string): void;
  /** An applied scenario waits for its run (see `useRunWhenReady`). */
  pendingRunRef: { current: boolean };
}

export function useScenarioHash({ hash, reset, onApplied }: ScenarioHashOptions): ScenarioHash {
  const applied = useRef<string | undefined>(undefined);
  const pendingRun = useRef(false);
  const fromHash = useMemo(() => scenarioFromHash(hash), [hash]);
  const [dismissed, setDismissed] = useState<string>();

  useEffect(() => {
    if (hash === applied.current) return;
    applied.current = hash;
    if (!fromHash?.ok) return;
    const values = scenarioToForm(fromHash.scenario);
    reset(values);
    onApplied?.(values);
    pendingRun.current = true;
  }, [fromHash, hash, reset, onApplied]);

  const wrote = useCallback((written: string) => {
    applied.current = written;
  }, []);
  const dismissLinkError = useCallback(() => setDismissed(hash), [hash]);
  return {
    linkError: fromHash && !fromHash.ok && dismissed !== hash ? fromHash.error : undefined,
    dismissLinkError,
    wrote,
    pendingRunRef: pendingRun,
  };
}

/** Runs an applied scenario once the identities it may involve have loaded. */
export function useRunWhenReady(scenario: ScenarioHash, loading: boolean, run: () => void): void {
  const { pendingRunRef } = scenario;
  useEffect(() => {
    if (!pendingRunRef.current || loading) return;
    pendingRunRef.current = false;
    run();
  });
}
