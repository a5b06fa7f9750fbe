import { PlannedPage } from './planned-page';

export function PolicyGeneratorPage() {
  return (
    <PlannedPage
      title="Policy generator"
      description="Build a sending authorization policy step by step."
      plannedContent={['A wizard: statements, then the name and document, then a review with every finding.']}
    />
  );
}
