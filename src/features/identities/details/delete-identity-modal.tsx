/**
 * Deleting an identity, confirmed by typing its name: deletion also removes its policies, so
 * every delegate sending from it is refused from then on.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { SesConnection } from '../../../lib/ses/client';
import { deleteIdentityMutation } from '../../../lib/ses/identity-mutations';
import { sesErrorDetails } from '../../../lib/ses/ses-error';

interface DeleteIdentityModalProps {
  connection: SesConnection;
  identity: string;
  policyCount: number | undefined;
  onDismiss: () => void;
  onDeleted: () => void;
}

export function DeleteIdentityModal({
  connection,
  identity,
  policyCount,
  onDismiss,
  onDeleted,
}: DeleteIdentityModalProps) {
  const [typed, setTyped] = useState('');
  const [attempted, setAttempted] = useState(false);
  const queryClient = useQueryClient();
  const remove = useMutation(deleteIdentityMutation(connection, queryClient));
  const matches = typed === identity;
  const error = remove.isError ? sesErrorDetails(remove.error) : undefined;
  const submit = () => {
    setAttempted(true);
    if (matches) remove.mutate(identity, { onSuccess: onDeleted });
  };
  return (
    <Modal
      visible
      header={`Delete ${identity}?`}
      onDismiss={onDismiss}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button variant="primary" onClick={submit} loading={remove.isPending}>
              Delete identity
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box variant="p">
          SES stops sending from {identity} at once, for you and for every delegate.
          {policyCount
            ? ` Its ${policyCount} sending authorization ${policyCount === 1 ? 'policy is' : 'policies are'} deleted with it.`
            : ''}{' '}
          This cannot be undone; to send from it again you would verify it again.
        </Box>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <FormField
            label={`To confirm, type the identity's name: ${identity}`}
            errorText={attempted && !matches ? `Type ${identity} exactly as shown to delete it.` : undefined}
          >
            <Input
              value={typed}
              onChange={({ detail }) => setTyped(detail.value)}
              autoComplete={false}
              spellcheck={false}
            />
          </FormField>
        </form>
        {error && (
          <Alert type="error" header={`SES did not delete the identity: ${error.code}`}>
            {error.message}
          </Alert>
        )}
      </SpaceBetween>
    </Modal>
  );
}
