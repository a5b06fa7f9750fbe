/**
 * The policy editor's state without its DOM: the name and document, the text SES had when the
 * editor opened it (the base a save is checked against), this tab's draft and the drafts other
 * tabs and earlier visits left (offered back, or reported when unreadable), whether anything
 * changed, and what stops a save. The form renders it; `renderHook` tests it.
 */
import { useMemo, useState } from 'react';
import { policyLimitProblem, policyNameProblem } from '../../policy-engine';
import { analyseDraft, type DraftAnalysis } from '../../lib/policy-ui/policy-diagnostics';
import {
  asideKey,
  clearDraft,
  collectOldDrafts,
  draftKey,
  movedKey,
  readSlotDrafts,
  writeDraft,
  type FoundDraft,
} from './policy-drafts';
import { currentTabId } from './tab-id';

export interface PolicyDraftInput {
  account: string;
  identity: string;
  identityArn: string;
  /** The saved policy being edited, as read when the editor opened; absent when creating one. */
  existing?: { name: string; document: string };
  existingNames: string[];
  initialDocument: string;
  /** This tab's id (tests pass one; the console uses the tab's own, see tab-id.ts). */
  tabId?: string;
}

/** What SES had under a name when the editor last looked: a save expects it to be unchanged. */
export interface PolicyBase {
  name: string;
  /** Absent: no such policy. */
  document?: string;
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
  /** Stored drafts that differ from what is shown, newest first, offered back. */
  foundDrafts: FoundDraft[];
  /** Why stored drafts could not be read. */
  draftProblem?: string;
  base: PolicyBase;
  /** The text SES is expected to have under `name` (undefined: no policy), per the base. */
  expectedFor(name: string): string | undefined;
  /** Changes the name or the document, keeping (or, back at the start, dropping) this tab's draft. */
  update(next: { name?: string; document?: string }): void;
  restoreDraft(key: string): void;
  discardDraft(key: string): void;
  dismissDraftProblem(): void;
  /** Keeps the current text as this tab's draft (before handing it to the simulator). */
  keepDraft(): void;
  /** The policy is saved: this tab's draft is dropped (other tabs' are theirs). */
  saved(): void;
  /** SES has `document` (or nothing) under `name` now: later saves are checked against that. */
  rebase(name: string, document: string | undefined): void;
  /**
   * Puts the current text aside as a draft of `policyName` (undefined: a new policy), where the
   * editor of that policy offers it back; this tab's own draft is dropped.
   */
  setAside(policyName: string | undefined): void;
  /** Shows SES's version of the edited policy, with the current text put aside as a draft. */
  takeTheirs(document: string): void;
}

