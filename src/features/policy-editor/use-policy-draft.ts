/**
 * The policy editor's state without its DOM: the name and document, the draft kept per account,
 * identity and policy (offered back, or reported when unreadable), whether anything changed, and
 * what stops a save. The form renders it; `renderHook` tests it.
 */
import { useMemo, useState } from 'react';
import { policyLimitProblem, policyNameProblem } from '../../policy-engine';
import { analyseDraft, type DraftAnalysis } from '../../lib/policy-ui/policy-diagnostics';
import {
  clearDraft,
  draftKey,
  isDraftProblem,
  readDraft,
  writeDraft,
  type PolicyDraft,
} from './policy-drafts';

export interface PolicyDraftInput {
  account: string;
  identity: string;
  identityArn: string;
  /** The saved policy being edited; absent when creating one. */
  existing?: { name: string; document: string };
  existingNames: string[];
  initialDocument: string;
}

export interface PolicyDraftState {
  editing: boolean;
  name: string;
  document: string;
  analysis: DraftAnalysis;
  dirty: boolean;
  /** SES's rule on the name, or a name already taken (never while editing: the name is kept). */
  nameError?: string;
  /** The 20-policy limit, when a new policy would exceed it. */
  limitProblem?: string;
  /** Why Save is disabled, in the order the user should fix them; empty when it may save. */
  blockers: string[];
  /** A stored draft that differs from what is shown, offered back. */
  foundDraft?: PolicyDraft;
  /** Why a stored draft could not be read. */
  draftProblem?: string;
  /** Changes the name or the document, keeping (or, back at the start, dropping) the draft. */
  update(next: { name?: string; document?: string }): void;
  restoreDraft(): void;
  discardDraft(): void;
  dismissDraftProblem(): void;
  /** Keeps the current text as the draft (before handing it to the simulator). */
  keepDraft(): void;
  /** The policy is saved: no draft is left. */
  saved(): void;
}

export function usePolicyDraft(input: PolicyDraftInput): PolicyDraftState {
  const { account, identity, identityArn, existing, existingNames } = input;
  const editing = existing !== undefined;
  const initial = { name: existing?.name ?? '', document: existing?.document ?? input.initialDocument };
  const key = draftKey(account, identity, existing?.name);
  const [storedDraft] = useState(() => readDraft(key));
  const [foundDraft, setFoundDraft] = useState(() =>
    storedDraft &&
    !isDraftProblem(storedDraft) &&
    (storedDraft.document !== initial.document || storedDraft.name !== initial.name)
      ? storedDraft
      : undefined,
  );
  const [draftProblem, setDraftProblem] = useState(() =>
    isDraftProblem(storedDraft) ? storedDraft.problem : undefined,
  );
  const [name, setName] = useState(initial.name);
  const [document, setDocument] = useState(initial.document);

  const analysis = useMemo(() => analyseDraft(document, identityArn), [document, identityArn]);
  const dirty = name !== initial.name || document !== initial.document;
  // Editing keeps the saved name, and replaces the policy: neither the name nor the limit applies.
  const nameError = editing ? undefined : policyNameProblem(name, existingNames);
  const limitProblem = editing ? undefined : policyLimitProblem(existingNames.length, identity);

  const blockers: string[] = [];
  if (limitProblem) blockers.push(limitProblem);
  if (nameError) blockers.push('Give the policy a valid name.');
  if (analysis.errorCount > 0)
    blockers.push(
      `Fix the ${analysis.errorCount} ${analysis.errorCount === 1 ? 'error' : 'errors'} listed under the editor.`,
    );
  if (editing && !dirty) blockers.push('No changes to save.');

  return {
    editing,
    name,
    document,
    analysis,
    dirty,
    nameError,
    limitProblem,
    blockers,
    foundDraft,
    draftProblem,
    update(next) {
      const draft = { name: next.name ?? name, document: next.document ?? document };
      if (next.name !== undefined) setName(next.name);
      if (next.document !== undefined) setDocument(next.document);
      if (draft.name !== initial.name || draft.document !== initial.document) writeDraft(key, draft);
      else clearDraft(key);
    },
    restoreDraft() {
      if (!foundDraft) return;
      setName(editing ? initial.name : foundDraft.name);
      setDocument(foundDraft.document);
      setFoundDraft(undefined);
    },
    discardDraft() {
      clearDraft(key);
      setFoundDraft(undefined);
    },
    dismissDraftProblem() {
      clearDraft(key);
      setDraftProblem(undefined);
    },
    keepDraft() {
      if (dirty) writeDraft(key, { name, document });
    },
    saved() {
      clearDraft(key);
    },
  };
}
