/**
 * Keeps a react-hook-form form's input as a draft (see form-draft-store) and gives it back: at
 * once when the form is mounted again within the same page (the acting principal changed), or
 * offered ("Restore" / "Discard") on a new visit or a reload, or when something else filled the
 * form first (a shared link). Only the user's changes are stored; a reset (a link's scenario, a
 * restore) is not, so a link never overwrites a draft it did not show.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { clearFormDraft, readFormDraft, writeFormDraft, type FormDraft } from './form-draft-store';
import { sameValues } from './same-values';

export type DraftRestore = 'auto' | 'offer';

export interface FormDraftOptions<T extends FieldValues> {
  form: Pick<UseFormReturn<T>, 'watch' | 'reset' | 'getValues'>;
  /** The form's fixed name: one draft per name per tab. */
  name: string;
  /** The shape a stored draft must have; fields it lacks take the initial values. */
  schema: z.ZodType<Partial<T>>;
  /** What the form starts from: input equal to it is nothing to keep. Read once. */
  initial: T;
  /** 'auto': put a draft back at once; 'offer': ask first. Read once. */
  restore: DraftRestore;
  /** Called with the values a draft put back. */
  onRestored?: (values: T) => void;
}

export interface FormDraftState {
  /** A stored draft waiting for the user's answer. */
  offered?: { savedAt: string };
  restore(): void;
  discard(): void;
  /** The input was sent, or cleared on purpose: no draft is kept until the next change. */
  clear(): void;
  /** Why the current input is not kept as a draft (it stays in the page). */
  notKept?: 'too-large' | 'unavailable';
}

export function useFormDraft<T extends FieldValues>(options: FormDraftOptions<T>): FormDraftState {
  const { form, name, schema, onRestored } = options;
  const { watch, reset, getValues } = form;
  const [start] = useState(() => {
    const stored = readFormDraft(name, schema);
    const values = stored && ({ ...options.initial, ...stored.values } as T);
    const usable: FormDraft<T> | undefined =
      stored && values && !sameValues(values, options.initial)
        ? { values, savedAt: stored.savedAt }
        : undefined;
    return { initial: options.initial, usable, auto: options.restore === 'auto' };
  });
  const [offered, setOffered] = useState(() => (start.auto ? undefined : start.usable));
  const [notKept, setNotKept] = useState<FormDraftState['notKept']>();
  /** Whether this form has stored anything: until then the stored entry is the offered draft. */
  const wrote = useRef(false);
  const autoRestored = useRef(false);

  useEffect(() => {
    if (!start.auto || !start.usable || autoRestored.current) return;
    autoRestored.current = true;
    reset(start.usable.values, { keepDefaultValues: true });
    onRestored?.(start.usable.values);
  }, [start, reset, onRestored]);

  useEffect(() => {
    const subscription = watch((_values, { name: field }) => {
      // No field: the form was reset (a link's scenario, a restore), not typed in.
      if (field === undefined) return;
      const values = getValues();
      wrote.current = true;
      if (sameValues(values, start.initial)) {
        clearFormDraft(name);
        setNotKept(undefined);
        return;
      }
      const outcome = writeFormDraft(name, values);
      setNotKept(outcome === 'stored' ? undefined : outcome);
    });
    return () => subscription.unsubscribe();
  }, [watch, getValues, name, start]);

  const restore = useCallback(() => {
    if (!offered) return;
    reset(offered.values, { keepDefaultValues: true });
    setOffered(undefined);
    onRestored?.(offered.values);
    // Stored again, so that the restored input outlives the next reload even before a change.
    wrote.current = true;
    writeFormDraft(name, offered.values, offered.savedAt ? new Date(offered.savedAt) : new Date());
  }, [offered, reset, onRestored, name]);

  const discard = useCallback(() => {
    // Input typed since the offer is the draft now, and is kept.
    if (!wrote.current) clearFormDraft(name);
    setOffered(undefined);
  }, [name]);

  const clear = useCallback(() => {
    wrote.current = true;
    clearFormDraft(name);
    setNotKept(undefined);
  }, [name]);

  return { offered: offered && { savedAt: offered.savedAt }, restore, discard, clear, notKept };
}
