import { PlannedPage } from './planned-page';

export function SimulatorPage() {
  return (
    <PlannedPage
      title="Simulator"
      description="Can this delegate send this message? The answer, explained statement by statement."
      plannedContent={[
        "A message (From, display name, recipients, Return-Path, source IP, time) evaluated against an identity's sending authorization policies and the caller's IAM policies.",
        'The decision for each identity ARN involved, the deciding statements highlighted, and every condition with the values it compared.',
        'A matrix of principals, actions and addresses evaluated at once, and a link that shares the whole scenario.',
      ]}
    />
  );
}
