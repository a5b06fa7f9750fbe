/**
 * The policy generator: a Cloudscape wizard driven by react-hook-form and zod.
 * 1. Statements (blank, or from a start point); 2. the name and the generated JSON, editable by
 * hand; 3. a review with the plain-English summary, every finding and the size, and Apply.
 * The parent saves (onApply); a refusal is shown with its SES code and nothing entered is lost.
 */
import SpaceBetween from '@cloudscape-design/components/space-between';
import Wizard from '@cloudscape-design/components/wizard';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm, useFormState, useWatch } from 'react-hook-form';
import { sesErrorDetails, type SesErrorDetails } from '../../lib/ses/ses-error';
import { ApplyError } from './apply-error';
import { buildPolicyDocument } from './document/build-policy';
import { ConfirmModal } from './confirm-modal';
import { analyseDraft } from '../../lib/policy-ui/policy-diagnostics';
import { DocumentStep, EDITOR_LABEL } from './steps/document-step';
import { emptyForm } from './form/form-defaults';
import { generatorSchema, type GeneratorForm } from './form/generator-schema';
import {
  isHandEdited,
  NO_DOCUMENT,
  regenerate,
  resolveRegeneration,
  type DocumentState,
} from './document/hand-edits';
import { identityContext } from './form/identity-context';
import { ReviewStep } from './steps/review-step';
import { BLANK_START } from './steps/start-point-select';
import { startPointForm } from './form/start-points';
import { StatementsStep } from './steps/statements-step';
import { SUBMIT_BUTTON_TEXT, WIZARD_STRINGS } from './wizard-strings';

export interface PolicyGeneratorProps {
  /** The identity the policy is for, e.g. arn:aws:ses:us-east-1:888888888888:identity/ses-example.com */
  identityArn: string;
  /** Names already used on the identity (a new name must differ; SES allows 20 policies). */
  existingPolicyNames: string[];
  /** Saves the policy (PutIdentityPolicy). Rejects with the SDK's error on failure. */
  onApply: (policy: { name: string; document: string }) => Promise<void>;
  onCancel: () => void;
  /** Renders the lazy Monaco policy editor the lead provides (validation markers included). */
  renderEditor: (props: { value: string; onChange: (value: string) => void; ariaLabel: string }) => ReactNode;
}

const STATEMENTS = 0;
const DOCUMENT = 1;
const REVIEW = 2;

type Question =
  | { kind: 'regenerate'; next: string; target: number }
  | { kind: 'regenerate-now'; next: string }
  | { kind: 'leave' };

export function PolicyGenerator({
  identityArn,
  existingPolicyNames,
  onApply,
  onCancel,
  renderEditor,
}: PolicyGeneratorProps) {
  const schema = useMemo(() => generatorSchema(existingPolicyNames), [existingPolicyNames]);
  const form = useForm<GeneratorForm>({
    resolver: zodResolver(schema),
    defaultValues: emptyForm(),
    mode: 'onChange',
  });
  const identity = useMemo(() => identityContext(identityArn), [identityArn]);
  const [step, setStep] = useState(STATEMENTS);
  const [startPoint, setStartPoint] = useState(BLANK_START);
  /** The name the last start point filled in: replaced by the next one unless the user changed it. */
  const suggestedName = useRef('');
  const [document, setDocument] = useState<DocumentState>(NO_DOCUMENT);
  const [question, setQuestion] = useState<Question | undefined>();
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
    setApplying(true);
    try {
      await onApply({ name: form.getValues('name'), document: document.text });
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

  return (
    <FormProvider {...form}>
      <Wizard
        activeStepIndex={step}
        isLoadingNextStep={applying}
        onNavigate={({ detail }) => void navigate(detail.requestedStepIndex)}
        onCancel={cancel}
        onSubmit={() => void apply()}
        submitButtonText={SUBMIT_BUTTON_TEXT}
        i18nStrings={WIZARD_STRINGS}
        steps={[
          {
            title: 'Statements',
            description:
              'Who may send as this identity, with which send actions, and under which conditions.',
            content: (
              <StatementsStep
                identity={identity}
                startPoint={startPoint}
                onStartPoint={chooseStartPoint}
                handEdited={handEdited}
                onRestore={replaced && restoreReplaced}
              />
            ),
          },
          {
            title: 'Name and document',
            description: 'Name the policy and check the JSON generated from the statements.',
            content: (
              <DocumentStep
                analysis={analysis}
                handEdited={handEdited}
                onRegenerate={() =>
                  setQuestion({
                    kind: 'regenerate-now',
                    next: buildPolicyDocument(form.getValues(), identityArn),
                  })
                }
                editor={renderEditor({
                  value: document.text,
                  onChange: editDocument,
                  ariaLabel: EDITOR_LABEL,
                })}
              />
            ),
          },
          {
            title: 'Review and apply',
            description: `What the policy does, and everything worth checking before it is attached to ${identity.name}.`,
            content: <ReviewStep name={name} identityArn={identityArn} analysis={analysis} />,
            errorText:
              applyError || (applyBlocked && (analysis.errorCount > 0 || errors.name)) ? (
                <ApplyError
                  error={applyError}
                  errorCount={analysis.errorCount}
                  nameError={errors.name?.message}
                />
              ) : undefined,
          },
        ]}
      />
      <Questions question={question} onAnswer={(confirmed) => void answer(confirmed)} />
    </FormProvider>
  );
}

function Questions({
  question,
  onAnswer,
}: {
  question: Question | undefined;
  onAnswer: (confirmed: boolean) => void;
}) {
  const common = { visible: true, onConfirm: () => onAnswer(true), onCancel: () => onAnswer(false) };
  switch (question?.kind) {
    case 'regenerate':
      return (
        <ConfirmModal
          {...common}
          header="Replace your hand edits?"
          confirmText="Regenerate the document"
          cancelText="Keep my edits"
        >
          <SpaceBetween size="s">
            <span>
              You edited the policy document by hand, and the statements have changed since. Regenerating
              rebuilds the document from the statements and discards your hand edits.
            </span>
            <span>
              Keep my edits leaves the document as you wrote it; the changed fields are then not in it.
            </span>
          </SpaceBetween>
        </ConfirmModal>
      );
    case 'regenerate-now':
      return (
        <ConfirmModal
          {...common}
          header="Replace your hand edits?"
          confirmText="Regenerate the document"
          cancelText="Keep my edits"
        >
          Regenerating rebuilds the document from the statements and discards your hand edits.
        </ConfirmModal>
      );
    case 'leave':
      return (
        <ConfirmModal {...common} header="Leave the generator?" confirmText="Leave" cancelText="Stay">
          The statements and the document you entered will be lost.
        </ConfirmModal>
      );
    default:
      return null;
  }
}
