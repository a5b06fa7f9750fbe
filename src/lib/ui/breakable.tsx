/**
 * A machine value that wraps only after `:` `/` `@` `;` (a <wbr> there, normal word breaking
 * elsewhere), so narrow columns never show "ses:FromAddre ss"; long ones get a labelled copy
 * button. Text nodes only, never markup.
 */
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import { Fragment, type ReactNode } from 'react';
import { breakSegments } from './break-points';
import styles from './text.module.css';

/** The value's text with a <wbr> after each break point (no styling of its own). */
export function Breakable({ value, kind }: { value: string; kind?: 'value' | 'id' }): ReactNode {
  const segments = breakSegments(value, kind);
  return segments.map((segment, i) => (
    <Fragment key={i}>
      {segment}
      {i < segments.length - 1 && <wbr />}
    </Fragment>
  ));
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
