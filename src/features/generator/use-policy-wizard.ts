/**
 * The policy generator's wizard without its DOM: the form, the step, the generated document and
 * its hand edits, the start point and what it replaced, the pending question, who can send after
 * the policy is added (compared with the identity's saved policies), and Apply, which asks first
 * when the policy lets someone send who cannot today. The wizard renders it; `renderHook` tests it.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useRef, useState } from 'react';
import { useForm, useFormState, useWatch } from 'react-hook-form';
import type { PolicyInput } from '../../policy-engine';
import { useDraftAccessCheck } from '../../lib/access-analysis/use-draft-access-check';
import type { WitnessScenario } from '../../lib/access-analysis/witness-scenario';
import { analyseDraft } from '../../lib/policy-ui/policy-diagnostics';
import { sesErrorDetails, type SesErrorDetails } from '../../lib/ses/ses-error';
import { buildPolicyDocument } from './document/build-policy';
import {
  isHandEdited,
  NO_DOCUMENT,
  regenerate,
  resolveRegeneration,
  type DocumentState,
} from './document/hand-edits';
import { emptyForm } from './form/form-defaults';
import { generatorSchema, type GeneratorForm } from './form/generator-schema';
import { identityContext } from './form/identity-context';
import { startPointForm } from './form/start-points';
import { BLANK_START } from './steps/start-point-select';

export const STATEMENTS = 0;
export const DOCUMENT = 1;
export const REVIEW = 2;

/** A question the wizard waits on: regenerate over hand edits (moving on, or now), or leave. */
export type WizardQuestion =
  | { kind: 'regenerate'; next: string; target: number }
  | { kind: 'regenerate-now'; next: string }
  | { kind: 'leave' };

export interface PolicyWizardInput {
  identityArn: string;
  existingPolicyNames: string[];
  /** The identity's saved policies, all of them: what the new policy is compared with. */
  savedPolicies: readonly PolicyInput[];
  /** The simulator's router path for a scenario; absent: no "Simulate this" on the review. */
  simulatorPath?: (scenario: WitnessScenario) => string;
  onApply: (policy: { name: string; document: string }) => Promise<void>;
  onCancel: () => void;
}

