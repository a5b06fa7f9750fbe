/** A condition's guidance notes, as plain text (values the user typed are never HTML). */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { GuidanceNote } from './condition-guidance';

export function GuidanceList({
  notes,
  onAddNullGuard,
}: {
  notes: GuidanceNote[];
  /** Offered beside the ForAllValues warning when the statement has no Null check yet. */
  onAddNullGuard?: () => void;
}) {
  if (notes.length === 0) return null;
  return (
    <SpaceBetween size="xxs">
      {notes.map((note) => (
        <div key={note.id}>
          {note.type === 'warning' ? (
            <StatusIndicator type="warning">{note.text}</StatusIndicator>
          ) : (
            <Box variant="small" color="text-body-secondary">
              {note.text}
            </Box>
          )}
          {note.id === 'for-all-values' && note.type === 'warning' && onAddNullGuard && (
            <Button variant="inline-link" formAction="none" onClick={onAddNullGuard}>
              Add the Null check
            </Button>
          )}
        </div>
      ))}
    </SpaceBetween>
  );
}
