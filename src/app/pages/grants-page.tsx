import { PlannedPage } from './planned-page';

export function GrantsPage() {
  return (
    <PlannedPage
      title="Grants"
      description="The identities you may send from as a delegate sender, across accounts."
      plannedContent={[
        "Every identity the acting principal may send from, with the owner's account, the identity ARN and the actions allowed.",
        'Each condition of the grant in plain English, such as the From addresses or recipients allowed.',
        'Ready-to-copy snippets for the AWS CLI, the AWS SDK for JavaScript and SMTP headers.',
        'Your own bounce, complaint and delivery notification topics for each identity ARN you send from.',
      ]}
    />
  );
}
