/**
 * The policy generator: a Cloudscape wizard driven by react-hook-form and zod.
 * 1. Statements (blank, or from a start point); 2. the name and the generated JSON, editable by
 * hand; 3. a review with the plain-English summary, who can send once it is added, every finding
 * and the size, and Apply (asking first when it lets someone send who cannot today).
 * The parent saves (onApply); a refusal is shown with its SES code and nothing entered is lost.
 */
import SpaceBetween from '@cloudscape-design/components/space-between';
import Wizard from '@cloudscape-design/components/wizard';
import type { ReactNode } from 'react';
import type { PolicyInput } from '../../policy-engine';
import type { WitnessScenario } from '../../lib/access-analysis/witness-scenario';
import { FormProvider } from 'react-hook-form';
import { AccessChangePanel } from '../../lib/access-analysis/access-change-panel';
import { ApplyError } from './apply-error';
import { ConfirmModal } from './confirm-modal';
import { DocumentStep, EDITOR_LABEL } from './steps/document-step';
import { ReviewStep } from './steps/review-step';
import { StatementsStep } from './steps/statements-step';
import { usePolicyWizard, type WizardQuestion } from './use-policy-wizard';
import { SUBMIT_BUTTON_TEXT, WIZARD_STRINGS } from './wizard-strings';

export interface PolicyGeneratorProps {
  /** The identity the policy is for, e.g. arn:aws:ses:us-east-1:888888888888:identity/ses-example.com */
  identityArn: string;
  /** Names already used on the identity (a new name must differ; SES allows 20 policies). */
  existingPolicyNames: string[];
  /** The identity's saved policies, all of them: what the new policy is compared with. */
  savedPolicies: readonly PolicyInput[];
  /** The simulator's router path for a scenario: "Simulate this" on the review's requests. */
  simulatorPath?: (scenario: WitnessScenario) => string;
  /** Saves the policy (PutIdentityPolicy). Rejects with the SDK's error on failure. */
  onApply: (policy: { name: string; document: string }) => Promise<void>;
  onCancel: () => void;
  /** Renders the lazy Monaco policy editor the lead provides (validation markers included). */
  renderEditor: (props: { value: string; onChange: (value: string) => void; ariaLabel: string }) => ReactNode;
}

export function PolicyGenerator({
  identityArn,
  existingPolicyNames,
  savedPolicies,
  simulatorPath,
  onApply,
  onCancel,
  renderEditor,
}: PolicyGeneratorProps) {
  const wizard = usePolicyWizard({
    identityArn,
    existingPolicyNames,
    savedPolicies,
    simulatorPath,
    onApply,
    onCancel,
  });
  const { form, identity, step, startPoint, document, question, replaced, applying } = wizard;
  const { applyError, applyBlocked, name, errors, analysis, handEdited, access } = wizard;

  return (
    <FormProvider {...form}>
      <Wizard
        activeStepIndex={step}
        isLoadingNextStep={applying || access.checking}
        onNavigate={({ detail }) => void wizard.navigate(detail.requestedStepIndex)}
        onCancel={wizard.cancel}
        onSubmit={() => void wizard.apply()}
        submitButtonText={SUBMIT_BUTTON_TEXT}
        i18nStrings={WIZARD_STRINGS}
        steps={[
          {
            title: 'Statements',
            description: `Who may send as ${identity.name}, with which send actions, and under which conditions.`,
            content: (
              <StatementsStep
                identity={identity}
                startPoint={startPoint}
                onStartPoint={wizard.chooseStartPoint}
                handEdited={handEdited}
                onRestore={replaced && wizard.restoreReplaced}
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
                onRegenerate={wizard.askRegenerateNow}
                editor={renderEditor({
                  value: document.text,
                  onChange: wizard.editDocument,
                  ariaLabel: EDITOR_LABEL,
                })}
              />
            ),
          },
          {
            title: 'Review and apply',
            description: `What the policy does, and everything worth checking before it is attached to ${identity.name}.`,
            content: (
              <ReviewStep
                name={name}
                identityArn={identityArn}
                analysis={analysis}
                access={<AccessChangePanel comparison={access.comparison} links={access.links} />}
              />
            ),
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
      <Questions question={question} onAnswer={(confirmed) => void wizard.answer(confirmed)} />
      {access.modal}
    </FormProvider>
  );
}

function Questions({
  question,
  onAnswer,
}: {
  question: WizardQuestion | undefined;
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
