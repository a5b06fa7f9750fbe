import { PlannedPage } from './planned-page';

export function ActivityPage() {
  return (
    <PlannedPage
      title="Activity"
      description="Send attempts and the notifications each topic received."
      plannedContent={[
        'Every send attempt: time, caller, identity ARNs, decision and the evaluation trace behind it.',
        "The bounce, complaint and delivery notifications published to the owner's and to the delegate's topics.",
      ]}
    />
  );
}
