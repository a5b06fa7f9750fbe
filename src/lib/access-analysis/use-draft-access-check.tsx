/**
 * What the editor and the generator share around a draft: its comparison with the identity's
 * saved policies (for the panel), "Simulate this" links whose scenario is the identity's
 * policies with the draft in place, and the check before saving: the answer for exactly the
 * text being saved (waited for, or computed, when not known yet), and the question when it
 * lets someone send who cannot today.
 */
import { useState } from 'react';
import type { PolicyInput } from '../../policy-engine';
import { compareOnce, SupersededError } from './compare-client';
import { withDraft, type DraftPolicy } from './policy-sets';
import { useAccessComparison } from './use-access-comparison';
import { useGainConfirmation } from './use-gain-confirmation';
import { witnessScenario, type WitnessScenario } from './witness-scenario';
import type { WitnessLinks } from './witness-list';

/** The name a policy being created is compared under before it has one. */
const UNNAMED = 'draft';

export interface DraftAccessCheckOptions {
  identityArn: string;
  savedPolicies: readonly PolicyInput[];
  draft: DraftPolicy;
  /** The saved policy the draft replaces (editing); absent: the draft is added. */
  replacing?: string;
  /** False: nothing compared yet (the generator before its document exists). */
  enabled?: boolean;
  /** The dialog's confirm button: "Save anyway", "Apply anyway". */
  confirmText: string;
  simulatorPath?: (scenario: WitnessScenario) => string;
  newTab?: boolean;
  /** Before following "Simulate this" in the page. */
  beforeSimulate?: () => void;
}

export function useDraftAccessCheck(options: DraftAccessCheckOptions) {
  const { identityArn, savedPolicies, replacing, enabled = true, simulatorPath } = options;
  const draft = { name: options.draft.name || UNNAMED, document: options.draft.document };
  const comparison = useAccessComparison({
    identityArn,
    saved: savedPolicies,
    change: enabled ? { put: draft, replacing } : undefined,
  });
  const gain = useGainConfirmation(options.confirmText);
  const [checking, setChecking] = useState(false);

  const links: WitnessLinks | undefined = simulatorPath && {
    path: (witness) =>
      simulatorPath(witnessScenario(witness, identityArn, withDraft(savedPolicies, draft, replacing))),
    newTab: options.newTab,
    onFollow: options.beforeSimulate,
  };

  /**
   * Whether to save the draft under `name`: true once the change is known not to gain access,
   * or the user chose to save anyway. Another name than the compared one (Save as new) is
   * compared on the spot.
   */
  const confirm = async (name: string): Promise<boolean> => {
    if (checking) return false;
    setChecking(true);
    let result;
    try {
      result =
        name === draft.name
          ? await comparison.settle()
          : await compareOnce({
              identityArn,
              before: [...savedPolicies],
              after: withDraft(savedPolicies, { name, document: draft.document }),
            });
    } catch (error) {
      // The text changed while waiting: nothing is saved, and Save can be pressed again.
      if (error instanceof SupersededError) return false;
      throw error;
    } finally {
      setChecking(false);
    }
    return gain.confirm(result);
  };

  return { comparison, links, checking, confirm, modal: gain.modal };
}
