/**
 * Said wherever a page uses an SES feature that exists in only API v1 while the connection speaks
 * v2, rather than hiding the feature: identity-level SNS topics, headers in notifications.
 */
import Alert from '@cloudscape-design/components/alert';
import { apiVersionOf, type SesConnection } from '../ses/client';

export function V1OnlyNote({ connection, feature }: { connection: SesConnection; feature: string }) {
  if (apiVersionOf(connection) !== 'v2') return null;
  return (
    <Alert type="info" header={`${feature}: SES API v1`}>
      API v2 has no identity-level SNS topics, so these settings are read and saved over API v1 (the same
      credentials and Region), while the rest of the console uses v2. In v2, bounce, complaint and delivery
      events go to a configuration set’s event destinations.
    </Alert>
  );
}
