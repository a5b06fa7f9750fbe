import ProgressBar from '@cloudscape-design/components/progress-bar';
import { MAX_POLICY_BYTES } from '../../policy-engine';
import { sizeSummary } from './policy-diagnostics';

/** The draft's size in bytes (UTF-8) against SES's 4,096-byte limit per policy. */
export function SizeMeter({ bytes }: { bytes: number }) {
  const over = bytes > MAX_POLICY_BYTES;
  return (
    <ProgressBar
      label="Policy size"
      value={Math.min(100, (bytes / MAX_POLICY_BYTES) * 100)}
      description={sizeSummary(bytes)}
      additionalInfo={
        over
          ? `${(bytes - MAX_POLICY_BYTES).toLocaleString('en-US')} bytes over the limit: SES refuses policies over 4 KB.`
          : undefined
      }
      status={over ? 'error' : 'in-progress'}
      resultText={over ? 'Over the 4 KB limit' : undefined}
    />
  );
}
