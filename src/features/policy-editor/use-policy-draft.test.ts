import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { draftKey, readDraft } from './policy-drafts';
import { usePolicyDraft, type PolicyDraftInput } from './use-policy-draft';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const VALID = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { AWS: '999999999999' }, Action: 'ses:SendEmail', Resource: ARN },
  ],
});
const create: PolicyDraftInput = {
  account: '888888888888',
  identity: 'ses-example.com',
  identityArn: ARN,
  existingNames: ['Taken'],
  initialDocument: VALID,
};
const edit: PolicyDraftInput = { ...create, existing: { name: 'Taken', document: VALID } };
const newKey = draftKey('888888888888', 'ses-example.com', undefined);

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
    act(() => result.current.update({ document: VALID.replace('SendEmail', 'SendRawEmail') }));
    expect(result.current).toMatchObject({ dirty: true, blockers: [], nameError: undefined });
  });

  it('keeps what is typed as a draft, offers it back on the next visit, and drops it when back at the start', () => {
    const first = renderHook(() => usePolicyDraft(create));
    act(() => first.result.current.update({ name: 'Kept' }));
    expect(readDraft(newKey)).toMatchObject({ name: 'Kept', document: VALID });

    const second = renderHook(() => usePolicyDraft(create));
    expect(second.result.current.foundDraft).toMatchObject({ name: 'Kept' });
    expect(second.result.current.name).toBe('');
    act(() => second.result.current.restoreDraft());
    expect(second.result.current).toMatchObject({ name: 'Kept', foundDraft: undefined });
    act(() => second.result.current.update({ name: '' }));
    expect(readDraft(newKey)).toBeUndefined();
  });

  it('discards a draft on request, and clears it once saved', () => {
    const first = renderHook(() => usePolicyDraft(create));
    act(() => first.result.current.update({ name: 'Gone' }));
    const second = renderHook(() => usePolicyDraft(create));
    act(() => second.result.current.discardDraft());
    expect(second.result.current.foundDraft).toBeUndefined();
    expect(readDraft(newKey)).toBeUndefined();

    act(() => second.result.current.update({ name: 'Saved' }));
    act(() => second.result.current.saved());
    expect(readDraft(newKey)).toBeUndefined();
  });

  it('reports a draft it cannot read instead of restoring it, and forgets it when dismissed', () => {
    localStorage.setItem(newKey, '{"name": "cut sho');
    const { result } = renderHook(() => usePolicyDraft(create));
    expect(result.current.draftProblem).toContain('not valid JSON');
    expect(result.current.foundDraft).toBeUndefined();
    act(() => result.current.dismissDraftProblem());
    expect(result.current.draftProblem).toBeUndefined();
    expect(localStorage.getItem(newKey)).toBeNull();
  });

  it('keeps the current text as the draft before a hand-over to the simulator', () => {
    const { result } = renderHook(() => usePolicyDraft(edit));
    act(() => result.current.update({ document: VALID.replace('999999999999', '111122223333') }));
    localStorage.clear();
    act(() => result.current.keepDraft());
    expect(readDraft(draftKey('888888888888', 'ses-example.com', 'Taken'))).toMatchObject({
      name: 'Taken',
      document: VALID.replace('999999999999', '111122223333'),
    });
  });
});
