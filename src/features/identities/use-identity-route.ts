/** The identity a route names (`:identity`), with its ARN in the acting account and Region. */
import { useParams } from 'react-router';
import { identityArn } from '../../policy-engine';
import { useConnectionState } from '../../lib/ses/connection-context';

export function useIdentityRoute() {
  const { identity = '' } = useParams();
  const state = useConnectionState();
  const arn =
    state.status === 'ready'
      ? identityArn(state.connection.region, state.principal.account, identity)
      : undefined;
  return { identity, identityArn: arn, state };
}
