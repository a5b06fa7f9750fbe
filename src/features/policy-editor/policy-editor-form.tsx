/**
 * Writing or editing one sending authorization policy: the name (SES's rules), the Monaco editor
 * with the engine's findings as markers and as a problems list, a size meter, Format, a
 * plain-English preview, who can send after the change (the access analysis, with "Simulate
 * this" per request it finds), "Simulate this draft", and Save (disabled while there are errors;
 * asking first when the change lets someone send who cannot today). Nothing typed is lost: the
 * draft is kept per identity and policy, and leaving asks first.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { AccessChangePanel } from '../../lib/access-analysis/access-change-panel';
import { useDraftAccessCheck } from '../../lib/access-analysis/use-draft-access-check';
import type { WitnessScenario } from '../../lib/access-analysis/witness-scenario';
import type { SesConnection } from '../../lib/ses/client';
import { putPolicyMutation } from '../../lib/ses/policy-mutations';
import type { IdentityPolicy } from '../../lib/ses/policies';
import { sesErrorDetails } from '../../lib/ses/ses-error';
import { DraftRestoreAlert } from './draft-restore-alert';
import { LazyPolicyCodeEditor, type EditorHandle } from '../../lib/policy-ui/lazy-policy-code-editor';
import { LeaveConfirmation } from './leave-confirmation';
import { formatPolicyText } from '../../lib/policy-ui/policy-diagnostics';
import { PolicyPreview } from '../../lib/policy-ui/policy-preview';
import { ProblemsList } from './problems-list';
import { SaveAsNewModal } from './save-as-new-modal';
import { SizeMeter } from '../../lib/policy-ui/size-meter';
import { usePolicyDraft } from './use-policy-draft';
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard';

export interface PolicyEditorFormProps {
  connection: SesConnection;
  /** The acting account: drafts are kept per account. */
  account: string;
  identity: string;
  identityArn: string;
  /** The saved policy being edited; absent when creating one. */
  existing?: IdentityPolicy;
  /** Every policy name the identity has now. */
  existingNames: string[];
  /** The document a new policy starts from. */
  initialDocument: string;
  onSaved: (name: string) => void;
  onCancel: () => void;
  onSimulate: (draft: IdentityPolicy) => void;
  /** The identity's saved policies, all of them: what the change is compared with. */
  savedPolicies: IdentityPolicy[];
  /** The simulator's router path for a scenario; absent: no "Simulate this" on the analysis' requests. */
  simulatorPath?: (scenario: WitnessScenario) => string;
}

