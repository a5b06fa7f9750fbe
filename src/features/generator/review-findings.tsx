/** The generator's review: the plain-English summary and every validation and lint finding. */
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { SEVERITY_LABEL, sizeSummary, type DraftAnalysis } from '../policy-editor/policy-diagnostics';
import { PolicyPreview } from '../policy-editor/policy-preview';

export function ReviewFindings({ name, analysis }: { name: string; analysis: DraftAnalysis }) {
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Policy {name}</Header>}>
        <Box variant="p">{sizeSummary(analysis.bytes)}</Box>
      </Container>
      <PolicyPreview description={analysis.description} />
      <Container
        header={
          <Header variant="h2" counter={`(${analysis.diagnostics.length})`}>
            Findings
          </Header>
        }
      >
        {analysis.diagnostics.length === 0 ? (
          <StatusIndicator type="success">
            No findings: the policy is valid and nothing looks risky.
          </StatusIndicator>
        ) : (
          <ul aria-label="Findings">
            {analysis.diagnostics.map((d, i) => (
              <li key={`${d.code}-${i}`}>
                <StatusIndicator
                  type={d.severity === 'error' ? 'error' : d.severity === 'suggestion' ? 'info' : 'warning'}
                >
                  {SEVERITY_LABEL[d.severity]}
                </StatusIndicator>{' '}
                {d.message} (line {d.range.start.line})
              </li>
            ))}
          </ul>
        )}
      </Container>
    </SpaceBetween>
  );
}
