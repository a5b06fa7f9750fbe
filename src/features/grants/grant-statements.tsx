/** A grant's statements: the actions and each condition in plain English (text, never markup). */
import Box from '@cloudscape-design/components/box';
import type { GrantStatement } from '../../policy-engine';
import { PlainText } from '../../lib/ui/plain-text';
import styles from './grants.module.css';

const actionName = (action: string) => action.replace(/^ses:/, '');

export function GrantStatements({ statements }: { statements: GrantStatement[] }) {
  return (
    <ul className={styles.statements}>
      {statements.map((s, i) => (
        <li key={`${s.policyName}-${s.sid ?? i}-${i}`}>
          <Box variant="span" fontWeight="bold">
            {s.actions.map(actionName).join(', ')}
          </Box>
          {s.conditions.length === 0 ? (
            <Box variant="span"> with no conditions</Box>
          ) : (
            <ul className={styles.conditions}>
              {s.conditions.map((c) => (
                <li key={c}>
                  <PlainText text={c} />
                </li>
              ))}
            </ul>
          )}
          <Box variant="small" color="text-body-secondary" display="block">
            Policy {s.policyName}
            {s.sid ? `, statement ${s.sid}` : ''}
          </Box>
        </li>
      ))}
    </ul>
  );
}
