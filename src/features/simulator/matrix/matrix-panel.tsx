/**
 * The matrix: principals × actions × From addresses (× recipients) against the form's identity,
 * policies and context, computed in a Web Worker; a summary and a paged table of decisions.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import Textarea from '@cloudscape-design/components/textarea';
import { useEffect, useRef, useState } from 'react';
import { SEND_APIS, type SendApi } from '../../../policy-engine';
import {
  CELL_ALLOW,
  CELL_EXPLICIT_DENY,
  CELL_IMPLICIT_DENY,
  CELL_REJECTED,
  cellIndex,
  matrixSize,
  type MatrixInput,
  type MatrixResult,
} from './matrix';
import { matrixProblems, type MatrixLists, type MatrixProblems } from './matrix-input';
import { runMatrixInWorker, type MatrixRun } from './run-matrix';

const PAGE_SIZE = 25;
const MAX_CELLS = 2_000_000;

const CELL_TEXT: Record<number, { type: 'success' | 'error' | 'warning'; text: string }> = {
  [CELL_ALLOW]: { type: 'success', text: 'Allow' },
  [CELL_IMPLICIT_DENY]: { type: 'error', text: 'AccessDenied' },
  [CELL_EXPLICIT_DENY]: { type: 'error', text: 'AccessDenied (explicit deny)' },
  [CELL_REJECTED]: { type: 'warning', text: 'Refused before policies' },
};

interface Done {
  input: MatrixInput;
  result: MatrixResult;
}

interface Row {
  id: string;
  p: number;
  f: number;
  r: number;
}

export function MatrixPanel({
  initialPrincipals,
  initialFroms,
  build,
}: {
  initialPrincipals: string[];
  initialFroms: string[];
  /** The matrix input from the current form, or why there is none (the form has errors). */
  build: (lists: MatrixLists) => Promise<MatrixInput | string>;
}) {
  const [lists, setLists] = useState<MatrixLists>({
    principals: initialPrincipals.join('\n'),
    actions: ['SendEmail', 'SendRawEmail'],
    froms: initialFroms.join('\n'),
    recipients: '',
  });
  const [problems, setProblems] = useState<MatrixProblems>({});
  const [error, setError] = useState<string>();
  const [running, setRunning] = useState(false);
  const [done, setDone] = useState<Done>();
  const [page, setPage] = useState(1);
  const run = useRef<MatrixRun | undefined>(undefined);
  useEffect(() => () => run.current?.cancel(), []);

  /** The input to evaluate, or why there is none. */
  const prepare = async (): Promise<MatrixInput | string> => {
    let input: MatrixInput | string;
    try {
      input = await build(lists);
    } catch (e) {
      return `The identities the matrix involves could not be read: ${e instanceof Error ? e.message : String(e)}`;
    }
    if (typeof input === 'string') return input;
    const size = matrixSize(input);
    return size > MAX_CELLS
      ? `That is ${size.toLocaleString('en-US')} cells; the matrix takes at most ${MAX_CELLS.toLocaleString('en-US')}.`
      : input;
  };

  const evaluate = async () => {
    const found = matrixProblems(lists);
    setProblems(found);
    setError(undefined);
    if (Object.keys(found).length) return;
    // The previous matrix answered other lists: it goes rather than sit beside the new ones.
    setDone(undefined);
    setRunning(true);
    const input = await prepare();
    if (typeof input === 'string') {
      setRunning(false);
      return setError(input);
    }
    run.current?.cancel();
    const current = runMatrixInWorker(input);
    run.current = current;
    current.result
      .then((result) => {
        setDone({ input, result });
        setPage(1);
      })
      .catch((e: unknown) => {
        if (run.current === current) setError(e instanceof Error ? e.message : String(e));
      })
      .finally(() => {
        if (run.current === current) setRunning(false);
      });
  };

  const set = (key: 'principals' | 'froms' | 'recipients') => ({
    value: lists[key],
    onChange: ({ detail }: { detail: { value: string } }) => setLists((l) => ({ ...l, [key]: detail.value })),
  });
  const toggle = (api: SendApi, checked: boolean) =>
    setLists((l) => ({
      ...l,
      actions: SEND_APIS.filter((a) => (a === api ? checked : l.actions.includes(a))),
    }));

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Many principals, actions, From addresses and recipients at once, against the identity, policies and request context above. Computed in a background worker."
        >
          Matrix
        </Header>
      }
    >
      <SpaceBetween size="m">
        <ColumnLayout columns={3}>
          <FormField label="Principals" constraintText="One per line." errorText={problems.principals}>
            <Textarea {...set('principals')} rows={5} spellcheck={false} invalid={!!problems.principals} />
          </FormField>
          <FormField label="From addresses" constraintText="One per line." errorText={problems.froms}>
            <Textarea {...set('froms')} rows={5} spellcheck={false} invalid={!!problems.froms} />
          </FormField>
          <FormField
            label="Recipients (optional)"
            constraintText="One per line; each is a row of its own. Blank: the message’s recipients."
            errorText={problems.recipients}
          >
            <Textarea {...set('recipients')} rows={5} spellcheck={false} invalid={!!problems.recipients} />
          </FormField>
        </ColumnLayout>
        <FormField label="Actions" errorText={problems.actions}>
          <SpaceBetween size="l" direction="horizontal">
            {SEND_APIS.map((api) => (
              <Checkbox
                key={api}
                checked={lists.actions.includes(api)}
                onChange={({ detail }) => toggle(api, detail.checked)}
              >
                ses:{api}
              </Checkbox>
            ))}
          </SpaceBetween>
        </FormField>
        <Box>
          <Button onClick={() => void evaluate()} loading={running} loadingText="Evaluating the matrix">
            Evaluate matrix
          </Button>
        </Box>
        {error && (
          <Alert type="error" header="The matrix cannot be evaluated">
            {error}
          </Alert>
        )}
        <div aria-live="polite">{done && <MatrixSummary done={done} />}</div>
        {done && <MatrixTable done={done} page={page} setPage={setPage} />}
      </SpaceBetween>
    </Container>
  );
}

