import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAccessComparison } from '../../lib/access-analysis/use-access-comparison';
import type { IdentityPolicy } from '../../lib/ses/policies';
import type { SesConnection } from '../../lib/ses/client';
import { deletePolicyMutation } from '../../lib/ses/policy-mutations';
import { sesErrorDetails } from '../../lib/ses/ses-error';
import { DeletionAccess } from './deletion-access';

interface DeletePolicyModalProps {
  connection: SesConnection;
  identity: string;
  policyName: string;
  /** The identity's ARN and saved policies, to say who loses access; absent: not said. */
  identityArn?: string;
  policies: IdentityPolicy[];
  onDismiss: () => void;
  onDeleted: () => void;
}

export function DeletePolicyModal({
  connection,
  identity,
  policyName,
  identityArn,
  policies,
  onDismiss,
  onDeleted,
}: DeletePolicyModalProps) {
  const comparison = useAccessComparison({
    identityArn: identityArn ?? '',
    saved: policies,
    change: identityArn ? { remove: policyName } : undefined,
    // Nothing is typed here: no pause to wait for.
    delayMs: 0,
  });
  const queryClient = useQueryClient();
  const remove = useMutation(deletePolicyMutation(connection, queryClient, identity));
  const error = remove.isError ? sesErrorDetails(remove.error) : undefined;
  return (
    <Modal
      visible
      header={`Delete policy ${policyName}?`}
      onDismiss={onDismiss}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button
              variant="primary"
              loading={remove.isPending}
              onClick={() => remove.mutate(policyName, { onSuccess: onDeleted })}
            >
              Delete policy
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box variant="p">
          Everyone this policy lets send from {identity} is refused from then on, unless another policy allows
          them. This cannot be undone.
        </Box>
        <DeletionAccess comparison={comparison} />
        {error && (
          <Alert type="error" header={`SES did not delete the policy: ${error.code}`}>
            {error.message}
          </Alert>
        )}
      </SpaceBetween>
    </Modal>
  );
}
