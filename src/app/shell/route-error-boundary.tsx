import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router';
import { ErrorNotice } from './error-notice';
import { PATHS } from '../../lib/paths';

/** Shows a route's error (a crash while rendering, a failed lazy load) in readable words. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const navigate = useNavigate();
  return (
    <ContentLayout header={<Header variant="h1">Something went wrong</Header>}>
      <SpaceBetween size="m">
        <ErrorNotice header="This page could not be shown">{describeError(error)}</ErrorNotice>
        <Box>
          <SpaceBetween direction="horizontal" size="xs">
            <Button onClick={() => navigate(0)}>Reload this page</Button>
            <Button variant="primary" onClick={() => navigate(PATHS.identities)}>
              Go to identities
            </Button>
          </SpaceBetween>
        </Box>
      </SpaceBetween>
    </ContentLayout>
  );
}

export function describeError(error: unknown): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`.trim();
  if (error instanceof Error) {
    // A lazy chunk that fails to load usually means the console was redeployed meanwhile.
    if (/dynamically imported module|Failed to fetch/i.test(error.message)) {
      return `Part of the console failed to load (${error.message}). Reload the page to fetch the current version.`;
    }
    return error.message || error.name;
  }
  return String(error);
}
