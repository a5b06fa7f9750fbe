import Box from '@cloudscape-design/components/box';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';

interface IdentityRow {
  name: string;
  type: string;
  status: string;
  policies: number;
}

const columns = [
  { id: 'name', header: 'Identity', cell: (row: IdentityRow) => row.name },
  { id: 'type', header: 'Type', cell: (row: IdentityRow) => row.type },
  { id: 'status', header: 'Verification status', cell: (row: IdentityRow) => row.status },
  { id: 'policies', header: 'Policies', cell: (row: IdentityRow) => row.policies },
];

/**
 * The owner's identities. The table is real; its data source, the SES emulator behind
 * ListIdentities, arrives with the emulator issue, so for now it states that it has nothing to list.
 */
export function IdentitiesPage() {
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Email addresses and domains you own, their verification status and the sending authorization policies attached to them."
        >
          Identities
        </Header>
      }
    >
      <Table<IdentityRow>
        variant="container"
        header={<Header variant="h2">Your identities</Header>}
        ariaLabels={{ tableLabel: 'Identities' }}
        columnDefinitions={columns}
        items={[]}
        empty={
          <Box textAlign="center" color="inherit">
            <b>No identities to show</b>
            <Box variant="p" color="inherit">
              The console is not connected to an SES endpoint yet. Once the built-in SES emulator is
              available, your email address and domain identities will be listed here with their verification
              status and number of policies.
            </Box>
          </Box>
        }
      />
    </ContentLayout>
  );
}
