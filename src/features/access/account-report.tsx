/**
 * The owner's account report: every identity of the account × who can send × how, in one
 * filterable table ("Other accounts only" answers which other accounts can send as my
 * identities), with CSV and JSON exports of every row.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { SesConnection } from '../../lib/ses/client';
import { sesErrorDetails } from '../../lib/ses/ses-error';
import { AccessTable } from './access-table';
import { ReportProgress } from './report-progress';
import { downloadText, reportFileName, toCsv, toJson } from './export';
import { useAccountReport } from './use-account-report';

export function AccountReport({ connection, account }: { connection: SesConnection; account: string }) {
  const report = useAccountReport(connection, account);
  const { rows, phase } = report;
  const ready = !phase && !report.error;

  const exportAs = (format: 'csv' | 'json') => {
    const name = reportFileName(account, connection.region, format);
    if (format === 'csv') downloadText(name, toCsv(rows), 'text/csv;charset=utf-8');
    else
      downloadText(
        name,
        toJson(rows, { account, region: connection.region, generatedAt: new Date().toISOString() }),
        'application/json',
      );
  };

  const error = report.error ? sesErrorDetails(report.error) : undefined;
  return (
    <SpaceBetween size="l">
      {error && (
        <Alert type="error" header={`The report could not be made: ${error.code}`}>
          {error.message}
        </Alert>
      )}
      {phase && !error && <ReportProgress phase={phase} />}
      {report.failed.length > 0 && (
        <Alert type="warning" header="Some policies could not be read">
          These identities are left out of the report: {report.failed.join(', ')}.
        </Alert>
      )}
      {report.unverified.length > 0 && (
        <Alert type="info" header="Identities not verified">
          SES refuses every send from an unverified identity, so no one can send as these until they are
          verified: {report.unverified.join(', ')}.
        </Alert>
      )}
      {report.overrides.length > 0 && (
        <Alert type="info" header="Email address identities that take precedence over their domain">
          A send from these addresses is authorized by the address’s own policies, not by the domain’s:
          <ul>
            {report.overrides.map((o) => (
              <li key={o.email}>
                {o.email} (over {o.domains.join(', ')})
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {report.notes.length > 0 && (
        <Alert type="warning" header="Notes on these policies">
          <ul>
            {report.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </Alert>
      )}
      <AccessTable
        rows={rows}
        showIdentity
        accountFilter
        label="Access report"
        loading={!!phase && !error}
        loadingText={phase?.label}
        header={
          <Header
            variant="h2"
            counter={ready ? `(${rows.length})` : undefined}
            description={`Every identity of account ${account} in ${connection.region}, and who can send as it.`}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button iconName="download" disabled={!ready} onClick={() => exportAs('csv')}>
                  Export CSV
                </Button>
                <Button iconName="download" disabled={!ready} onClick={() => exportAs('json')}>
                  Export JSON
                </Button>
              </SpaceBetween>
            }
          >
            Who can send as your identities
          </Header>
        }
        empty={
          <Box textAlign="center" color="inherit">
            <b>No identities</b>
            <Box variant="p" color="inherit">
              {report.identityCount === 0
                ? 'This account has no identities in this Region yet.'
                : 'No one can send as this account’s identities.'}
            </Box>
          </Box>
        }
      />
    </SpaceBetween>
  );
}
