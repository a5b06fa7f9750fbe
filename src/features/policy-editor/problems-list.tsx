/**
 * The draft's problems as an accessible list under the editor: severity, message and line; each
 * is a button that moves the editor's cursor to the problem. Announced politely as it changes.
 */
import Box from '@cloudscape-design/components/box';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import type { Diagnostic, Severity } from '../../policy-engine';
import { SEVERITY_LABEL } from '../../lib/policy-ui/policy-diagnostics';
import styles from './problems-list.module.css';

const INDICATOR: Record<Severity, StatusIndicatorProps.Type> = {
  error: 'error',
  'security-warning': 'warning',
  warning: 'warning',
  suggestion: 'info',
};

interface ProblemsListProps {
  diagnostics: Diagnostic[];
  onSelect: (diagnostic: Diagnostic) => void;
}

function countText(diagnostics: Diagnostic[]): string {
  if (diagnostics.length === 0) return 'No problems found.';
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const others = diagnostics.length - errors;
  const parts = [];
  if (errors) parts.push(`${errors} ${errors === 1 ? 'error' : 'errors'}`);
  if (others) parts.push(`${others} ${others === 1 ? 'warning or suggestion' : 'warnings or suggestions'}`);
  return `${parts.join(' and ')}.`;
}

export function ProblemsList({ diagnostics, onSelect }: ProblemsListProps) {
  return (
    <section aria-labelledby="problems-heading" className={styles.problems}>
      <h3 id="problems-heading" className={styles.heading}>
        Problems
      </h3>
      <div role="status" aria-live="polite">
        <Box variant="small">{countText(diagnostics)}</Box>
      </div>
      {diagnostics.length > 0 && (
        <ul className={styles.list} aria-label="Problems in the policy">
          {diagnostics.map((d, i) => (
            <li key={`${d.code}-${d.range.start.offset}-${i}`}>
              <button
                type="button"
                className={styles.problem}
                onClick={() => onSelect(d)}
                aria-label={`${SEVERITY_LABEL[d.severity]} on line ${d.range.start.line}: ${d.message} Go to line ${d.range.start.line}.`}
              >
                <StatusIndicator type={INDICATOR[d.severity]}>{SEVERITY_LABEL[d.severity]}</StatusIndicator>
                <span className={styles.message}>{d.message}</span>
                <span className={styles.line}>
                  Line {d.range.start.line}, column {d.range.start.column}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
