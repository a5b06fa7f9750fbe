/**
 * "Who can send after this change": the access analysis of a draft against the identity's saved
 * policies, shown before Save or Apply. No change; who gains (up to three witnesses, each with
 * "Simulate this"); who loses; both; or, when the analysis cannot decide exactly, why. The
 * content is a polite live region, so a screen reader hears each new answer.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { CompareAccessResult } from '../../policy-engine/analysis';
import type { ComparisonStatus } from './use-access-comparison';
import { WitnessList, type WitnessLinks } from './witness-list';
import { callersPhrase, LISTED_WITNESSES } from './witness-words';

export interface AccessChangePanelProps {
  comparison: { status: ComparisonStatus; result?: CompareAccessResult };
  /** "Simulate this" on each witness; absent: no links. */
  links?: WitnessLinks;
}

export function AccessChangePanel({ comparison, links }: AccessChangePanelProps) {
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Compared with the policies saved on the identity now: the requests this change lets through, or refuses, that are treated differently today."
        >
          Who can send after this change
        </Header>
      }
    >
      {/* Busy while an answer for the text now in the editor is being computed. */}
      <div aria-live="polite" aria-busy={comparison.status === 'pending'} data-testid="access-change">
        <PanelContent comparison={comparison} links={links} />
      </div>
    </Container>
  );
}

function PanelContent({ comparison, links }: AccessChangePanelProps) {
  const { status, result } = comparison;
  if (status === 'invalid')
    return <Box color="text-body-secondary">No comparison while the document is not valid JSON.</Box>;
  if (status !== 'ready' || !result)
    return <StatusIndicator type="loading">Checking who gains access…</StatusIndicator>;
  if (result.verdict === 'equivalent')
    return <StatusIndicator type="success">No change in who can send</StatusIndicator>;
  return (
    <SpaceBetween size="s">
      {result.verdict === 'unknown' && (
        <Alert type="warning" header="The analysis cannot decide exactly what this change allows">
          <SpaceBetween size="xxs">
            <span>
              Requests it found are listed below and are certain; others may gain or lose access too. It
              stopped because:
            </span>
            <ul aria-label="Why the analysis cannot decide">
              {(result.unknown ?? []).map((reason, index) => (
                <li key={index}>{reason}</li>
              ))}
            </ul>
          </SpaceBetween>
        </Alert>
      )}
      {result.gained.length > 0 && (
        <WitnessAlert
          type="warning"
          header={`This change lets ${callersPhrase(result.gained)} send`}
          intro="Requests refused today that this change allows:"
          listLabel="Requests this change allows"
          witnesses={result.gained}
          links={links}
        />
      )}
      {result.lost.length > 0 && (
        <WitnessAlert
          type="info"
          header={`${capitalise(callersPhrase(result.lost))} can no longer send`}
          intro="Requests allowed today that this change refuses:"
          listLabel="Requests this change refuses"
          witnesses={result.lost}
          links={links}
        />
      )}
    </SpaceBetween>
  );
}

/** One side of the answer: who gains, or who loses, with its first witnesses. */
function WitnessAlert({
  type,
  header,
  intro,
  listLabel,
  witnesses,
  links,
}: {
  type: 'warning' | 'info';
  header: string;
  intro: string;
  listLabel: string;
  witnesses: CompareAccessResult['gained'];
  links?: WitnessLinks;
}) {
  return (
    <Alert type={type} header={header}>
      <SpaceBetween size="xxs">
        <span>{intro}</span>
        <WitnessList witnesses={witnesses} limit={LISTED_WITNESSES} ariaLabel={listLabel} links={links} />
      </SpaceBetween>
    </Alert>
  );
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
