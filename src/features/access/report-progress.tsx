/**
 * The report's progress: a labelled native progress bar. Not Cloudscape's ProgressBar, which
 * the policy editor also loads: sharing it moves its status indicator out of the first load's
 * main chunk into a chunk of its own, and the first load grows by that split.
 */
import Box from '@cloudscape-design/components/box';
import { useId } from 'react';
import styles from './access-table.module.css';
import type { ReportPhase } from './use-account-report';

export function ReportProgress({ phase }: { phase: ReportPhase }) {
  const id = useId();
  const percent = phase.total ? Math.round((phase.done / phase.total) * 100) : 0;
  return (
    <div className={styles.progress}>
      <Box variant="span" fontWeight="bold">
        <span id={id}>{phase.label}</span>
      </Box>
      <progress aria-labelledby={id} max={100} value={percent} className={styles.bar}>
        {percent}%
      </progress>
      <Box variant="small" color="text-body-secondary" display="block">
        {`${phase.done} of ${phase.total}. The analysis runs in the background; the console stays usable meanwhile.`}
      </Box>
    </div>
  );
}
