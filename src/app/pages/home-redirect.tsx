import { Navigate } from 'react-router';
import { PATHS } from '../../lib/paths';

/** The console opens on the identities an owner manages. */
export function HomeRedirect() {
  return <Navigate to={PATHS.identities} replace />;
}
