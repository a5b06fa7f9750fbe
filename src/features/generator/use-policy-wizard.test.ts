import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ANNOUNCEMENT_POLICY } from '../../../mocks/ses/seed';
import { DOCUMENT, REVIEW, STATEMENTS, usePolicyWizard, type PolicyWizardInput } from './use-policy-wizard';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';

function wizard(overrides: Partial<PolicyWizardInput> = {}) {
  const input: PolicyWizardInput = {
    identityArn: ARN,
    existingPolicyNames: ['Taken'],
    // The announcement's policy: the 'from-pattern' start point allows what it allows already.
    savedPolicies: [{ name: 'Taken', document: ANNOUNCEMENT_POLICY }],
    onApply: vi.fn(async () => undefined),
    onCancel: vi.fn(),
    ...overrides,
  };
  return { input, hook: renderHook(() => usePolicyWizard(input)) };
}

describe('usePolicyWizard (the generator without its DOM)', () => {
  it('stays on the statements until they are valid, then builds the document and moves on', async () => {
    const { hook } = wizard();
    await act(() => hook.result.current.navigate(DOCUMENT));
    expect(hook.result.current.step).toBe(STATEMENTS);
    act(() => hook.result.current.chooseStartPoint('from-pattern'));
    await act(() => hook.result.current.navigate(DOCUMENT));
    expect(hook.result.current.step).toBe(DOCUMENT);
    expect(JSON.parse(hook.result.current.document.text)).toMatchObject({
      Statement: [
        {
          Sid: 'AuthorizeMarketer',
          Condition: { StringLike: { 'ses:FromAddress': 'marketing+*@ses-example.com' } },
        },
      ],
    });
    expect(hook.result.current.name).toBe('AuthorizeMarketer');
  });

  it('asks before regenerating over hand edits, and keeps them when told to', async () => {
    const { hook } = wizard();
    act(() => hook.result.current.chooseStartPoint('from-pattern'));
    await act(() => hook.result.current.navigate(DOCUMENT));
    const edited = hook.result.current.document.text.replace('AuthorizeMarketer', 'HandEdited');
    act(() => hook.result.current.editDocument(edited));
    expect(hook.result.current.handEdited).toBe(true);
    await act(() => hook.result.current.navigate(STATEMENTS));
    act(() => hook.result.current.form.setValue('statements.0.sid', 'Changed'));
    await act(() => hook.result.current.navigate(DOCUMENT));
    expect(hook.result.current.question).toMatchObject({ kind: 'regenerate', target: DOCUMENT });
    await act(() => hook.result.current.answer(false));
    expect(hook.result.current.document.text).toBe(edited);
    expect(hook.result.current.step).toBe(DOCUMENT);
  });

  it('will not reach the review with a taken name, and applies a valid policy', async () => {
    const { hook, input } = wizard();
    act(() => hook.result.current.chooseStartPoint('from-pattern'));
    act(() => hook.result.current.form.setValue('name', 'Taken'));
    await act(() => hook.result.current.navigate(REVIEW));
    expect(hook.result.current.step).toBe(DOCUMENT);
    act(() => hook.result.current.form.setValue('name', 'Fresh'));
    await act(() => hook.result.current.navigate(REVIEW));
    expect(hook.result.current.step).toBe(REVIEW);
    await act(() => hook.result.current.apply());
    expect(input.onApply).toHaveBeenCalledWith({
      name: 'Fresh',
      document: hook.result.current.document.text,
    });
  });

  it('shows a refused Apply with its SES code and keeps everything entered', async () => {
    const refusal = Object.assign(new Error('Identity ses-example.com already has 20 policies.'), {
      name: 'LimitExceeded',
      Code: 'LimitExceeded',
    });
    const { hook } = wizard({ onApply: vi.fn(async () => Promise.reject(refusal)) });
    act(() => hook.result.current.chooseStartPoint('from-pattern'));
    await act(() => hook.result.current.navigate(REVIEW));
    await act(() => hook.result.current.apply());
    await waitFor(() => expect(hook.result.current.applyError?.code).toBe('LimitExceeded'));
    expect(hook.result.current.applying).toBe(false);
    expect(hook.result.current.name).toBe('AuthorizeMarketer');
  });

  it('asks before leaving once something was entered, and leaves at once when nothing was', async () => {
    const blank = wizard();
    act(() => blank.hook.result.current.cancel());
    expect(blank.input.onCancel).toHaveBeenCalledTimes(1);

    const started = wizard();
    act(() => started.hook.result.current.chooseStartPoint('from-pattern'));
    act(() => started.hook.result.current.cancel());
    expect(started.hook.result.current.question).toEqual({ kind: 'leave' });
    await act(() => started.hook.result.current.answer(false));
    expect(started.input.onCancel).not.toHaveBeenCalled();
  });

  it('can restore what a start point replaced', () => {
    const { hook } = wizard();
    act(() => hook.result.current.form.setValue('name', 'Mine', { shouldDirty: true }));
    act(() => hook.result.current.chooseStartPoint('from-pattern'));
    expect(hook.result.current.replaced?.name).toBe('Mine');
    act(() => hook.result.current.restoreReplaced());
    expect(hook.result.current.form.getValues('name')).toBe('Mine');
    expect(hook.result.current.replaced).toBeUndefined();
  });
});
