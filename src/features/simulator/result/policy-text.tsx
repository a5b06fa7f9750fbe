/**
 * A policy's text as plain text in <pre><code>, one element per line, the lines the trace points
 * at marked (<mark>, with what they are said in words). Never rendered as HTML.
 */
import type { LineMark, MarkKind } from './policy-marks';
import styles from '../simulator.module.css';

const PRIORITY: MarkKind[] = ['failed', 'deny', 'allow', 'candidate'];
const LEGEND: Record<MarkKind, string> = {
  allow: 'Deciding Allow statement',
  deny: 'Deciding Deny statement',
  candidate: 'Closest Allow statement',
  failed: 'Condition not met',
};

function markFor(line: number, marks: LineMark[]): LineMark | undefined {
  const here = marks.filter((m) => m.startLine <= line && line <= m.endLine);
  return here.sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind))[0];
}

export function PolicyText({ name, text, marks }: { name: string; text: string; marks: LineMark[] }) {
  const lines = text.split(/\r\n|\r|\n/);
  const kinds = PRIORITY.filter((k) => marks.some((m) => m.kind === k));
  return (
    <div>
      {kinds.length > 0 && (
        <ul className={styles.legend} aria-label={`Marks in policy ${name}`}>
          {kinds.map((kind) => (
            <li key={kind}>
              <span className={styles[kind]} aria-hidden="true" />
              {LEGEND[kind]}
            </li>
          ))}
        </ul>
      )}
      {/* A labelled, focusable region so keyboard users can scroll a long policy (axe:
          scrollable-region-focusable). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <pre className={styles.policyText} tabIndex={0} role="region" aria-label={`Policy ${name}`}>
        <code>
          {lines.map((line, i) => {
            const mark = markFor(i + 1, marks);
            const content = (
              <>
                <span className={styles.lineNumber} aria-hidden="true">
                  {i + 1}
                </span>
                {line}
              </>
            );
            return mark ? (
              <mark
                key={i}
                className={`${styles.line} ${styles.mark} ${styles[mark.kind]}`}
                title={mark.label}
                data-mark={mark.kind}
                data-line={i + 1}
              >
                {content}
              </mark>
            ) : (
              <span key={i} className={styles.line} data-line={i + 1}>
                {content}
              </span>
            );
          })}
        </code>
      </pre>
    </div>
  );
}
