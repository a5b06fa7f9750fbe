import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { grantsFor } from '../../features/grants/compute-grants';
import { emulatorIdentitiesQuery } from '../../features/grants/emulator-grants';
import { GrantCard } from '../../features/grants/grant-card';
import { InspectArn } from '../../features/grants/inspect-arn';
import { useConnectionState } from '../../lib/ses/connection-context';
import { useActingChoice } from '../acting/acting-choice';
import { RequireConnection } from './require-connection';

export function GrantsPage() {
  const state = useConnectionState();
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="The identities other accounts let you send from, and how to use them."
        >
          Grants
        </Header>
      }
    >
      <RequireConnection state={state}>
        {({ connection, principal }) => (
          <Grants connection={connection} callerArn={principal.arn} label={principal.label} />
        )}
      </RequireConnection>
    </ContentLayout>
  );
}

function Grants({
  connection,
  callerArn,
  label,
}: {
  connection: Parameters<typeof GrantCard>[0]['connection'];
  callerArn: string;
  label: string;
}) {
  const identities = useQuery(emulatorIdentitiesQuery());
  const { current } = useActingChoice();
  const grants = useMemo(() => grantsFor(callerArn, identities.data ?? []), [callerArn, identities.data]);
  return (
    <SpaceBetween size="l">
      <Alert type="info">
        Found by reading every identity in the built-in emulator. Against real SES a delegate cannot list
        other accounts’ policies: owners share the identity ARN, which you can inspect below.
      </Alert>
      {identities.isPending ? (
        <Spinner size="large" />
      ) : identities.isError ? (
        <Alert type="error" header="The grants could not be read">
          {identities.error.message}
        </Alert>
      ) : grants.length === 0 ? (
        <Container>
          <Box variant="p">
            No other account lets {label} send from its identities. An owner grants you access with a sending
            authorization policy that names your account, IAM user or role.
          </Box>
        </Container>
      ) : (
        grants.map((grant) => (
          <GrantCard
            key={grant.identityArn}
            grant={grant}
            region={connection?.region ?? 'us-east-1'}
            connection={connection}
            accountTopics={current?.snsTopics ?? []}
          />
        ))
      )}
      <InspectArn callerArn={callerArn} known={identities.data ?? []} />
    </SpaceBetween>
  );
}
