/**
 * Who can send as one or many identities, one row per way in: who, which actions, the From,
 * recipient, Return-Path and other conditions, the Denies that carve requests out, and the
 * statements it comes from. Text filter, an "other accounts only" switch and pages.
 * Everything is rendered as text: policy authors wrote it.
 */
import Box from '@cloudscape-design/components/box';
import Input from '@cloudscape-design/components/input';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import Toggle from '@cloudscape-design/components/toggle';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { identityPath } from '../../lib/paths';
import { PlainText } from '../../lib/ui/plain-text';
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

/** One value a line; `english` ones are the engine's plain English, their `values` shown as code. */
function Lines({ values, none, english }: { values: readonly string[]; none: string; english?: boolean }) {
  if (values.length === 0) return <Box color="text-body-secondary">{none}</Box>;
  return (
    <ul className={styles.lines}>
      {values.map((value, i) => (
        <li key={i}>{english ? <PlainText text={value} /> : value}</li>
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
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  // Filtered and paged here rather than with collection-hooks and TextFilter: the Identities page
  // (the first load) uses those, and sharing them with this lazy chunk would split them out of
  // its chunk and grow the first load.
  const needle = text.trim().toLowerCase();
  const kept = rows.filter(
    (row) => (!outsideOnly || row.outsideAccount) && (!needle || rowSearchText(row).includes(needle)),
  );
  const pagesCount = Math.max(1, Math.ceil(kept.length / pageSize));
  const current = Math.min(page, pagesCount);
  const items = kept.slice((current - 1) * pageSize, current * pageSize);
  const filtered = needle !== '' || outsideOnly;

  const noMatch =
    outsideOnly && !needle ? (
      <Box textAlign="center" color="inherit">
        <b>No other accounts</b>
        <Box variant="p" color="inherit">
          No principal outside the identity’s own account may send.
        </Box>
      </Box>
    ) : (
      <Box textAlign="center" color="inherit">
        <b>No matches</b>
        <Box variant="p" color="inherit">
          No row matches the filter. Clear the filter to see every row.
        </Box>
      </Box>
    );

  const columns: TableProps.ColumnDefinition<AccessRow>[] = [
    ...(showIdentity
      ? [
          {
            id: 'identity',
            header: 'Identity',
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
    { id: 'from', header: 'From', cell: (row) => <Lines values={row.from} none="Any address" english /> },
    {
      id: 'recipients',
      header: 'Recipients',
      cell: (row) => <Lines values={row.recipients} none="Any recipients" english />,
    },
    {
      id: 'returnPath',
      header: 'Return-Path',
      cell: (row) => <Lines values={row.returnPath} none="Any" english />,
    },
    {
      id: 'other',
      header: 'Other conditions',
      cell: (row) => <Lines values={row.other} none="None" english />,
    },
    {
      id: 'carveOuts',
      header: 'Carve-outs (Denies)',
      cell: (row) => <Lines values={row.carveOuts} none="None" english />,
    },
    { id: 'sources', header: 'Source', cell: (row) => <Lines values={row.sources} none="—" /> },
  ];

  return (
    <Table<AccessRow>
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
          <SpaceBetween direction="horizontal" size="xs" alignItems="center">
            <Input
              type="search"
              value={text}
              onChange={({ detail }) => {
                setText(detail.value);
                setPage(1);
              }}
              placeholder="Find principals, addresses, conditions"
              ariaLabel={`Filter ${label.toLowerCase()}`}
              clearAriaLabel="Clear the filter"
            />
            {filtered && (
              <Box color="text-body-secondary" variant="span">
                <span role="status">{`${kept.length} ${kept.length === 1 ? 'match' : 'matches'}`}</span>
              </Box>
            )}
          </SpaceBetween>
          {accountFilter && (
            <Toggle
              checked={outsideOnly}
              onChange={({ detail }) => {
                setOutsideOnly(detail.checked);
                setPage(1);
              }}
            >
              Other accounts only
            </Toggle>
          )}
        </SpaceBetween>
      }
      pagination={
        <Pagination
          currentPageIndex={current}
          pagesCount={pagesCount}
          onChange={({ detail }) => setPage(detail.currentPageIndex)}
        />
      }
      empty={filtered && rows.length > 0 ? noMatch : empty}
    />
  );
}