export function usePolicyDraft(input: PolicyDraftInput): PolicyDraftState {
  const { account, identity, identityArn, existingNames } = input;
  // What the editor opened with; props may change later (a refetch), the baseline does not.
  const [opened] = useState(() => ({
    editing: input.existing !== undefined,
    name: input.existing?.name ?? '',
    document: input.existing?.document ?? input.initialDocument,
    existingDocument: input.existing?.document,
  }));
  const editing = opened.editing;
  const [tab] = useState(() => input.tabId ?? currentTabId());
  /** The policy whose slot this editor's drafts are in: undefined for a new policy's. */
  const ownSlotName = editing ? opened.name : undefined;
  const slot = draftKey(account, identity, ownSlotName);
  const ownKey = draftKey(account, identity, ownSlotName, tab);

  const [stored] = useState(() => {
    const found = readSlotDrafts(slot, tab);
    // This tab's draft from before a reload moves to a key of its own: what is typed now is
    // stored under the tab's key and must not replace it before the user chose.
    for (const draft of found.drafts) {
      if (draft.key !== ownKey) continue;
      const moved = movedKey(ownKey);
      writeDraft(moved, draft, draft.savedAt ? new Date(draft.savedAt) : undefined);
      clearDraft(ownKey);
      draft.key = moved;
    }
    collectOldDrafts(new Date(), new Set([...found.drafts, ...found.problems].map((d) => d.key)));
    return found;
  });
  const [foundDrafts, setFoundDrafts] = useState(() =>
    stored.drafts.filter((d) => d.document !== opened.document || (!editing && d.name !== opened.name)),
  );
  const [problems, setProblems] = useState(stored.problems);
  const [base, setBase] = useState<PolicyBase>(() => ({
    name: opened.name,
    document: opened.existingDocument,
  }));
  const [name, setName] = useState(opened.name);
  const [document, setDocument] = useState(opened.document);

  const analysis = useMemo(() => analyseDraft(document, identityArn), [document, identityArn]);
  const isDirty = (next: { name: string; document: string }) =>
    editing
      ? base.document === undefined || next.document !== base.document
      : next.name !== opened.name || next.document !== opened.document;
  const dirty = isDirty({ name, document });
  // A new policy whose name SES turned out to have, kept on purpose after seeing SES's version:
  // it replaces that policy, so neither "name taken" nor the limit applies.
  const replacingKnown = !editing && base.document !== undefined && base.name === name;
  const nameError = editing || replacingKnown ? undefined : policyNameProblem(name, existingNames);
  const limitProblem =
    editing || replacingKnown ? undefined : policyLimitProblem(existingNames.length, identity);

  const blockers: string[] = [];
  if (limitProblem) blockers.push(limitProblem);
  if (nameError) blockers.push('Give the policy a valid name.');
  if (analysis.errorCount > 0)
    blockers.push(
      `Fix the ${analysis.errorCount} ${analysis.errorCount === 1 ? 'error' : 'errors'} listed under the editor.`,
    );
  if (editing && !dirty) blockers.push('No changes to save.');

  const baseText = (b: PolicyBase, forName: string) => (b.name === forName ? (b.document ?? null) : null);
  const store = (next: { name: string; document: string }, withBase = base) => {
    if (isDirty(next)) writeDraft(ownKey, { ...next, base: baseText(withBase, next.name) });
    else clearDraft(ownKey);
  };
  /** Writes the current text as a draft put aside in the slot of `policyName`. */
  const putAside = (policyName: string | undefined): FoundDraft => {
    const key = asideKey(draftKey(account, identity, policyName));
    const now = new Date();
    const draft = { name: editing ? opened.name : name, document, base: baseText(base, name) };
    writeDraft(key, draft, now);
    return { ...draft, key, origin: 'set-aside', savedAt: now.toISOString() };
  };

  return {
    editing,
    name,
    document,
    analysis,
    dirty,
    nameError,
    limitProblem,
    blockers,
    foundDrafts,
    draftProblem: problemText(problems),
    base,
    expectedFor: (forName) => (base.name === forName ? base.document : undefined),
    update(next) {
      const draft = { name: next.name ?? name, document: next.document ?? document };
      if (next.name !== undefined) setName(next.name);
      if (next.document !== undefined) setDocument(next.document);
      store(draft);
    },
    restoreDraft(key) {
      const found = foundDrafts.find((d) => d.key === key);
      if (!found) return;
      const restored = { name: editing ? opened.name : found.name, document: found.document };
      // A draft that kept its base is checked against it: what SES has may have moved on since.
      const nextBase =
        found.base === undefined ? base : { name: restored.name, document: found.base ?? undefined };
      // What this tab has typed is not lost to the restore: it is put aside, and offered back.
      const keptAside = dirty ? putAside(ownSlotName) : undefined;
      setName(restored.name);
      setDocument(restored.document);
      setBase(nextBase);
      setFoundDrafts((drafts) => [...(keptAside ? [keptAside] : []), ...drafts.filter((d) => d.key !== key)]);
      // A draft no open tab is editing (this tab's before a reload, one put aside, one from
      // before drafts were per tab) becomes this tab's; another tab's stays where it is.
      if (found.origin !== 'other-tab') clearDraft(key);
      store(restored, nextBase);
    },
    discardDraft(key) {
      clearDraft(key);
      setFoundDrafts((drafts) => drafts.filter((d) => d.key !== key));
    },
    dismissDraftProblem() {
      for (const problem of problems) clearDraft(problem.key);
      setProblems([]);
    },
    keepDraft() {
      if (dirty) writeDraft(ownKey, { name, document, base: baseText(base, name) });
    },
    saved() {
      clearDraft(ownKey);
    },
    rebase(forName, theirs) {
      const nextBase = { name: forName, document: theirs };
      setBase(nextBase);
      store({ name, document }, nextBase);
    },
    setAside(policyName) {
      putAside(policyName);
      clearDraft(ownKey);
    },
    takeTheirs(theirs) {
      const keptAside = putAside(ownSlotName);
      clearDraft(ownKey);
      setBase({ name, document: theirs });
      setDocument(theirs);
      setFoundDrafts((drafts) => [keptAside, ...drafts]);
    },
  };
}

function problemText(problems: readonly { problem: string }[]): string | undefined {
  const [first] = problems;
  if (!first) return undefined;
  return problems.length === 1
    ? first.problem
    : `${problems.length} stored drafts could not be read. The first: ${first.problem}`;
}