function MatrixSummary({ done }: { done: Done }) {
  const counts = [0, 0, 0, 0];
  for (const d of done.result.decisions) counts[d] = (counts[d] ?? 0) + 1;
  return (
    <Box>
      {done.result.cells.toLocaleString('en-US')} cells in{' '}
      {Math.round(done.result.elapsedMs).toLocaleString('en-US')} ms:{' '}
      {counts[CELL_ALLOW]?.toLocaleString('en-US')} allowed,{' '}
      {counts[CELL_IMPLICIT_DENY]?.toLocaleString('en-US')} implicitly denied,{' '}
      {counts[CELL_EXPLICIT_DENY]?.toLocaleString('en-US')} explicitly denied,{' '}
      {counts[CELL_REJECTED]?.toLocaleString('en-US')} refused before any policy.
    </Box>
  );
}

function MatrixTable({ done, page, setPage }: { done: Done; page: number; setPage: (page: number) => void }) {
  const { input, result } = done;
  const recipients = Math.max(1, input.recipients.length);
  const rowCount = input.principals.length * input.froms.length * recipients;
  const pages = Math.max(1, Math.ceil(rowCount / PAGE_SIZE));
  const rows: Row[] = [];
  for (let i = (page - 1) * PAGE_SIZE; i < Math.min(rowCount, page * PAGE_SIZE); i++) {
    const r = i % recipients;
    const f = Math.floor(i / recipients) % input.froms.length;
    const p = Math.floor(i / recipients / input.froms.length);
    rows.push({ id: String(i), p, f, r });
  }
  return (
    <Table
      variant="embedded"
      ariaLabels={{ tableLabel: 'Matrix of decisions' }}
      header={
        <Header variant="h3" counter={`(${rowCount.toLocaleString('en-US')} rows)`}>
          Decisions
        </Header>
      }
      items={rows}
      trackBy="id"
      wrapLines
      pagination={
        <Pagination
          currentPageIndex={page}
          pagesCount={pages}
          onChange={({ detail }) => setPage(detail.currentPageIndex)}
          ariaLabels={{
            nextPageLabel: 'Next page of the matrix',
            previousPageLabel: 'Previous page of the matrix',
            pageLabel: (n) => `Page ${n} of the matrix`,
          }}
        />
      }
      columnDefinitions={[
        { id: 'principal', header: 'Principal', cell: (row) => input.principals[row.p]?.caller },
        { id: 'from', header: 'From', cell: (row) => input.froms[row.f] },
        ...(input.recipients.length
          ? [{ id: 'recipient', header: 'Recipient', cell: (row: Row) => input.recipients[row.r] }]
          : []),
        ...input.actions.map((api, a) => ({
          id: api,
          header: `ses:${api}`,
          cell: (row: Row) => {
            const code = result.decisions[cellIndex(input, row.p, row.f, row.r, a)] ?? CELL_IMPLICIT_DENY;
            const cell = CELL_TEXT[code] ?? { type: 'error' as const, text: 'AccessDenied' };
            return <StatusIndicator type={cell.type}>{cell.text}</StatusIndicator>;
          },
        })),
      ]}
    />
  );
}
