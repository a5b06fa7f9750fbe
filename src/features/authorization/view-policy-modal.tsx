import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { LazyPolicyCodeEditor } from '../../lib/policy-ui/lazy-policy-code-editor';
import { PlainText } from '../../lib/ui/plain-text';
import type { PolicyRow } from './policy-rows';

/** A saved policy, read-only, with a copy button and its plain-English summary. */
export function ViewPolicyModal({ policy, onDismiss }: { policy: PolicyRow; onDismiss: () => void }) {
  return (
    <Modal
      visible
      size="large"
      header={policy.name}
      onDismiss={onDismiss}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <CopyToClipboard
              variant="button"
              textToCopy={policy.document}
              copyButtonText="Copy JSON"
              copySuccessText="Policy copied"
              copyErrorText="The policy could not be copied"
            />
            <Button variant="primary" onClick={onDismiss}>
              Close
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="s">
        <Box variant="p">
          <PlainText text={policy.summary} />
        </Box>
        <LazyPolicyCodeEditor
          value={policy.document}
          readOnly
          ariaLabel={`Policy ${policy.name} (read-only)`}
          height={360}
        />
      </SpaceBetween>
    </Modal>
  );
}
