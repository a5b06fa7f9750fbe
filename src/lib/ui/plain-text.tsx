/**
 * The engine's plain-English text (explanations, policy summaries, lint messages) with its
 * `backticked` values shown as code: React text nodes in <code>, never HTML, so a value such as
 * `<img src=x onerror=alert(1)>` reads as the characters it is.
 */
import { codeSpans } from './code-spans';
import { Breakable } from './breakable';
import styles from './text.module.css';

export function PlainText({ text }: { text: string }) {
  return codeSpans(text).map((part, i) =>
    part.code ? (
      <code key={i} className={styles.code}>
        <Breakable value={part.text} />
      </code>
    ) : (
      part.text
    ),
  );
}
