/**
 * Before a save, SES had something else under the policy's name than the editor started from
 * (another tab or person saved, deleted or created it meanwhile; SES has no version tags, so the
 * text is what is compared). Both versions are shown side by side (Monaco's diff editor, loaded
 * lazily) and as a list of changed lines, and the user chooses: save theirs over SES's, take
 * SES's (their own kept as a draft), or go back to editing against SES's version.
 */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useId, useMemo } from 'react';
import { LazyPolicyDiffEditor } from '../../lib/policy-ui/lazy-policy-diff-editor';
import { lineDiff } from '../../lib/policy-ui/line-diff';

export type ConflictKind = 'changed' | 'deleted' | 'created';
export type ConflictChoice = 'overwrite' | 'theirs' | 'edit';

export interface SaveConflict {
  kind: ConflictKind;
  name: string;
  /** The text being saved. */
  mine: string;
  /** What SES has under the name now; absent when it has nothing. */
  theirs?: string;
}

interface SaveConflictModalProps {
  conflict: SaveConflict;
  onChoose: (choice: ConflictChoice) => void;
  /** Closed without a choice: nothing is saved and nothing changes. */
  onDismiss: () => void;
}

const HEADERS: Record<ConflictKind, (name: string) => string> = {
  changed: (name) => `${name} was changed in SES since you opened it`,
  deleted: (name) => `${name} was deleted from SES since you opened it`,
  created: (name) => `SES already has a policy named ${name}`,
};

const INTROS: Record<ConflictKind, string> = {
  changed:
    'Someone (another tab, or another person) saved a different version after you opened this policy. Saving yours now would replace their change. Nothing has been saved yet.',
  deleted:
    'Someone (another tab, or another person) deleted this policy after you opened it. Saving yours now would create it again. Nothing has been saved yet.',
  created:
    'A policy with this name was created after you started yours. Saving yours now would replace it. Nothing has been saved yet.',
};

const OVERWRITE: Record<ConflictKind, string> = {
  changed: 'Save my version over theirs',
  deleted: 'Create it again with my version',
  created: 'Replace it with my version',
};

export function SaveConflictModal({ conflict, onChoose, onDismiss }: SaveConflictModalProps) {
  const { kind, name, mine, theirs } = conflict;
  const sideBySide = useId();
  const choices = useId();
  const takeTheirs = theirs === undefined ? 'Accept the deletion' : 'Use the version in SES';
  return (
    <Modal
      visible
      size="max"
      header={HEADERS[kind](name)}
      onDismiss={onDismiss}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => onChoose('edit')}>
              Go back to editing
            </Button>
            <Button onClick={() => onChoose('theirs')}>{takeTheirs}</Button>
            <Button variant="primary" onClick={() => onChoose('overwrite')}>
              {OVERWRITE[kind]}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box>{INTROS[kind]}</Box>
        <section aria-labelledby={choices}>
          <Box variant="h3" id={choices}>
            Your choices
          </Box>
          <ul>
            <li>
              <strong>{OVERWRITE[kind]}</strong>: SES gets your version; theirs is replaced.
            </li>
            <li>
              <strong>{takeTheirs}</strong>:{' '}
              {theirs === undefined
                ? 'the editor closes; your version is kept as a draft of a new policy, offered back by Create custom policy.'
                : 'you continue from what SES has; your version is kept as a draft, offered back in the editor.'}
            </li>
            <li>
              <strong>Go back to editing</strong>: nothing is saved, your text stays in the editor (to merge
              by hand), and the next save is checked against the version SES has now.
            </li>
          </ul>
        </section>
        {theirs === undefined ? (
          <section aria-labelledby={sideBySide}>
            <Box variant="h3" id={sideBySide}>
              Your version
            </Box>
            <pre style={{ whiteSpace: 'pre-wrap' }}>{mine}</pre>
          </section>
        ) : (
          <>
            <section aria-labelledby={sideBySide}>
              <Box variant="h3" id={sideBySide}>
                Side by side: the version in SES now (left) and yours (right)
              </Box>
              <LazyPolicyDiffEditor
                original={theirs}
                modified={mine}
                originalLabel="The version in SES now"
                modifiedLabel="Your version"
              />
            </section>
            <ExpandableSection headerText="The differences as a list of lines">
              <ChangedLines theirs={theirs} mine={mine} />
            </ExpandableSection>
          </>
        )}
      </SpaceBetween>
    </Modal>
  );
}

const MARKS = { same: '', removed: 'In SES only: ', added: 'Yours only: ' } as const;

/** The accessible alternative to the diff view: every line, the changed ones marked in words. */
function ChangedLines({ theirs, mine }: { theirs: string; mine: string }) {
  const lines = useMemo(() => lineDiff(theirs, mine), [theirs, mine]);
  if (!lines) return <Box>The versions are too long to compare line by line.</Box>;
  const changed = lines.filter((line) => line.kind !== 'same').length;
  return (
    <SpaceBetween size="xs">
      <Box>
        {changed} {changed === 1 ? 'line differs' : 'lines differ'}.
      </Box>
      <ol aria-label="Lines of both versions" style={{ fontFamily: 'monospace', whiteSpace: 'pre-wrap' }}>
        {lines.map((line, index) => (
          <li key={index}>
            {line.kind === 'same' ? null : <strong>{MARKS[line.kind]}</strong>}
            {line.text}
          </li>
        ))}
      </ol>
    </SpaceBetween>
  );
}
