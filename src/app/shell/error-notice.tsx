/**
 * An error callout for what the first load renders (the error boundaries, the Identities page):
 * Cloudscape's status indicator and text, announced as an alert. Cloudscape's Alert would do,
 * but it costs about 10 KB gzip of the first load that no other first-load part needs.
 */
import Box from '@cloudscape-design/components/box';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { ReactNode } from 'react';
import styles from './error-notice.module.css';

export function ErrorNotice({ header, children }: { header: string; children: ReactNode }) {
  return (
    <div role="alert" className={styles.notice}>
      <StatusIndicator type="error">
        <Box variant="strong" color="inherit">
          {header}
        </Box>
      </StatusIndicator>
      <Box variant="p" padding={{ top: 'xxs' }}>
        {children}
      </Box>
    </div>
  );
}
