/** Step 3: what the policy does, who can send once it is added, its size, and every finding; errors block Apply. */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import type { DraftAnalysis } from '../../../lib/policy-ui/policy-diagnostics';
import { FindingsList } from './findings-list';
import { PolicyPreview } from '../../../lib/policy-ui/policy-preview';
import { SizeMeter } from '../../../lib/policy-ui/size-meter';

export interface ReviewStepProps {
  name: string;
  identityArn: string;
  analysis: DraftAnalysis;
  /** Who can send after the policy is added (the access analysis' panel). */
  access?: ReactNode;
}

export function ReviewStep({ name, identityArn, analysis, access }: ReviewStepProps) {
  return (
    <SpaceBetween size="l">
      {analysis.errorCount > 0 && (
        <Alert type="error" header="SES would refuse this policy">
          {analysis.errorCount === 1 ? 'One error' : `${analysis.errorCount} errors`} below must be fixed
          before Apply: go back to Name and document to fix them.
        </Alert>
      )}
      <Container header={<Header variant="h2">Policy</Header>}>
        <ColumnLayout columns={2} variant="text-grid">
          <div>
            <Box variant="awsui-key-label">Name</Box>
            <div>{name}</div>
          </div>
          <div>
            <Box variant="awsui-key-label">Identity</Box>
            <div>{identityArn}</div>
          </div>
        </ColumnLayout>
        <Box margin={{ top: 'm' }}>
          <SizeMeter bytes={analysis.bytes} />
        </Box>
      </Container>
      <PolicyPreview description={analysis.description} />
      {access}
      <FindingsList diagnostics={analysis.diagnostics} />
    </SpaceBetween>
  );
}
