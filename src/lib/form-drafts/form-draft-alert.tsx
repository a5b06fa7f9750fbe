import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { FormDraftState } from './use-form-draft';

/**
 * Offers a form's unsaved input from an earlier visit (a reload, another page, a shared link
 * that filled the form), and says when the current input is not kept as a draft.
 */
export function FormDraftAlert({ draft }: { draft: FormDraftState }) {
  const { offered, notKept } = draft;
  return (
    <>
      {offered && (
        <Alert
          type="info"
          header="Unsaved input found"
          action={
            <SpaceBetween direction="horizontal" size="xs">
              <Button formAction="none" onClick={draft.restore}>
                Restore draft
              </Button>
              <Button formAction="none" variant="link" onClick={draft.discard}>
                Discard draft
              </Button>
            </SpaceBetween>
          }
        >
          You have unsaved input from{' '}
          {offered.savedAt ? new Date(offered.savedAt).toLocaleString() : 'an earlier visit'}. Restore it to
          go on where you left off, or discard it.
        </Alert>
      )}
      {notKept && (
        <Alert type="warning" header="This input is not kept as a draft">
          {notKept === 'too-large'
            ? 'It is too long to keep in this tab’s storage, so a reload or leaving the page loses it.'
            : 'This browser refused to store it, so a reload or leaving the page loses it.'}
        </Alert>
      )}
    </>
  );
}
