import { PlannedPage } from './planned-page';

export function SendPage() {
  return (
    <PlannedPage
      title="Send a test email"
      description="Send through the SES API as the acting principal and see SES's answer."
      plannedContent={[
        'SendEmail with From (and display name), To, Cc, Bcc, Return-Path and the Source and Return-Path ARNs.',
        'SendRawEmail with a raw MIME message and FromArn, SourceArn and ReturnPathArn or the X-SES headers.',
      ]}
    />
  );
}
