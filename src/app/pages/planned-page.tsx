import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import type { ReactNode } from 'react';

interface PlannedPageProps {
  title: string;
  description: string;
  /** What the page will hold, in plain words; no sample data. */
  plannedContent: string[];
  children?: ReactNode;
}

/** A page whose capability is not built yet: it says plainly what it will hold. */
export function PlannedPage({ title, description, plannedContent, children }: PlannedPageProps) {
  return (
    <ContentLayout
      header={
        <Header variant="h1" description={description}>
          {title}
        </Header>
      }
    >
      {children}
      <Container header={<Header variant="h2">Not available yet</Header>}>
        <Box variant="p">This page is not built yet. When it is, it will hold:</Box>
        <ul>
          {plannedContent.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </Container>
    </ContentLayout>
  );
}