export function usePolicyWizard({
  identityArn,
  existingPolicyNames,
  savedPolicies,
  simulatorPath,
  onApply,
  onCancel,
}: PolicyWizardInput) {
  const schema = useMemo(() => generatorSchema(existingPolicyNames), [existingPolicyNames]);
  const form = useForm<GeneratorForm>({
    resolver: zodResolver(schema),
    defaultValues: emptyForm(),
    // Checked when a field is left or on Next (see form/use-recheck), never on a bare change.
    // Not 'onChange' nor 'onTouched' either: in every mode but 'onBlur' and 'onSubmit',
    // useFieldArray runs the resolver on the whole array after each append or remove, so a new,
    // empty condition said "Enter at least one value" before the user could type one. The wizard
    // never submits (Next calls trigger), so that re-check never starts.
    mode: 'onBlur',
  });
  const identity = useMemo(() => identityContext(identityArn), [identityArn]);
  const [step, setStep] = useState(STATEMENTS);
  const [startPoint, setStartPoint] = useState(BLANK_START);
  /** The name the last start point filled in: replaced by the next one unless the user changed it. */
  const suggestedName = useRef('');
  const [document, setDocument] = useState<DocumentState>(NO_DOCUMENT);
  const [question, setQuestion] = useState<WizardQuestion | undefined>();
  /** What a start point replaced, while the user may still restore it. */
  const [replaced, setReplaced] = useState<GeneratorForm | undefined>();
  const [applying, setApplying] = useState(false);
  const [applyError, setApplyError] = useState<SesErrorDetails | undefined>();
  const [applyBlocked, setApplyBlocked] = useState(false);
  const name = useWatch({ control: form.control, name: 'name' });
  // Read while rendering: react-hook-form tracks only the form state a render subscribed to.
  const { isDirty, errors } = useFormState({ control: form.control });
  const analysis = useMemo(() => analyseDraft(document.text, identityArn), [document.text, identityArn]);
  const handEdited = isHandEdited(document);
  const access = useDraftAccessCheck({
    identityArn,
    savedPolicies,
    draft: { name, document: document.text },
    // From the document step on: by the review the answer is usually there.
    enabled: step >= DOCUMENT && document.text !== '',
    confirmText: 'Apply anyway',
    simulatorPath,
    // A navigation would lose the wizard's steps: the simulator opens in a new tab.
    newTab: true,
  });

  /** Fills the form from a start point; what the user had typed can be restored. */
  const chooseStartPoint = (id: string) => {
    setStartPoint(id);
    setReplaced(isDirty ? form.getValues() : undefined);
    const filled = startPointForm(id, identityArn, new Date());
    const current = form.getValues('name');
    const keepName = current !== '' && current !== suggestedName.current;
    const next = filled ?? emptyForm();
    suggestedName.current = filled ? next.name : '';
    form.reset({ ...next, name: keepName ? current : next.name });
  };

  const restoreReplaced = () => {
    if (!replaced) return;
    form.reset(replaced, { keepDefaultValues: true });
    setReplaced(undefined);
    setStartPoint(BLANK_START);
  };

  /** Moves forward to `target`, checking what the steps in between need. */
  const advance = async (target: number, from: number) => {
    if (target === REVIEW && from <= DOCUMENT) {
      if (!(await form.trigger('name', { shouldFocus: from === DOCUMENT }))) {
        setStep(DOCUMENT);
        return;
      }
    }
    setStep(target);
  };

  const navigate = async (target: number) => {
    if (target <= step) {
      setStep(target);
      return;
    }
    if (step === STATEMENTS) {
      if (!(await form.trigger('statements', { shouldFocus: true }))) return;
      setReplaced(undefined);
      const next = buildPolicyDocument(form.getValues(), identityArn);
      const outcome = regenerate(document, next);
      if (outcome.kind === 'ask') {
        setQuestion({ kind: 'regenerate', next, target });
        return;
      }
      setDocument(outcome.state);
      await advance(target, step);
      return;
    }
    await advance(target, step);
  };

  const answer = async (confirmed: boolean) => {
    const q = question;
    setQuestion(undefined);
    if (!q) return;
    switch (q.kind) {
      case 'regenerate': {
        const state = resolveRegeneration(document, q.next, confirmed ? 'regenerate' : 'keep');
        setDocument(state);
        await advance(q.target, STATEMENTS);
        return;
      }
      case 'regenerate-now':
        if (confirmed) setDocument(resolveRegeneration(document, q.next, 'regenerate'));
        return;
      case 'leave':
        if (confirmed) onCancel();
        return;
    }
  };

  const apply = async () => {
    if (applying) return;
    setApplyError(undefined);
    const nameValid = await form.trigger('name');
    if (!nameValid || analysis.errorCount > 0) {
      setApplyBlocked(true);
      return;
    }
    setApplyBlocked(false);
    const policyName = form.getValues('name');
    if (!(await access.confirm(policyName))) return;
    setApplying(true);
    try {
      await onApply({ name: policyName, document: document.text });
    } catch (error) {
      setApplyError(sesErrorDetails(error));
    } finally {
      setApplying(false);
    }
  };

  const cancel = () => {
    if (isDirty || startPoint !== BLANK_START || document.text !== '') setQuestion({ kind: 'leave' });
    else onCancel();
  };

  const editDocument = (text: string) => {
    setDocument((d) => ({ ...d, text }));
    setApplyBlocked(false);
  };

  /** Asks whether to rebuild the document from the statements now, over its hand edits. */
  const askRegenerateNow = () =>
    setQuestion({ kind: 'regenerate-now', next: buildPolicyDocument(form.getValues(), identityArn) });

  return {
    form,
    identity,
    step,
    startPoint,
    document,
    question,
    replaced,
    applying,
    applyError,
    applyBlocked,
    name,
    errors,
    analysis,
    handEdited,
    access,
    chooseStartPoint,
    restoreReplaced,
    navigate,
    answer,
    apply,
    cancel,
    editDocument,
    askRegenerateNow,
  };
}
