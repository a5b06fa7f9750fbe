/**
 * The acting account's identities: name, type, verification status and number of policies, with
 * a text filter, sorting and pagination. Status and policy counts are read for the visible page
 * only, so the table stays quick with thousands of identities.
 */
import { useCollection } from '@cloudscape-design/collection-hooks';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link, useHref, useNavigate } from 'react-router';
import type { SesConnection } from '../../../lib/ses/client';
import styles from './identities-table.module.css';
import { identityListQuery, verificationQuery } from '../../../lib/ses/identities';
import { policyNamesQuery } from '../../../lib/ses/policy-names';
import { sesErrorDetails } from '../../../lib/ses/ses-error';
import { ownValue } from '../../../lib/own-keys';
import { identityPath, PATHS } from '../../../lib/paths';

interface IdentityRow {
  name: string;
  type: 'Email address' | 'Domain';
}

const PAGE_SIZE = 20;

function typeOf(name: string): IdentityRow['type'] {
  return name.includes('@') ? 'Email address' : 'Domain';
}

export function IdentitiesTable({ connection }: { connection: SesConnection }) {
  const navigate = useNavigate();
  const createHref = useHref(PATHS.createIdentity);
  const list = useQuery(identityListQuery(connection));
  const rows: IdentityRow[] = (list.data ?? []).map((name) => ({ name, type: typeOf(name) }));
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount } = useCollection(rows, {
    filtering: {
      empty: (
        <Box textAlign="center" color="inherit">
          <b>No identities</b>
          <Box variant="p" color="inherit">
            This account has no email address or domain identities in this Region yet.
          </Box>
        </Box>
      ),
      noMatch: (
        <Box textAlign="center" color="inherit">
          <b>No matches</b>
          <Box variant="p" color="inherit">
            No identity matches the filter. Clear the filter to see every identity.
          </Box>
        </Box>
      ),
    },
    sorting: { defaultState: { sortingColumn: { sortingField: 'name' } } },
    pagination: { pageSize: PAGE_SIZE },
  });
  const visible = items.map((row) => row.name);
  const verification = useQuery({ ...verificationQuery(connection, visible), enabled: visible.length > 0 });
  const statusOf = (name: string) => ownValue(verification.data, name)?.VerificationStatus;
  // SES answers policy operations for verified identities only, so pending rows ask nothing.
  const counts = useQueries({
    queries: visible.map((name) => ({
      ...policyNamesQuery(connection, name),
      enabled: statusOf(name) === 'Success',
    })),
  });
  const countOf = new Map(visible.map((name, i) => [name, counts[i]]));

  const columns: TableProps.ColumnDefinition<IdentityRow>[] = [
    {
      id: 'name',
      header: 'Identity',
      cell: (row) => {
        // The router's own link (already loaded) rather than Cloudscape's, to keep the first load small.
        return (
          <Link className={styles.link} to={identityPath(row.name)}>
            {row.name}
          </Link>
        );
      },
      sortingField: 'name',
      isRowHeader: true,
    },
    { id: 'type', header: 'Type', cell: (row) => row.type, sortingField: 'type' },
    {
      id: 'status',
      header: 'Verification status',
      cell: (row) => {
        const status = statusOf(row.name);
        // An error, or an answer without this identity, must not read as Loading forever.
        if (!status && (verification.isError || verification.data))
          return <StatusIndicator type="warning">Unknown</StatusIndicator>;
        if (!status) return <StatusIndicator type="loading">Loading</StatusIndicator>;
        if (status === 'Success') return <StatusIndicator type="success">Verified</StatusIndicator>;
        if (status === 'Pending')
          return <StatusIndicator type="pending">Pending verification</StatusIndicator>;
        return <StatusIndicator type="error">{status}</StatusIndicator>;
      },
    },
    {
      id: 'policies',
      header: 'Policies',
      cell: (row) => {
        const count = countOf.get(row.name);
        if (count?.data) return count.data.length;
        const status = statusOf(row.name);
        // Policies attach to verified identities only (PutIdentityPolicy's API reference).
        if (count?.isError) return 'Unknown';
        if (status && status !== 'Success') return 'None';
        return '…';
      },
    },
  ];

  const error = list.isError ? sesErrorDetails(list.error) : undefined;
  return (
    <Table<IdentityRow>
      {...collectionProps}
      variant="container"
      columnDefinitions={columns}
      items={items}
      loading={list.isPending}
      loadingText="Loading identities"
      ariaLabels={{ tableLabel: 'Identities' }}
      header={
        <Header
          variant="h2"
          counter={list.data ? `(${list.data.length})` : undefined}
          actions={
            <Button
              variant="primary"
              href={createHref}
              onFollow={(event) => {
                event.preventDefault();
                navigate(PATHS.createIdentity);
              }}
            >
              Create identity
            </Button>
          }
        >
          Your identities
        </Header>
      }
      filter={
        <TextFilter
          {...filterProps}
          filteringPlaceholder="Find identities"
          filteringAriaLabel="Filter identities"
          countText={`${filteredItemsCount ?? 0} ${filteredItemsCount === 1 ? 'match' : 'matches'}`}
        />
      }
      pagination={<Pagination {...paginationProps} />}
      empty={
        error ? (
          <Box textAlign="center" color="inherit">
            <b>The identities could not be listed</b>
            <Box variant="p" color="inherit">
              {error.code}: {error.message}
            </Box>
          </Box>
        ) : (
          collectionProps.empty
        )
      }
    />
  );
}
