import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLocation, useNavigate } from 'react-router';
import { PATHS } from '../../lib/paths';

export function NotFoundPage() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  return (
    <ContentLayout header={<Header variant="h1">Page not found</Header>}>
      <SpaceBetween size="m">
        <Box variant="p">
          There is no page at <code>{pathname}</code>. It may have moved, or the link may be mistyped.
        </Box>
        <Button variant="primary" onClick={() => navigate(PATHS.identities)}>
          Go to identities
        </Button>
      </SpaceBetween>
    </ContentLayout>
  );
}
