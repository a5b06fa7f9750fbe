import { Navigate } from 'react-router';

/** The console opens on the identities an owner manages. */
export function HomeRedirect() {
  return <Navigate to="/identities" replace />;
}
