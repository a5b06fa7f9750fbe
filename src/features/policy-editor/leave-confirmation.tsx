import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { Blocker } from 'react-router';

/** Asks before leaving the editor with unsaved changes (they stay as a draft either way). */
export function LeaveConfirmation({ blocker }: { blocker: Blocker }) {
  if (blocker.state !== 'blocked') return null;
  return (
    <Modal
      visible
      header="Leave with unsaved changes?"
      onDismiss={() => blocker.reset()}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => blocker.reset()}>
              Stay on this page
            </Button>
            <Button variant="primary" onClick={() => blocker.proceed()}>
              Leave
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      The policy has changes that are not saved to SES. They are kept as a draft in this browser, and the
      editor offers to restore them when you come back.
    </Modal>
  );
}
