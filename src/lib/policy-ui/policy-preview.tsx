import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import type { PolicyDescription } from '../../policy-engine';

/** What the draft does, in plain English, statement by statement (plain text, never HTML). */
export function PolicyPreview({ description }: { description: PolicyDescription }) {
  return (
    <Container header={<Header variant="h2">What this policy does</Header>}>
      <p>{description.summary}</p>
      {description.statements.length > 0 && (
        <ol aria-label="Statements in plain English">
          {description.statements.map((s) => (
            <li key={s.index}>
              {s.sid ? <strong>{s.sid}: </strong> : null}
              {s.text}
            </li>
          ))}
        </ol>
      )}
    </Container>
  );
}