export function PolicyEditorForm(props: PolicyEditorFormProps) {
  const { connection, identity, existingNames, onSaved, onCancel } = props;
  const draft = usePolicyDraft(props);
  const { editing, name, document, analysis, dirty, blockers, foundDraft, draftProblem } = draft;
  const [nameTouched, setNameTouched] = useState(false);
  const [saveAsNewOpen, setSaveAsNewOpen] = useState(false);
  const editorHandle = useRef<EditorHandle | null>(null);
  const queryClient = useQueryClient();
  const save = useMutation(putPolicyMutation(connection, queryClient, identity));
  const { blocker, release } = useUnsavedChangesGuard(dirty);
  const atLimit = draft.limitProblem !== undefined;

  const check = useDraftAccessCheck({
    confirmText: 'Save anyway',
    identityArn: props.identityArn,
    savedPolicies: props.savedPolicies,
    draft: { name, document },
    replacing: props.existing?.name,
    simulatorPath: props.simulatorPath,
    beforeSimulate: () => {
      // As "Simulate this draft": a hand-over that keeps the draft, so leaving is not guarded.
      draft.keepDraft();
      release();
    },
  });

  const update = (next: { name?: string; document?: string }) => {
    save.reset();
    draft.update(next);
  };

  const submit = async (policyName: string) => {
    if (!(await check.confirm(policyName))) return;
    save.mutate(
      { name: policyName, document },
      {
        onSuccess: () => {
          draft.saved();
          release();
          onSaved(policyName);
        },
      },
    );
  };

  const serviceError = save.isError ? sesErrorDetails(save.error) : undefined;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setNameTouched(true);
        if (blockers.length === 0) void submit(name);
      }}
    >
      <Form
        actions={
          <SpaceBetween direction="horizontal" size="xs" alignItems="center">
            <Button formAction="none" variant="link" onClick={onCancel}>
              Cancel
            </Button>
            <Button
              formAction="none"
              onClick={() => {
                // A deliberate hand-over, not a loss: the draft is kept (update() stored it), and
                // coming back to the editor offers to restore it, so this navigation is not guarded.
                draft.keepDraft();
                release();
                props.onSimulate({ name: name || 'draft', document });
              }}
            >
              Simulate this draft
            </Button>
            {editing && (
              <Button
                formAction="none"
                disabled={analysis.errorCount > 0}
                onClick={() => setSaveAsNewOpen(true)}
              >
                Save as new…
              </Button>
            )}
            <Button
              variant="primary"
              formAction="submit"
              loading={save.isPending || check.checking}
              disabled={blockers.length > 0}
              disabledReason={blockers.join(' ')}
            >
              {editing ? 'Save changes' : 'Create policy'}
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          {foundDraft && (
            <DraftRestoreAlert
              draft={foundDraft}
              onRestore={draft.restoreDraft}
              onDiscard={draft.discardDraft}
            />
          )}
          {draftProblem && (
            <Alert
              type="warning"
              header="A stored draft could not be restored"
              dismissible
              onDismiss={draft.dismissDraftProblem}
            >
              {draftProblem} The editor shows the policy as it was before that draft.
            </Alert>
          )}
          {atLimit && (
            <Alert type="error" header="This identity has 20 policies">
              {blockers[0]} What you type here is kept as a draft.
            </Alert>
          )}
          <Container header={<Header variant="h2">Policy</Header>}>
            <SpaceBetween size="m">
              <FormField
                label="Policy name"
                description={
                  editing
                    ? 'SES cannot rename a policy. To keep this document under another name, use Save as new.'
                    : 'Up to 64 letters, digits, hyphens and underscores. It cannot be changed later.'
                }
                errorText={nameTouched || name ? draft.nameError : undefined}
              >
                <Input
                  value={name}
                  readOnly={editing}
                  onChange={({ detail }) => update({ name: detail.value })}
                  onBlur={() => setNameTouched(true)}
                  placeholder="e.g. AuthorizeMarketing"
                  autoComplete={false}
                />
              </FormField>
              <SpaceBetween size="xs">
                <SpaceBetween direction="horizontal" size="xs" alignItems="center">
                  <Box variant="awsui-key-label">Policy document (JSON)</Box>
                  <Button
                    formAction="none"
                    iconName="script"
                    onClick={() => {
                      const formatted = formatPolicyText(document);
                      if (formatted !== undefined && editorHandle.current)
                        editorHandle.current.replaceText(formatted);
                    }}
                    disabled={formatPolicyText(document) === undefined}
                    disabledReason="Fix the JSON syntax errors first."
                  >
                    Format
                  </Button>
                </SpaceBetween>
                <LazyPolicyCodeEditor
                  value={document}
                  onChange={(value) => update({ document: value })}
                  ariaLabel="Policy document"
                  diagnostics={analysis.diagnostics}
                  onReady={(handle) => {
                    editorHandle.current = handle;
                  }}
                />
                <Box variant="small">
                  Ctrl+Space suggests elements, operators, condition keys and actions. Tab moves focus out of
                  the editor (Ctrl+M switches Tab to indenting).
                </Box>
                {serviceError && (
                  <Alert type="error" header={`SES refused the policy: ${serviceError.code}`}>
                    {serviceError.message}
                  </Alert>
                )}
                <ProblemsList
                  diagnostics={analysis.diagnostics}
                  onSelect={(d) =>
                    editorHandle.current?.revealPosition(d.range.start.line, d.range.start.column)
                  }
                />
              </SpaceBetween>
              <SizeMeter bytes={analysis.bytes} />
            </SpaceBetween>
          </Container>
          <PolicyPreview description={analysis.description} />
          <AccessChangePanel comparison={check.comparison} links={check.links} />
        </SpaceBetween>
      </Form>
      <LeaveConfirmation blocker={blocker} />
      {check.modal}
      {saveAsNewOpen && (
        <SaveAsNewModal
          existingNames={existingNames}
          identity={identity}
          onDismiss={() => setSaveAsNewOpen(false)}
          onSave={(newName) => {
            setSaveAsNewOpen(false);
            void submit(newName);
          }}
        />
      )}
    </form>
  );
}
