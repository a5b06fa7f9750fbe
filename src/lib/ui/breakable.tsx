/**
 * A machine value that wraps only after `:` `/` `@` `;` (a <wbr> there, normal word breaking
 * elsewhere), so narrow columns never show "ses:FromAddre ss"; long ones get a labelled copy
 * button. Text nodes only, never markup.
 */
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import { Fragment, type ReactNode } from 'react';
import { breakSegments } from './break-points';
import styles from './text.module.css';

/**
 * The value's text as unbreakable pieces with a <wbr> after each break point; spaces stay
 * ordinary breakable spaces. Each piece is `white-space: nowrap`, since the browser would
 * otherwise also break after the hyphen of us-east-1 or ses-example.com.
 */
export function Breakable({ value, kind }: { value: string; kind?: 'value' | 'id' }): ReactNode {
  return value.split(/(\s+)/).map((word, w) => {
    if (word === '' || /^\s+$/.test(word)) return word;
    const segments = breakSegments(word, kind);
    return (
      <Fragment key={w}>
        {segments.map((segment, i) => (
          <Fragment key={i}>
            <span className={styles.piece}>{segment}</span>
            {i < segments.length - 1 && <wbr />}
          </Fragment>
        ))}
      </Fragment>
    );
  });
}

interface MonoValueProps {
  value: string;
  /** An ID (a MessageId) also breaks after its hyphens. */
  kind?: 'value' | 'id';
  /** The copy button's accessible name, e.g. "Copy identity ARN"; no button without it. */
  copyLabel?: string;
  /** Said once copied, e.g. "Identity ARN copied". */
  copiedText?: string;
}

/** A machine value in monospace, breaking only at its break points, with an optional copy button. */
export function MonoValue({ value, kind, copyLabel, copiedText = 'Copied' }: MonoValueProps) {
  const text = (
    <span className={styles.mono} data-mono-value="">
      <Breakable value={value} kind={kind} />
    </span>
  );
  if (!copyLabel) return text;
  return (
    <span className={styles.withCopy}>
      {text}
      <CopyToClipboard
        variant="icon"
        textToCopy={value}
        copyButtonAriaLabel={copyLabel}
        copySuccessText={copiedText}
        copyErrorText="The value could not be copied"
      />
    </span>
  );
}

/** Short text (a status, a time, a size) that never wraps. */
export function OneLine({ children }: { children: ReactNode }) {
  return <span className={styles.oneLine}>{children}</span>;
}
