/**
 * The policy generator: a wizard driven by react-hook-form and zod. 1. statements (from a start
 * point or blank); 2. the policy name and the generated JSON, editable in the policy editor;
 * 3. a review with the plain-English summary and every finding, and Apply.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Wizard from '@cloudscape-design/components/wizard';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState, type ReactNode } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { sesErrorDetails, type SesErrorDetails } from '../../lib/ses/ses-error';
import { nameError } from '../policy-editor/name-rules';
import { analyseDraft, sizeSummary } from '../policy-editor/policy-diagnostics';
import { buildPolicyDocument } from './build-policy';
import { emptyStatement, generatorSchema, type GeneratorForm } from './generator-model';
import { ReviewFindings } from './review-findings';
import { START_POINTS } from './start-points';
import { StatementFields } from './statement-fields';

export interface PolicyGeneratorProps {
  identityArn: string;
  existingPolicyNames: string[];
  onApply: (policy: { name: string; document: string }) => Promise<void>;
  onCancel: () => void;
  renderEditor: (props: { value: string; onChange: (value: string) => void; ariaLabel: string }) => ReactNode;
}

const BLANK = 'blank';

export function PolicyGenerator({
  identityArn,
  existingPolicyNames,
  onApply,
  onCancel,
  renderEditor,
}: PolicyGeneratorProps) {
  const form = useForm<GeneratorForm>({
    resolver: zodResolver(generatorSchema),
    defaultValues: { statements: [emptyStatement()] },
    mode: 'onChange',
  });
  const statements = useFieldArray({ control: form.control, name: 'statements' });
  const [step, setStep] = useState(0);
  const [startPoint, setStartPoint] = useState(BLANK);
  const [name, setName] = useState('');
  const [nameTouched, setNameTouched] = useState(false);
  const [document, setDocument] = useState('');
  /** The document as last generated; differs from `document` once edited by hand. */
  const [generated, setGenerated] = useState('');
  const [pendingRegeneration, setPendingRegeneration] = useState<string | undefined>();
  const [applying, setApplying] = useState(false);
  const [applyError, setApplyError] = useState<SesErrorDetails | undefined>();

  const analysis = useMemo(() => analyseDraft(document, identityArn), [document, identityArn]);
  const currentNameError = nameError(name, existingPolicyNames, false);

  const chooseStartPoint = (id: string) => {
    setStartPoint(id);
    const point = START_POINTS.find((p) => p.id === id);
    form.reset(point ? point.form(identityArn) : { statements: [emptyStatement()] });
    if (point && !name) setName(point.name);
  };

  /** Leaving step 1: generate the document, asking first if that would discard hand edits. */
  const enterDocumentStep = () => {
    const next = buildPolicyDocument(identityArn, form.getValues());
    if (document && document !== generated && next !== generated) setPendingRegeneration(next);
    else if (!document || document === generated) setDocument(next);
    setGenerated(next);
  };

  const apply = async () => {
    setApplying(true);
    setApplyError(undefined);
    try {
      await onApply({ name, document });
    } catch (error) {
      setApplyError(sesErrorDetails(error));
    } finally {
      setApplying(false);
    }
  };

  return (
    <Wizard
      activeStepIndex={step}
      isLoadingNextStep={applying}
      onCancel={onCancel}
      onSubmit={() => void apply()}
      submitButtonText="Apply policy"
      onNavigate={async ({ detail }) => {
        if (detail.requestedStepIndex > step && step === 0) {
          if (!(await form.trigger())) return;
          enterDocumentStep();
        }
        if (detail.requestedStepIndex > 1 && step <= 1) {
          setNameTouched(true);
          if (currentNameError || analysis.errorCount > 0) return;
        }
        setStep(detail.requestedStepIndex);
      }}
      i18nStrings={{
        stepNumberLabel: (n) => `Step ${n}`,
        collapsedStepsLabel: (n, total) => `Step ${n} of ${total}`,
        navigationAriaLabel: 'Steps',
        cancelButton: 'Cancel',
        previousButton: 'Previous',
        nextButton: 'Next',
        optional: 'optional',
      }}
      steps={[
        {
          title: 'Statements',
          description: 'Who may send from this identity, with which actions, under which conditions.',
          content: (
            <SpaceBetween size="l">
              <Container header={<Header variant="h2">Start from</Header>}>
                <FormField
                  label="Start point"
                  description="Fill the statements for a common case; adjust them afterwards."
                >
                  <Select
                    selectedOption={{
                      value: startPoint,
                      label: START_POINTS.find((p) => p.id === startPoint)?.label ?? 'A blank statement',
                    }}
                    options={[
                      { value: BLANK, label: 'A blank statement' },
                      ...START_POINTS.map((p) => ({
                        value: p.id,
                        label: p.label,
                        description: p.description,
                      })),
                    ]}
                    onChange={({ detail }) => chooseStartPoint(detail.selectedOption.value ?? BLANK)}
                  />
                </FormField>
              </Container>
              {statements.fields.map((s, i) => (
                <StatementFields
                  key={s.id}
                  control={form.control}
                  setValue={form.setValue}
                  index={i}
                  canRemove={statements.fields.length > 1}
                  onRemove={() => statements.remove(i)}
                />
              ))}
              <Button
                formAction="none"
                iconName="add-plus"
                onClick={() => statements.append(emptyStatement())}
              >
                Add statement
              </Button>
            </SpaceBetween>
          ),
        },
        {
          title: 'Name and document',
          description: 'The generated JSON; edit it here if you need something the form does not offer.',
          content: (
            <SpaceBetween size="l">
              {pendingRegeneration !== undefined && (
                <Alert
                  type="warning"
                  header="You edited the document by hand"
                  action={
                    <SpaceBetween direction="horizontal" size="xs">
                      <Button
                        onClick={() => {
                          setDocument(pendingRegeneration);
                          setPendingRegeneration(undefined);
                        }}
                      >
                        Regenerate from the statements
                      </Button>
                      <Button variant="link" onClick={() => setPendingRegeneration(undefined)}>
                        Keep my edits
                      </Button>
                    </SpaceBetween>
                  }
                >
                  The statements changed since the document was generated. Regenerating replaces your hand
                  edits.
                </Alert>
              )}
              <Container header={<Header variant="h2">Policy</Header>}>
                <SpaceBetween size="m">
                  <FormField
                    label="Policy name"
                    description="Up to 64 letters, digits, hyphens and underscores. It cannot be changed later."
                    errorText={nameTouched || name ? currentNameError : undefined}
                  >
                    <Input
                      value={name}
                      onChange={({ detail }) => setName(detail.value)}
                      onBlur={() => setNameTouched(true)}
                    />
                  </FormField>
                  {document !== generated && pendingRegeneration === undefined && (
                    <Box variant="small">
                      Edited by hand: changing the statements in step 1 will ask before regenerating this
                      document.
                    </Box>
                  )}
                  {renderEditor({
                    value: document,
                    onChange: setDocument,
                    ariaLabel: 'Generated policy document',
                  })}
                  <Box variant="small">{sizeSummary(analysis.bytes)}</Box>
                  {analysis.errorCount > 0 && (
                    <Alert type="error">
                      Fix the {analysis.errorCount} {analysis.errorCount === 1 ? 'error' : 'errors'} in the
                      document before the review.
                    </Alert>
                  )}
                </SpaceBetween>
              </Container>
            </SpaceBetween>
          ),
        },
        {
          title: 'Review and apply',
          description: 'What the policy does, and everything worth checking before SES stores it.',
          content: (
            <SpaceBetween size="l">
              <ReviewFindings name={name} analysis={analysis} />
              {applyError && (
                <Alert type="error" header={`SES refused the policy: ${applyError.code}`}>
                  {applyError.message} Your statements and document are unchanged; go back to fix them.
                </Alert>
              )}
            </SpaceBetween>
          ),
        },
      ]}
    />
  );
}
