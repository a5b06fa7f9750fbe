/**
 * Writing or editing one sending authorization policy: the name (SES's rules), the Monaco editor
 * with the engine's findings as markers and as a problems list, a size meter, Format, a
 * plain-English preview, who can send after the change (the access analysis, with "Simulate
 * this" per request it finds), "Simulate this draft", and Save (disabled while there are errors;
 * asking first when the change lets someone send who cannot today). Save first reads SES again:
 * when another tab or person changed the policy meanwhile, both versions are shown and the user
 * chooses (use-save-conflict.tsx); the access question is then asked against what SES has now.
 * Nothing typed is lost: each tab keeps its own draft per identity and policy, drafts other tabs
 * left are offered back, and leaving asks first.
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
import { compareOnce } from '../../lib/access-analysis/compare-client';
import { withDraft } from '../../lib/access-analysis/policy-sets';
import { useGainConfirmation } from '../../lib/access-analysis/use-gain-confirmation';
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
import { useSaveConflict } from './use-save-conflict';
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
  /** SES turned out to have a policy under the name being saved, and the user took its version. */
  onOpenPolicy: (name: string) => void;
  /** The edited policy was deleted meanwhile and the user accepted that (their text kept as a draft). */
  onPolicyGone: (name: string) => void;
  /** The identity's saved policies, all of them: what the change is compared with. */
  savedPolicies: IdentityPolicy[];
  /** The simulator's router path for a scenario; absent: no "Simulate this" on the analysis' requests. */
  simulatorPath?: (scenario: WitnessScenario) => string;
}

export function PolicyEditorForm(props: PolicyEditorFormProps) {
  const { connection, identity, existingNames, onSaved, onCancel } = props;
  const draft = usePolicyDraft(props);
  const { editing, name, document, analysis, dirty, blockers, foundDrafts, draftProblem } = draft;
  const [nameTouched, setNameTouched] = useState(false);
  const [saveAsNewOpen, setSaveAsNewOpen] = useState(false);
  const editorHandle = useRef<EditorHandle | null>(null);
  const queryClient = useQueryClient();
  const save = useMutation(putPolicyMutation(connection, queryClient, identity));
  const { blocker, release } = useUnsavedChangesGuard(dirty);
  const atLimit = draft.limitProblem !== undefined;

  const conflicts = useSaveConflict(connection, identity);
  const freshGain = useGainConfirmation('Save anyway');
  const [comparing, setComparing] = useState(false);
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

  /** The access question against the policies SES has now (the panel's answer when unchanged). */
  const confirmAccess = async (policyName: string, now: IdentityPolicy[]) => {
    if (samePolicies(now, props.savedPolicies)) return check.confirm(policyName);
    setComparing(true);
    try {
      const result = await compareOnce({
        identityArn: props.identityArn,
        before: now,
        after: withDraft(now, { name: policyName, document }),
      });
      return await freshGain.confirm(result);
    } finally {
      setComparing(false);
    }
  };

  /** Saving as a new policy (`asNew`) expects no policy under that name. */
  const submit = async (policyName: string, asNew = false) => {
    if (check.checking || comparing) return;
    // First what SES has now, then (against that) who gains access, then the save.
    const now = await conflicts.check(
      policyName,
      asNew ? undefined : draft.expectedFor(policyName),
      document,
    );
    if (!now) return;
    if (now.conflict) {
      const { choice } = now.conflict;
      if (choice === 'theirs') return takeTheirs(policyName, now.theirs, asNew);
      if (choice === 'edit' && !asNew) draft.rebase(policyName, now.theirs);
      if (choice !== 'overwrite') return;
    }
    if (!(await confirmAccess(policyName, now.policies))) return;
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

  const takeTheirs = (policyName: string, theirs: string | undefined, asNew: boolean) => {
    if (theirs === undefined) {
      // Deleted: the text becomes a draft of a new policy under the same name.
      draft.setAside(undefined);
      release();
      props.onPolicyGone(policyName);
    } else if (!asNew && (editing || draft.base.name === policyName)) {
      draft.takeTheirs(theirs);
    } else {
      // Another policy than this editor's: its own editor shows it, and offers this text back.
      draft.setAside(policyName);
      release();
      props.onOpenPolicy(policyName);
    }
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
              loading={save.isPending || check.checking || conflicts.reading || comparing}
              disabled={blockers.length > 0}
              disabledReason={blockers.join(' ')}
            >
              {editing ? 'Save changes' : 'Create policy'}
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          {foundDrafts.length > 0 && (
            <DraftRestoreAlert
              drafts={foundDrafts}
              showNames={!editing}
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
                {conflicts.readError && (
                  <Alert
                    type="error"
                    header={`SES could not be read before saving: ${conflicts.readError.code}`}
                  >
                    {conflicts.readError.message} Nothing was saved: the policy is saved only after checking
                    that nobody changed it meanwhile. Try again.
                  </Alert>
                )}
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
      {freshGain.modal}
      {conflicts.modal}
      {saveAsNewOpen && (
        <SaveAsNewModal
          existingNames={existingNames}
          identity={identity}
          onDismiss={() => setSaveAsNewOpen(false)}
          onSave={(newName) => {
            setSaveAsNewOpen(false);
            void submit(newName, true);
          }}
        />
      )}
    </form>
  );
}

/** The same policies with the same texts, in any order. */
function samePolicies(a: readonly IdentityPolicy[], b: readonly IdentityPolicy[]): boolean {
  if (a.length !== b.length) return false;
  const texts = new Map(b.map((p) => [p.name, p.document]));
  return a.every((p) => texts.get(p.name) === p.document);
}
