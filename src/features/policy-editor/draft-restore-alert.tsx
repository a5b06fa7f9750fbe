import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { PolicyDraft } from './policy-drafts';

interface DraftRestoreAlertProps {
  draft: PolicyDraft;
  onRestore: () => void;
  onDiscard: () => void;
}

/** Offers an unsaved draft found from an earlier visit (a reload, a crash, a closed tab). */
export function DraftRestoreAlert({ draft, onRestore, onDiscard }: DraftRestoreAlertProps) {
  const when = draft.savedAt ? new Date(draft.savedAt).toLocaleString() : 'an earlier visit';
  return (
    <Alert
      type="info"
      header="Unsaved changes found"
      action={
        <SpaceBetween direction="horizontal" size="xs">
          <Button onClick={onRestore}>Restore draft</Button>
          <Button variant="link" onClick={onDiscard}>
            Discard draft
          </Button>
        </SpaceBetween>
      }
    >
      This policy has unsaved changes from {when}. Restore them to go on editing, or discard them to start
      from the saved policy.
    </Alert>
  );
}
