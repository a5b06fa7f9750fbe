import Alert from '@cloudscape-design/components/alert';
import type { ReactNode } from 'react';
import type { ConnectionState } from '../../lib/ses/connection-context';
import { PageLoading } from '../shell/page-loading';

type Ready = Extract<ConnectionState, { status: 'ready' }>;

/** Renders its children once the console is connected; says why when it cannot connect. */
export function RequireConnection({
  state,
  children,
  shell = (content) => content,
}: {
  state: ConnectionState;
  children: (ready: Ready) => ReactNode;
  /** Wraps what is shown before the console is connected, for pages whose heading is not always theirs. */
  shell?: (content: ReactNode) => ReactNode;
}) {
  if (state.status === 'loading') return <>{shell(<PageLoading />)}</>;
  if (state.status === 'unavailable')
    return (
      <>
        {shell(
          <Alert type="error" header="Not connected to an SES endpoint">
            {state.reason}
          </Alert>,
        )}
      </>
    );
  return <>{children(state)}</>;
}
