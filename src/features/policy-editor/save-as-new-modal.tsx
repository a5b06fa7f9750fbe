import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { policyLimitProblem, policyNameProblem } from '../../policy-engine';

interface SaveAsNewModalProps {
  /** The identity's name, and the names its policies have. */
  identity: string;
  existingNames: string[];
  onDismiss: () => void;
  onSave: (name: string) => void;
}

/** SES cannot rename a policy: this saves the edited document under a new name instead. */
export function SaveAsNewModal({ identity, existingNames, onDismiss, onSave }: SaveAsNewModalProps) {
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const error = policyLimitProblem(existingNames.length, identity) ?? policyNameProblem(name, existingNames);
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
