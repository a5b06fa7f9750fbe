import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { draftKey, readDraft, writeDraft } from './policy-drafts';
import { usePolicyDraft, type PolicyDraftInput } from './use-policy-draft';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const ACCOUNT = '888888888888';
const IDENTITY = 'ses-example.com';
const VALID = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { AWS: '999999999999' }, Action: 'ses:SendEmail', Resource: ARN },
  ],
});
const EDITED = VALID.replace('SendEmail', 'SendRawEmail');
const TAB_A = 'aaaaaaaa-tab';
const TAB_B = 'bbbbbbbb-tab';
const create: PolicyDraftInput = {
  account: ACCOUNT,
  identity: IDENTITY,
  identityArn: ARN,
  existingNames: ['Taken'],
  initialDocument: VALID,
  tabId: TAB_A,
};
const edit: PolicyDraftInput = { ...create, existing: { name: 'Taken', document: VALID } };
const newKey = (tab: string) => draftKey(ACCOUNT, IDENTITY, undefined, tab);
const editKey = (tab: string) => draftKey(ACCOUNT, IDENTITY, 'Taken', tab);

beforeEach(() => localStorage.clear());

describe('usePolicyDraft (the editor without its DOM)', () => {
  it('blocks a new policy until it has a valid, unused name, and says why', () => {
    const { result } = renderHook(() => usePolicyDraft(create));
    expect(result.current.blockers).toEqual(['Give the policy a valid name.']);
    act(() => result.current.update({ name: 'Taken' }));
    expect(result.current.nameError).toContain('already has a policy named "Taken"');
    act(() => result.current.update({ name: 'Marketing' }));
    expect(result.current).toMatchObject({ nameError: undefined, blockers: [], dirty: true });
  });

  it('counts the document’s errors among the blockers', () => {
    const { result } = renderHook(() => usePolicyDraft(create));
    act(() =>
      result.current.update({ name: 'Marketing', document: '{"Version":"2012-10-17","Statement":[]}' }),
    );
    expect(result.current.blockers).toEqual(['Fix the 1 error listed under the editor.']);
  });

  it('puts the 20-policy limit first for a new policy, and not on an edit', () => {
    const full = { ...create, existingNames: Array.from({ length: 20 }, (_, i) => `P${i}`) };
    const { result } = renderHook(() => usePolicyDraft(full));
    expect(result.current.limitProblem).toContain('already has 20 policies');
    expect(result.current.blockers[0]).toBe(result.current.limitProblem);
    const editing = renderHook(() => usePolicyDraft({ ...full, existing: { name: 'P0', document: VALID } }));
    expect(editing.result.current.limitProblem).toBeUndefined();
  });

  it('has nothing to save on an unchanged edit, and keeps the saved name', () => {
    const { result } = renderHook(() => usePolicyDraft(edit));
    expect(result.current).toMatchObject({ editing: true, dirty: false, blockers: ['No changes to save.'] });
    act(() => result.current.update({ document: EDITED }));
    expect(result.current).toMatchObject({ dirty: true, blockers: [], nameError: undefined });
  });

  it('keeps what is typed as this tab’s draft, offers it back after a reload, and drops it when back at the start', () => {
    const first = renderHook(() => usePolicyDraft(create));
    act(() => first.result.current.update({ name: 'Kept' }));
    expect(readDraft(newKey(TAB_A))).toMatchObject({ name: 'Kept', document: VALID, base: null });

    const second = renderHook(() => usePolicyDraft(create));
    expect(second.result.current.foundDrafts).toMatchObject([{ name: 'Kept', origin: 'this-tab' }]);
    expect(second.result.current.name).toBe('');
    act(() => second.result.current.restoreDraft(second.result.current.foundDrafts[0]?.key ?? ''));
    expect(second.result.current).toMatchObject({ name: 'Kept', foundDrafts: [] });
    expect(readDraft(newKey(TAB_A))).toMatchObject({ name: 'Kept' });
    act(() => second.result.current.update({ name: '' }));
    expect(readDraft(newKey(TAB_A))).toBeUndefined();
  });

  it('discards a draft on request, and clears this tab’s once saved', () => {
    const first = renderHook(() => usePolicyDraft(create));
    act(() => first.result.current.update({ name: 'Gone' }));
    const second = renderHook(() => usePolicyDraft(create));
    const [found] = second.result.current.foundDrafts;
    act(() => second.result.current.discardDraft(found?.key ?? ''));
    expect(second.result.current.foundDrafts).toEqual([]);
    expect(found && readDraft(found.key)).toBeUndefined();
    expect(readDraft(newKey(TAB_A))).toBeUndefined();

    act(() => second.result.current.update({ name: 'Saved' }));
    act(() => second.result.current.saved());
    expect(readDraft(newKey(TAB_A))).toBeUndefined();
  });

  it('reports a draft it cannot read instead of restoring it, and forgets it when dismissed', () => {
    localStorage.setItem(newKey(TAB_B), '{"name": "cut sho');
    const { result } = renderHook(() => usePolicyDraft(create));
    expect(result.current.draftProblem).toContain('not valid JSON');
    expect(result.current.foundDrafts).toEqual([]);
    act(() => result.current.dismissDraftProblem());
    expect(result.current.draftProblem).toBeUndefined();
    expect(localStorage.getItem(newKey(TAB_B))).toBeNull();
  });

  it('keeps the current text as the draft before a hand-over to the simulator', () => {
    const { result } = renderHook(() => usePolicyDraft(edit));
    act(() => result.current.update({ document: EDITED }));
    localStorage.clear();
    act(() => result.current.keepDraft());
    expect(readDraft(editKey(TAB_A))).toMatchObject({ name: 'Taken', document: EDITED, base: VALID });
  });
});

