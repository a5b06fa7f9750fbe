/** What the policy does in plain English (the engine's describePolicy), statement by statement. */
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { PolicyDescription } from '../../policy-engine';

export function PolicySummary({ description }: { description: PolicyDescription }) {
  return (
    <Container header={<Header variant="h2">What this policy does</Header>}>
      <SpaceBetween size="s">
        <p>{description.summary}</p>
        {description.statements.length > 1 && (
          <ol aria-label="Statements in plain English">
            {description.statements.map((s) => (
              <li key={s.index}>
                {s.sid ? <strong>{s.sid}: </strong> : null}
                {s.text}
              </li>
            ))}
          </ol>
        )}
      </SpaceBetween>
    </Container>
  );
}
