/** Asks before saving a change that lets someone send who cannot today; Cancel keeps the draft. */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { AccessWitness } from '../../policy-engine/analysis';
import { WitnessList } from './witness-list';
import { callersPhrase } from './witness-words';

export interface GainedAccessModalProps {
  gained: readonly AccessWitness[];
  /** "Save anyway" (the editor) or "Apply anyway" (the generator). */
  confirmText: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function GainedAccessModal({ gained, confirmText, onConfirm, onCancel }: GainedAccessModalProps) {
  return (
    <Modal
      visible
      header={`This change lets ${callersPhrase(gained)} send`}
      onDismiss={onCancel}
      closeAriaLabel="Close"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>
              Cancel
            </Button>
            <Button variant="primary" onClick={onConfirm}>
              {confirmText}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="s">
        <Box variant="p">
          These requests are refused today and would be allowed once the policy is saved. Cancel keeps your
          draft as it is.
        </Box>
        <WitnessList witnesses={gained} ariaLabel="Requests this change allows" />
      </SpaceBetween>
    </Modal>
  );
}
