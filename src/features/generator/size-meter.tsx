/** The document's size against SES's 4,096-byte limit. */
import ProgressBar from '@cloudscape-design/components/progress-bar';
import { MAX_POLICY_BYTES } from '../../policy-engine';
import { sizeText } from './document-analysis';

export function SizeMeter({ bytes }: { bytes: number }) {
  const over = bytes > MAX_POLICY_BYTES;
  return (
    <ProgressBar
      label="Size"
      value={Math.min(100, Math.round((bytes / MAX_POLICY_BYTES) * 100))}
      description={
        over ? 'Over the limit: SES refuses policies larger than 4 KB.' : 'SES accepts up to 4 KB.'
      }
      additionalInfo={sizeText(bytes)}
      status={over ? 'error' : 'in-progress'}
      resultText={`${sizeText(bytes)}: too large`}
    />
  );
}
