import Box from '@cloudscape-design/components/box';
import StatusIndicator from '@cloudscape-design/components/status-indicator';

export function PageLoading() {
  return (
    <Box textAlign="center" padding="xxl">
      <StatusIndicator type="loading">Loading…</StatusIndicator>
    </Box>
  );
}
