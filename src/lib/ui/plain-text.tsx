/**
 * Text with code in it, as React text nodes in <code>, never HTML, so a value such as
 * `<img src=x onerror=alert(1)>` reads as the characters it is: the engine's plain English
 * (explanations, policy summaries, grants' conditions) with its `backticked` values, and SES's
 * error messages with their IAM-style `quoted' ARNs and actions (with a copy button for the
 * message as SES sent it).
 */
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import { codeSpans, iamQuotedSpans, type TextPart } from './code-spans';
import { Breakable } from './breakable';
import styles from './text.module.css';

/** Words this long (an ARN in a sentence) may need to wrap; shorter ones, such as 12:30, never do. */
const LONG_WORD = 20;

/** Prose, its long words breakable at their separators. */
function Prose({ text }: { text: string }) {
  return text
    .split(/(\s+)/)
    .map((word, i) => (word.length >= LONG_WORD ? <Breakable key={i} value={word} /> : word));
}

function Parts({ parts }: { parts: TextPart[] }) {
  return parts.map((part, i) =>
    part.code ? (
      <code key={i} className={styles.code}>
        <Breakable value={part.text} />
      </code>
    ) : (
      <Prose key={i} text={part.text} />
    ),
  );
}

/** The engine's plain English, its `backticked` values as code. */
export function PlainText({ text }: { text: string }) {
  return <Parts parts={codeSpans(text)} />;
}

/** SES's error message, its `quoted' parts as code, with a labelled button copying it verbatim. */
export function SesMessage({ text, copyLabel }: { text: string; copyLabel: string }) {
  return (
    <span>
      <Parts parts={iamQuotedSpans(text)} />{' '}
      <CopyToClipboard
        variant="icon"
        textToCopy={text}
        copyButtonAriaLabel={copyLabel}
        copySuccessText="Message copied"
        copyErrorText="The message could not be copied"
      />
    </span>
  );
}
