import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { DraftOrigin, FoundDraft } from './policy-drafts';

interface DraftRestoreAlertProps {
  drafts: FoundDraft[];
  /** A new policy's drafts carry their own names, shown with them. */
  showNames: boolean;
  onRestore: (key: string) => void;
  onDiscard: (key: string) => void;
}

const FROM: Record<DraftOrigin, string> = {
  'this-tab': 'this tab',
  'other-tab': 'another tab',
  'set-aside': 'your version, put aside when you took SES’s',
  earlier: 'an earlier visit',
};

/** Where a draft came from and when, in words: "another tab, 03/12/2026, 18:40:00". */
export function draftDescription(draft: FoundDraft, showName: boolean): string {
  const when = draft.savedAt ? `, last changed ${new Date(draft.savedAt).toLocaleString()}` : '';
  const name = showName ? ` (${draft.name ? `named “${draft.name}”` : 'no name yet'})` : '';
  return `${FROM[draft.origin]}${when}${name}`;
}

/**
 * Offers the unsaved drafts found for this policy: this tab's (a reload, a crash), other tabs'
 * (still open or closed) and earlier visits', each with where it came from and when. None is
 * dropped unasked: each is restored or discarded on its own.
 */
export function DraftRestoreAlert({ drafts, showNames, onRestore, onDiscard }: DraftRestoreAlertProps) {
  const several = drafts.length > 1;
  return (
    <Alert type="info" header="Unsaved changes found">
      <SpaceBetween size="s">
        <span>
          {several
            ? `This policy has ${drafts.length} unsaved drafts. Restore one to go on editing it, or discard those you do not need; until then the editor shows the saved policy.`
            : 'Restore the draft to go on editing it, or discard it to start from the saved policy.'}
        </span>
        <ul aria-label="Unsaved drafts" style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}>
          {drafts.map((draft) => {
            const description = draftDescription(draft, showNames);
            return (
              <li key={draft.key}>
                <SpaceBetween direction="horizontal" size="xs" alignItems="center">
                  <Box>Unsaved changes from {description}.</Box>
                  <Button
                    onClick={() => onRestore(draft.key)}
                    ariaLabel={several ? `Restore draft from ${description}` : undefined}
                  >
                    Restore draft
                  </Button>
                  <Button
                    variant="link"
                    onClick={() => onDiscard(draft.key)}
                    ariaLabel={several ? `Discard draft from ${description}` : undefined}
                  >
                    Discard draft
                  </Button>
                </SpaceBetween>
              </li>
            );
          })}
        </ul>
      </SpaceBetween>
    </Alert>
  );
}
