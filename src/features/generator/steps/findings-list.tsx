/** Every validation error and lint finding of the document, errors first, as plain text. */
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import type { Diagnostic, Severity } from '../../../policy-engine';

const SEVERITY: Record<Severity, { label: string; status: StatusIndicatorProps.Type; rank: number }> = {
  error: { label: 'Error', status: 'error', rank: 0 },
  'security-warning': { label: 'Security warning', status: 'warning', rank: 1 },
  warning: { label: 'Warning', status: 'warning', rank: 2 },
  suggestion: { label: 'Suggestion', status: 'info', rank: 3 },
};

export function FindingsList({ diagnostics }: { diagnostics: Diagnostic[] }) {
  const sorted = [...diagnostics].sort((a, b) => SEVERITY[a.severity].rank - SEVERITY[b.severity].rank);
  return (
    <Container
      header={
        <Header
          variant="h2"
          counter={`(${diagnostics.length})`}
          description="SES's rules (errors block Apply) and checks in the spirit of IAM Access Analyzer."
        >
          Findings
        </Header>
      }
    >
      {sorted.length === 0 ? (
        <StatusIndicator type="success">
          No findings: SES would accept the policy and nothing looks risky.
        </StatusIndicator>
      ) : (
        <ul aria-label="Findings">
          {sorted.map((d, i) => (
            <li key={`${d.code}-${d.range.start.offset}-${i}`}>
              <StatusIndicator type={SEVERITY[d.severity].status}>
                {SEVERITY[d.severity].label}
              </StatusIndicator>{' '}
              {d.message}
              {d.range.start.line > 0 && (
                <Box variant="span" color="text-body-secondary">
                  {' '}
                  (line {d.range.start.line})
                </Box>
              )}
            </li>
          ))}
        </ul>
      )}
    </Container>
  );
}
