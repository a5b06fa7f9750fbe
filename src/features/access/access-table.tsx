/**
 * Who can send as one or many identities, one row per way in: who, which actions, the From,
 * recipient, Return-Path and other conditions, the Denies that carve requests out, and the
 * statements it comes from. Text filter, an "other accounts only" switch, sorting and pages.
 * Everything is rendered as text: policy authors wrote it.
 */
import { useCollection } from '@cloudscape-design/collection-hooks';
import Box from '@cloudscape-design/components/box';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import Toggle from '@cloudscape-design/components/toggle';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { identityPath } from '../../lib/paths';
import { rowSearchText, type AccessRow } from './access-rows';
import styles from './access-table.module.css';

export interface AccessTableProps {
  rows: AccessRow[];
  /** The table's accessible name. */
  label: string;
  header: ReactNode;
  /** The report's identity column (a single identity's tab has none). */
  showIdentity?: boolean;
  loading?: boolean;
  loadingText?: string;
  /** What an empty table says (before any filter). */
  empty: ReactNode;
  /** Whether to offer the "other accounts only" switch. */
  accountFilter?: boolean;
  pageSize?: number;
}

function Lines({ values, none }: { values: readonly string[]; none: string }) {
  if (values.length === 0) return <Box color="text-body-secondary">{none}</Box>;
  return (
    <ul className={styles.lines}>
      {values.map((value, i) => (
        <li key={i}>{value}</li>
      ))}
    </ul>
  );
}

const actionName = (action: string) => action.replace(/^ses:/, '');

export function AccessTable({
  rows,
  label,
  header,
  showIdentity = false,
  loading = false,
  loadingText = 'Analysing the policies',
  empty,
  accountFilter = false,
  pageSize = 25,
}: AccessTableProps) {
  const [outsideOnly, setOutsideOnly] = useState(false);
  const shown = outsideOnly ? rows.filter((row) => row.outsideAccount) : rows;
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount } = useCollection(shown, {
    filtering: {
      filteringFunction: (row, text) => rowSearchText(row).includes(text.trim().toLowerCase()),
      empty: outsideOnly ? (
        <Box textAlign="center" color="inherit">
          <b>No other accounts</b>
          <Box variant="p" color="inherit">
            No principal outside the identity’s own account may send.
          </Box>
        </Box>
      ) : (
        empty
      ),
      noMatch: (
        <Box textAlign="center" color="inherit">
          <b>No matches</b>
          <Box variant="p" color="inherit">
            No row matches the filter. Clear the filter to see every row.
          </Box>
        </Box>
      ),
    },
    sorting: showIdentity ? { defaultState: { sortingColumn: { sortingField: 'identity' } } } : {},
    pagination: { pageSize },
  });

  const columns: TableProps.ColumnDefinition<AccessRow>[] = [
    ...(showIdentity
      ? [
          {
            id: 'identity',
            header: 'Identity',
            sortingField: 'identity',
            isRowHeader: true,
            cell: (row: AccessRow) => (
              <Link className={styles.link} to={identityPath(row.identity, 'access')}>
                {row.identity}
              </Link>
            ),
          },
        ]
      : []),
    { id: 'who', header: 'Who', cell: (row) => row.who, isRowHeader: !showIdentity },
    {
      id: 'actions',
      header: 'Actions',
      cell: (row) => <Lines values={row.actions.map(actionName)} none="None" />,
    },
    { id: 'from', header: 'From', cell: (row) => <Lines values={row.from} none="Any address" /> },
    {
      id: 'recipients',
      header: 'Recipients',
      cell: (row) => <Lines values={row.recipients} none="Any recipients" />,
    },
    {
      id: 'returnPath',
      header: 'Return-Path',
      cell: (row) => <Lines values={row.returnPath} none="Any" />,
    },
    { id: 'other', header: 'Other conditions', cell: (row) => <Lines values={row.other} none="None" /> },
    {
      id: 'carveOuts',
      header: 'Carve-outs (Denies)',
      cell: (row) => <Lines values={row.carveOuts} none="None" />,
    },
    { id: 'sources', header: 'Source', cell: (row) => <Lines values={row.sources} none="—" /> },
  ];

  return (
    <Table<AccessRow>
      {...collectionProps}
      variant="container"
      wrapLines
      trackBy="key"
      columnDefinitions={columns}
      items={items}
      loading={loading}
      loadingText={loadingText}
      ariaLabels={{ tableLabel: label }}
      header={header}
      filter={
        <SpaceBetween direction="horizontal" size="l" alignItems="center">
          <TextFilter
            {...filterProps}
            filteringPlaceholder="Find principals, addresses, conditions"
            filteringAriaLabel={`Filter ${label.toLowerCase()}`}
            countText={`${filteredItemsCount ?? 0} ${filteredItemsCount === 1 ? 'match' : 'matches'}`}
          />
          {accountFilter && (
            <Toggle checked={outsideOnly} onChange={({ detail }) => setOutsideOnly(detail.checked)}>
              Other accounts only
            </Toggle>
          )}
        </SpaceBetween>
      }
      pagination={<Pagination {...paginationProps} />}
      empty={collectionProps.empty}
    />
  );
}
