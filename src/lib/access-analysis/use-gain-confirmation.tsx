/**
 * The question before a save that gains access: `confirm(result)` resolves true at once when
 * nothing is gained, and otherwise when the user chooses "Save anyway" (false on Cancel or
 * closing the dialog). `modal` is the dialog to render while the question is open.
 */
import { useState, type ReactNode } from 'react';
import type { CompareAccessResult } from '../../policy-engine/analysis';
import { GainedAccessModal } from './gained-access-modal';
import { gainsAccess } from './witness-words';

interface OpenQuestion {
  result: CompareAccessResult;
  answer: (confirmed: boolean) => void;
}

export function useGainConfirmation(confirmText: string): {
  confirm: (result: CompareAccessResult | undefined) => Promise<boolean>;
  modal: ReactNode;
} {
  const [question, setQuestion] = useState<OpenQuestion>();
  const confirm = (result: CompareAccessResult | undefined) =>
    !result || !gainsAccess(result)
      ? Promise.resolve(true)
      : new Promise<boolean>((resolve) =>
          setQuestion({
            result,
            answer: (confirmed) => {
              setQuestion(undefined);
              resolve(confirmed);
            },
          }),
        );
  const modal = question && (
    <GainedAccessModal
      gained={question.result.gained}
      confirmText={confirmText}
      onConfirm={() => question.answer(true)}
      onCancel={() => question.answer(false)}
    />
  );
  return { confirm, modal };
}
