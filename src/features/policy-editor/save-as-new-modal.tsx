import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { MAX_POLICIES_PER_IDENTITY } from '../../policy-engine';
import { nameError } from './name-rules';

interface SaveAsNewModalProps {
  existingNames: string[];
  atLimit: boolean;
  onDismiss: () => void;
  onSave: (name: string) => void;
}

/** SES cannot rename a policy: this saves the edited document under a new name instead. */
export function SaveAsNewModal({ existingNames, atLimit, onDismiss, onSave }: SaveAsNewModalProps) {
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const error = atLimit
    ? `The identity already has ${MAX_POLICIES_PER_IDENTITY} policies; delete one before saving another.`
    : nameError(name, existingNames, false);
  return (
    <Modal
      visible
      header="Save as a new policy"
      onDismiss={onDismiss}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button
              variant="primary"
              onClick={() => {
                setTouched(true);
                if (!error) onSave(name);
              }}
            >
              Save as new
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <FormField
        label="New policy name"
        description="The original policy stays as it is; delete it afterwards if the new one replaces it."
        errorText={touched || name ? error : undefined}
      >
        <Input value={name} onChange={({ detail }) => setName(detail.value)} />
      </FormField>
    </Modal>
  );
}
