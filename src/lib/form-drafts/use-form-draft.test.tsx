import { act, renderHook } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formDraftKey, readFormDraft, writeFormDraft } from './form-draft-store';
import { useFormDraft, type DraftRestore } from './use-form-draft';

interface Values {
  to: string;
  body: string;
}
const schema: z.ZodType<Partial<Values>> = z.object({ to: z.string(), body: z.string() }).partial();
const INITIAL: Values = { to: '', body: 'Hello' };

function useDraftedForm(restore: DraftRestore) {
  const form = useForm<Values>({ defaultValues: INITIAL });
  const draft = useFormDraft({ form, name: 'test', schema, initial: INITIAL, restore });
  return { form, draft };
}

beforeEach(() => sessionStorage.clear());

describe('useFormDraft', () => {
  it('stores what is typed, and nothing once the input is back to where it started', () => {
    const { result } = renderHook(() => useDraftedForm('offer'));
    act(() => result.current.form.setValue('to', 'a@example.com'));
    expect(readFormDraft('test', schema)?.values).toEqual({ to: 'a@example.com', body: 'Hello' });
    act(() => result.current.form.setValue('to', ''));
    expect(readFormDraft('test', schema)).toBeUndefined();
  });

  it('offers a stored draft; Restore puts it back and keeps it stored', () => {
    writeFormDraft('test', { to: 'a@example.com', body: 'Draft' }, new Date('2026-03-01T10:00:00Z'));
    const { result } = renderHook(() => useDraftedForm('offer'));
    expect(result.current.draft.offered?.savedAt).toBe('2026-03-01T10:00:00.000Z');
    expect(result.current.form.getValues('to')).toBe('');
    act(() => result.current.draft.restore());
    expect(result.current.form.getValues()).toEqual({ to: 'a@example.com', body: 'Draft' });
    expect(result.current.draft.offered).toBeUndefined();
    expect(readFormDraft('test', schema)?.values.to).toBe('a@example.com');
  });

  it('Discard removes the offered draft, but not input typed since', () => {
    writeFormDraft('test', { to: 'old@example.com' });
    const first = renderHook(() => useDraftedForm('offer'));
    act(() => first.result.current.draft.discard());
    expect(sessionStorage.getItem(formDraftKey('test'))).toBeNull();
    first.unmount();

    writeFormDraft('test', { to: 'old@example.com' });
    const { result } = renderHook(() => useDraftedForm('offer'));
    act(() => result.current.form.setValue('to', 'new@example.com'));
    act(() => result.current.draft.discard());
    expect(readFormDraft('test', schema)?.values.to).toBe('new@example.com');
  });

  it('puts a draft back at once in auto mode (a remount within the page)', () => {
    writeFormDraft('test', { to: 'a@example.com' });
    const { result } = renderHook(() => useDraftedForm('auto'));
    expect(result.current.form.getValues()).toEqual({ to: 'a@example.com', body: 'Hello' });
    expect(result.current.draft.offered).toBeUndefined();
  });

  it('offers nothing when the draft equals the initial input', () => {
    writeFormDraft('test', { to: '', body: 'Hello' });
    const { result } = renderHook(() => useDraftedForm('offer'));
    expect(result.current.draft.offered).toBeUndefined();
  });

  it('a reset (a link, a restore) is not stored; clear() removes the draft', () => {
    const { result } = renderHook(() => useDraftedForm('offer'));
    act(() => result.current.form.reset({ to: 'link@example.com', body: 'Link' }));
    expect(readFormDraft('test', schema)).toBeUndefined();
    act(() => result.current.form.setValue('body', 'Typed'));
    expect(readFormDraft('test', schema)?.values.body).toBe('Typed');
    act(() => result.current.draft.clear());
    expect(readFormDraft('test', schema)).toBeUndefined();
  });

  it('says when the input is too long to keep', () => {
    const { result } = renderHook(() => useDraftedForm('offer'));
    act(() => result.current.form.setValue('body', 'x'.repeat(300_000)));
    expect(result.current.draft.notKept).toBe('too-large');
    act(() => result.current.form.setValue('body', 'short'));
    expect(result.current.draft.notKept).toBeUndefined();
  });
});