describe('two tabs, one policy', () => {
  it('one tab’s save leaves the other tab’s draft, which its tab gets back after a reload', () => {
    const a = renderHook(() => usePolicyDraft(edit));
    const b = renderHook(() => usePolicyDraft({ ...edit, tabId: TAB_B }));
    act(() => a.result.current.update({ document: EDITED }));
    act(() => b.result.current.update({ document: VALID.replace('999999999999', '111122223333') }));
    act(() => a.result.current.saved());
    expect(readDraft(editKey(TAB_A))).toBeUndefined();
    expect(readDraft(editKey(TAB_B))).toMatchObject({ document: expect.stringContaining('111122223333') });

    const bReloaded = renderHook(() => usePolicyDraft({ ...edit, tabId: TAB_B }));
    expect(bReloaded.result.current.foundDrafts).toMatchObject([{ origin: 'this-tab' }]);
    // A third tab is offered B's draft too, as another tab's; restoring it leaves it to B.
    const c = renderHook(() => usePolicyDraft({ ...edit, tabId: 'cccccccc-tab' }));
    const [fromB] = c.result.current.foundDrafts;
    expect(fromB).toMatchObject({ origin: 'other-tab' });
    act(() => c.result.current.restoreDraft(fromB?.key ?? ''));
    expect(fromB && readDraft(fromB.key)).toMatchObject({
      document: expect.stringContaining('111122223333'),
    });
  });

  it('two tabs’ new-policy drafts on one identity are both kept and both offered', () => {
    const a = renderHook(() => usePolicyDraft(create));
    const b = renderHook(() => usePolicyDraft({ ...create, tabId: TAB_B }));
    act(() => a.result.current.update({ name: 'FromA' }));
    act(() => b.result.current.update({ name: 'FromB' }));
    act(() => a.result.current.discardDraft(newKey(TAB_A)));
    act(() => a.result.current.update({ name: 'FromA2' }));
    const later = renderHook(() => usePolicyDraft({ ...create, tabId: 'cccccccc-tab' }));
    expect(later.result.current.foundDrafts.map((d) => d.name).sort()).toEqual(['FromA2', 'FromB']);
  });

  it('a draft from before drafts were per tab is offered as an earlier visit’s, and becomes this tab’s', () => {
    const legacy = draftKey(ACCOUNT, IDENTITY, 'Taken');
    localStorage.setItem(
      legacy,
      JSON.stringify({ name: 'Taken', document: EDITED, savedAt: new Date().toISOString() }),
    );
    const { result } = renderHook(() => usePolicyDraft(edit));
    expect(result.current.foundDrafts).toMatchObject([{ origin: 'earlier', key: legacy }]);
    act(() => result.current.restoreDraft(legacy));
    expect(localStorage.getItem(legacy)).toBeNull();
    expect(readDraft(editKey(TAB_A))).toMatchObject({ document: EDITED });
    // It has no base: the save is checked against what the editor opened.
    expect(result.current.expectedFor('Taken')).toBe(VALID);
  });

  it('a restored draft keeps the text its editor started from, so its save is checked against that', () => {
    const older = VALID.replace('999999999999', '222233334444');
    writeDraft(editKey(TAB_B), { name: 'Taken', document: EDITED, base: older });
    const { result } = renderHook(() => usePolicyDraft(edit));
    act(() => result.current.restoreDraft(editKey(TAB_B)));
    expect(result.current.expectedFor('Taken')).toBe(older);
  });

  it('rebasing on SES’s version: the next save expects it, and the draft says so', () => {
    const theirs = VALID.replace('999999999999', '333344445555');
    const { result } = renderHook(() => usePolicyDraft(edit));
    act(() => result.current.update({ document: EDITED }));
    act(() => result.current.rebase('Taken', theirs));
    expect(result.current.expectedFor('Taken')).toBe(theirs);
    expect(readDraft(editKey(TAB_A))).toMatchObject({ document: EDITED, base: theirs });
    // Deleted in SES: anything is a change to save (it creates the policy again).
    act(() => result.current.rebase('Taken', undefined));
    act(() => result.current.update({ document: theirs }));
    expect(result.current).toMatchObject({ dirty: true, blockers: [] });
  });

  it('taking SES’s version shows it and offers the user’s text back as a draft put aside', () => {
    const theirs = VALID.replace('999999999999', '333344445555');
    const { result } = renderHook(() => usePolicyDraft(edit));
    act(() => result.current.update({ document: EDITED }));
    act(() => result.current.takeTheirs(theirs));
    expect(result.current).toMatchObject({ document: theirs, dirty: false });
    expect(result.current.expectedFor('Taken')).toBe(theirs);
    expect(readDraft(editKey(TAB_A))).toBeUndefined();
    expect(result.current.foundDrafts).toMatchObject([{ origin: 'set-aside', document: EDITED }]);
    const [aside] = result.current.foundDrafts;
    expect(aside && readDraft(aside.key)).toMatchObject({ document: EDITED, base: VALID });
  });

  it('a new policy whose name SES turned out to have is, once rebased on it, a replacement', () => {
    const { result } = renderHook(() => usePolicyDraft(create));
    act(() => result.current.update({ name: 'Taken', document: EDITED }));
    expect(result.current.nameError).toContain('already has a policy named');
    act(() => result.current.rebase('Taken', VALID));
    expect(result.current).toMatchObject({ nameError: undefined, blockers: [] });
    expect(result.current.expectedFor('Taken')).toBe(VALID);
  });

  it('a deleted policy’s text is put aside as a draft of a new policy under its name', () => {
    const { result } = renderHook(() => usePolicyDraft(edit));
    act(() => result.current.update({ document: EDITED }));
    act(() => result.current.setAside(undefined));
    const created = renderHook(() => usePolicyDraft({ ...create, tabId: TAB_B }));
    expect(created.result.current.foundDrafts).toMatchObject([
      { origin: 'set-aside', name: 'Taken', document: EDITED },
    ]);
  });

  it('after a reload, typing before restoring does not overwrite the tab’s earlier draft', () => {
    const before = renderHook(() => usePolicyDraft(edit));
    act(() => before.result.current.update({ document: EDITED }));
    const reloaded = renderHook(() => usePolicyDraft(edit));
    const [earlier] = reloaded.result.current.foundDrafts;
    expect(earlier).toMatchObject({ origin: 'this-tab', document: EDITED });
    act(() => reloaded.result.current.update({ document: `${VALID} ` }));
    expect(earlier && readDraft(earlier.key)).toMatchObject({ document: EDITED });
    // Restoring it over what was typed puts that aside: both texts are still there.
    act(() => reloaded.result.current.restoreDraft(earlier?.key ?? ''));
    expect(reloaded.result.current.document).toBe(EDITED);
    expect(reloaded.result.current.foundDrafts).toMatchObject([
      { origin: 'set-aside', document: `${VALID} ` },
    ]);
    expect(readDraft(editKey(TAB_A))).toMatchObject({ document: EDITED });
  });
});
