import HelpPanel from '@cloudscape-design/components/help-panel';

/** Help panel content per page. Plain text: nothing here is rendered as HTML. */
export type HelpTopic =
  | 'identities'
  | 'create-identity'
  | 'identity-details'
  | 'access-report'
  | 'policy-editor'
  | 'policy-generator'
  | 'grants'
  | 'send'
  | 'simulator'
  | 'activity'
  | 'settings'
  | 'not-found';

const topics: Record<HelpTopic, { title: string; paragraphs: string[] }> = {
  identities: {
    title: 'Identities',
    paragraphs: [
      'An identity is an email address or a domain that you have verified with Amazon SES. Each has an ARN, for example arn:aws:ses:us-east-1:888888888888:identity/example.com.',
      'Sending authorization policies attached to an identity let other accounts, IAM users and AWS services send from it. An identity can have up to 20 policies of at most 4 KB each.',
    ],
  },
  'create-identity': {
    title: 'Create an identity',
    paragraphs: [
      'An email address identity is verified when its owner follows the link SES emails to it. A domain identity is verified when SES finds its verification token in a TXT record named _amazonses.<domain> in the domain’s DNS.',
      'Until an identity is verified, SES refuses to send from it, and delegates cannot use it either. On the built-in emulator, a clearly labelled action completes verification for you.',
    ],
  },
  'identity-details': {
    title: 'Identity details',
    paragraphs: [
      'Authorization lists the sending authorization policies attached to this identity: up to 20, each at most 4 KB. Each policy says which accounts, IAM users, roles or AWS services may send from the identity, with which actions and under which conditions.',
      'Notifications sets the SNS topics that receive this identity’s bounces, complaints and deliveries, and whether they are also forwarded by email. Delegates set their own topics for the identity ARN they send from; SES honours both.',
      'Access lists who can send as this identity and how: each row is one way in (the identity’s own account, or an Allow statement), with its From, recipient, Return-Path and other conditions and the Denies that carve part of it out. A request is allowed exactly when a row covers it and none of its carve-outs applies.',
    ],
  },
  'access-report': {
    title: 'Access report',
    paragraphs: [
      'Every identity of the acting account in this Region, and who can send as it and how, from all of its policies. Other accounts only keeps the rows that let a principal outside your account send, answering which other accounts can send as your identities.',
      'Export CSV or JSON saves every row. An email address identity with policies takes precedence over its domain: a send from that address is authorized by its own policies, not the domain’s.',
    ],
  },
  'policy-editor': {
    title: 'Policy editor',
    paragraphs: [
      'The editor checks the policy as you type, with the same rules as SES (errors block saving) and further findings such as patterns that look like regular expressions: StringLike takes only * and ? wildcards, and matching is case-sensitive.',
      'Select a problem under the editor to move the cursor to it. Ctrl+Space suggests elements, operators, condition keys and actions; hovering over them explains them.',
      'SES cannot rename a policy. To keep a document under another name, use Save as new and then delete the old policy.',
    ],
  },
  'policy-generator': {
    title: 'Policy generator',
    paragraphs: [
      'Build a policy from statements: who (account IDs, IAM user or role ARNs, AWS services), which send actions, and conditions on the message or the request. Start points cover the common cases.',
      'Sending over the SES SMTP interface needs ses:SendRawEmail. ForAllValues on ses:Recipients requires every recipient to match.',
    ],
  },
  grants: {
    title: 'Grants',
    paragraphs: [
      'As a delegate sender you use identities that another account owns. You present the identity ARN with SourceArn, FromArn or ReturnPathArn, or with the X-SES-SOURCE-ARN, X-SES-FROM-ARN and X-SES-RETURN-PATH-ARN headers over SMTP.',
      'Both the owner and the delegate can set their own bounce, complaint and delivery notifications; SES honours both independently. Delegates cannot configure feedback forwarding: use a Return-Path address at an identity you own instead.',
    ],
  },
  send: {
    title: 'Send a test email',
    paragraphs: [
      'Sends through the SES API as the acting principal, exactly as an application would: SendEmail with From, recipients and Return-Path, or SendRawEmail with a whole MIME message.',
      'To send from an identity another account owns, give its ARN: SourceArn (and ReturnPathArn) for SendEmail; FromArn, SourceArn and ReturnPathArn, or the X-SES-FROM-ARN, X-SES-SOURCE-ARN and X-SES-RETURN-PATH-ARN headers, for SendRawEmail.',
      'The mailbox simulator addresses (success@, bounce@, complaint@ and suppressionlist@simulator.amazonses.com) let you try deliveries, bounces and complaints without affecting your reputation.',
    ],
  },
  simulator: {
    title: 'Simulator',
    paragraphs: [
      "The simulator evaluates a message against an identity's sending authorization policies and the caller's IAM policies, and explains the decision statement by statement.",
      'An explicit Deny always wins. Within one account, an Allow from either the IAM policy or the sending authorization policy suffices; across accounts both must allow.',
    ],
  },
  activity: {
    title: 'Activity',
    paragraphs: [
      'Every send attempt made through the built-in emulator, with the decision and the trace behind it, and every notification each SNS topic received.',
    ],
  },
  settings: {
    title: 'Settings',
    paragraphs: [
      'The console talks to the built-in SES emulator in this page; nothing is sent to AWS. The demo principals listed here are the ones the header switches between.',
      'Export saves the emulator’s whole state to a file; Import replaces the state with such a file; Reset goes back to the seeded demo. Import and Reset ask first.',
    ],
  },
  'not-found': {
    title: 'Page not found',
    paragraphs: ['Use the navigation on the left to reach a page of the console.'],
  },
};

export function HelpContent({ topic }: { topic: HelpTopic }) {
  const { title, paragraphs } = topics[topic];
  return (
    <HelpPanel header={<h2>{title}</h2>}>
      {paragraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </HelpPanel>
  );
}
