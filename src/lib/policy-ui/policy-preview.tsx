import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import type { PolicyDescription } from '../../policy-engine';
import { PlainText } from '../ui/plain-text';

/**
 * What the draft does, in plain English, statement by statement (plain text, never HTML). The
 * engine's one-line summary repeats the statements' own text (it is what the policies table
 * shows for a policy in one cell), so beside the statements it would say everything twice, a
 * wall of text for a long policy: it is shown only when there is no statement to list.
 */
export function PolicyPreview({ description }: { description: PolicyDescription }) {
  const { statements } = description;
  return (
    <Container header={<Header variant="h2">What this policy does</Header>}>
      {statements.length === 0 ? (
        <p>
          <PlainText text={description.summary} />
        </p>
      ) : (
        <>
          <p>{statements.length === 1 ? 'One statement:' : `${statements.length} statements:`}</p>
          <ol aria-label="Statements in plain English">
            {statements.map((s) => (
              <li key={s.index}>
                {s.sid ? <strong>{s.sid}: </strong> : null}
                <PlainText text={s.text} />
              </li>
            ))}
          </ol>
        </>
      )}
    </Container>
  );
}
