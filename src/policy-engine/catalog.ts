/**
 * The policy language's vocabulary for SES: the actions, the SES condition keys and the AWS
 * global condition keys, each with its type, whether it is multi-valued and a description.
 * Validation, lint, plain English and the editor's JSON schema all read this one list.
 */
import type { OperatorFamily } from './types';

export type KeyType = 'String' | 'Numeric' | 'Date' | 'Bool' | 'IpAddress' | 'Arn' | 'Binary';

export interface ConditionKeyInfo {
  name: string;
  type: KeyType;
  multiValued: boolean;
  description: string;
  /** For keys that end in a tag or attribute name, e.g. aws:PrincipalTag/<tag-key>. */
  prefix?: boolean;
}

export interface ActionInfo {
  name: string;
  description: string;
  send: boolean;
}

export const SEND_ACTIONS: readonly ActionInfo[] = [
  { name: 'ses:SendEmail', send: true, description: 'Compose and send a formatted email (SendEmail).' },
  {
    name: 'ses:SendRawEmail',
    send: true,
    description: 'Send a raw MIME message (SendRawEmail); the SMTP interface needs this action.',
  },
  {
    name: 'ses:SendTemplatedEmail',
    send: true,
    description: 'Send an email built from a template (SendTemplatedEmail).',
  },
  {
    name: 'ses:SendBulkTemplatedEmail',
    send: true,
    description: 'Send templated email to many destinations (SendBulkTemplatedEmail).',
  },
  {
    name: 'ses:SendBulkEmail',
    send: true,
    description: 'Send templated email to many destinations through SES API v2 (SendBulkEmail).',
  },
];

/**
 * SES API v2's operations (Service Authorization Reference, "Amazon Simple Email Service v2":
 * same `ses:` prefix). Its SendEmail is authorized as ses:SendEmail, or as ses:SendRawEmail for
 * Raw content; only the send actions mean anything in a sending authorization policy.
 */
const V2_ACTIONS: readonly [string, string][] = [
  ['CreateEmailIdentity', 'Create an email address or domain identity (API v2).'],
  ['GetEmailIdentity', "Read an identity's verification, DKIM and policies (API v2)."],
  ['ListEmailIdentities', "List the account's identities (API v2)."],
  ['DeleteEmailIdentity', 'Delete an identity (API v2).'],
  ['CreateEmailIdentityPolicy', 'Attach a sending authorization policy to an identity (API v2).'],
  ['GetEmailIdentityPolicies', "Read an identity's sending authorization policies (API v2)."],
  ['UpdateEmailIdentityPolicy', 'Replace a sending authorization policy of an identity (API v2).'],
  ['DeleteEmailIdentityPolicy', 'Remove a sending authorization policy from an identity (API v2).'],
  ['PutEmailIdentityFeedbackAttributes', 'Turn email feedback forwarding of an identity on or off (API v2).'],
  ['PutEmailIdentityConfigurationSetAttributes', "Set an identity's default configuration set (API v2)."],
  ['PutEmailIdentityDkimAttributes', 'Turn DKIM signing of an identity on or off (API v2).'],
  ['PutEmailIdentityMailFromAttributes', "Set an identity's custom MAIL FROM domain (API v2)."],
  ['CreateConfigurationSet', 'Create a configuration set (API v1 and v2).'],
  ['GetConfigurationSet', 'Read a configuration set (API v2).'],
  ['ListConfigurationSets', "List the account's configuration sets (API v1 and v2)."],
  ['DeleteConfigurationSet', 'Delete a configuration set (API v1 and v2).'],
  ['CreateConfigurationSetEventDestination', 'Add an event destination to a configuration set.'],
  ['GetConfigurationSetEventDestinations', "Read a configuration set's event destinations (API v2)."],
  ['UpdateConfigurationSetEventDestination', 'Change an event destination of a configuration set.'],
  ['DeleteConfigurationSetEventDestination', 'Remove an event destination from a configuration set.'],
  ['CreateEmailTemplate', 'Create an email template (API v2).'],
  ['GetEmailTemplate', 'Read an email template (API v2).'],
  ['ListEmailTemplates', "List the account's email templates (API v2)."],
  ['UpdateEmailTemplate', 'Change an email template (API v2).'],
  ['DeleteEmailTemplate', 'Delete an email template (API v2).'],
  ['GetAccount', "Read the account's sending status and quotas (API v2)."],
  ['PutSuppressedDestination', "Add an address to the account's suppression list (API v2)."],
  ['GetSuppressedDestination', 'Read an entry of the suppression list (API v2).'],
  ['ListSuppressedDestinations', 'List the suppression list (API v2).'],
  ['DeleteSuppressedDestination', 'Remove an address from the suppression list (API v2).'],
  ['TagResource', 'Tag an SES resource (API v2).'],
  ['UntagResource', 'Remove tags from an SES resource (API v2).'],
  ['ListTagsForResource', "List an SES resource's tags (API v2)."],
];

const OTHER_ACTIONS = [
  'DeleteIdentity',
  'DeleteIdentityPolicy',
  'GetIdentityNotificationAttributes',
  'GetIdentityPolicies',
  'GetIdentityVerificationAttributes',
  'ListIdentities',
  'ListIdentityPolicies',
  'PutIdentityPolicy',
  'SetIdentityFeedbackForwardingEnabled',
  'SetIdentityHeadersInNotificationsEnabled',
  'SetIdentityNotificationTopic',
  'VerifyDomainIdentity',
  'VerifyEmailIdentity',
  'GetSendQuota',
  'GetSendStatistics',
  'SendBounce',
  'SendCustomVerificationEmail',
  'CreateTemplate',
  'DeleteTemplate',
  'GetTemplate',
  'ListTemplates',
  'UpdateTemplate',
];

const v2Names = new Set(V2_ACTIONS.map(([name]) => name));

export const SES_ACTIONS: readonly ActionInfo[] = [
  ...SEND_ACTIONS,
  ...OTHER_ACTIONS.filter((a) => !v2Names.has(a)).map((a) => ({
    name: `ses:${a}`,
    send: false,
    description: `The SES ${a} operation.`,
  })),
  ...V2_ACTIONS.map(([name, description]) => ({ name: `ses:${name}`, send: false, description })),
];

export const CONDITION_KEYS: readonly ConditionKeyInfo[] = [
  {
    name: 'ses:Recipients',
    type: 'String',
    multiValued: true,
    description:
      'The recipient addresses of the message: To, Cc and Bcc. Multi-valued: use ForAllValues or ForAnyValue.',
  },
  {
    name: 'ses:FromAddress',
    type: 'String',
    multiValued: false,
    description: 'The From address of the message.',
  },
  {
    name: 'ses:FromDisplayName',
    type: 'String',
    multiValued: false,
    description: 'The display name of the From address ("John Doe" in "John Doe <johndoe@example.com>").',
  },
  {
    name: 'ses:FeedbackAddress',
    type: 'String',
    multiValued: false,
    description: 'The Return-Path address, where bounces and complaints go by email feedback forwarding.',
  },
  {
    name: 'ses:ApiVersion',
    type: 'String',
    multiValued: false,
    description:
      'The SES API version of the request: "1" for the v1 (2010-12-01) Query API, "2" for API v2 and the SMTP interface.',
  },
  {
    name: 'aws:CurrentTime',
    type: 'Date',
    multiValued: false,
    description: 'The date and time of the request (ISO 8601), for Date operators.',
  },
  {
    name: 'aws:EpochTime',
    type: 'Date',
    multiValued: false,
    description: 'The time of the request in seconds since the epoch, for Date or Numeric operators.',
  },
  {
    name: 'aws:SourceIp',
    type: 'IpAddress',
    multiValued: false,
    description:
      "The requester's IP address, for IpAddress and NotIpAddress. Absent for requests through a VPC endpoint.",
  },
  {
    name: 'aws:SecureTransport',
    type: 'Bool',
    multiValued: false,
    description: 'Whether the request was sent over TLS.',
  },
  {
    name: 'aws:UserAgent',
    type: 'String',
    multiValued: false,
    description: "The requester's client application (easily spoofed: do not rely on it for security).",
  },
  {
    name: 'aws:Referer',
    type: 'String',
    multiValued: false,
    description: 'The HTTP Referer header of the request (easily spoofed).',
  },
  {
    name: 'aws:RequestedRegion',
    type: 'String',
    multiValued: false,
    description: 'The AWS Region the request was made to.',
  },
  {
    name: 'aws:PrincipalArn',
    type: 'Arn',
    multiValued: false,
    description: 'The ARN of the caller (for a role session: the role ARN).',
  },
  {
    name: 'aws:PrincipalAccount',
    type: 'String',
    multiValued: false,
    description: "The caller's AWS account ID.",
  },
  {
    name: 'aws:PrincipalOrgID',
    type: 'String',
    multiValued: false,
    description: "The ID of the caller's AWS Organization.",
  },
  {
    name: 'aws:PrincipalOrgPaths',
    type: 'String',
    multiValued: true,
    description: "The caller's organization paths. Multi-valued.",
  },
  {
    name: 'aws:PrincipalTag/',
    type: 'String',
    multiValued: false,
    prefix: true,
    description: 'A tag attached to the calling principal: aws:PrincipalTag/<tag-key>.',
  },
  {
    name: 'aws:PrincipalType',
    type: 'String',
    multiValued: false,
    description: 'The type of caller: Account, User, FederatedUser, AssumedRole or Anonymous.',
  },
  {
    name: 'aws:PrincipalIsAWSService',
    type: 'Bool',
    multiValued: false,
    description: 'Whether the caller is an AWS service principal.',
  },
  {
    name: 'aws:PrincipalServiceName',
    type: 'String',
    multiValued: false,
    description: 'The service principal name when an AWS service calls.',
  },
  { name: 'aws:userid', type: 'String', multiValued: false, description: "The caller's unique ID." },
  {
    name: 'aws:username',
    type: 'String',
    multiValued: false,
    description: 'The IAM user name of the caller.',
  },
  {
    name: 'aws:SourceArn',
    type: 'Arn',
    multiValued: false,
    description: 'The ARN of the resource on whose behalf a service calls (confused-deputy protection).',
  },
  {
    name: 'aws:SourceAccount',
    type: 'String',
    multiValued: false,
    description: 'The account of the resource on whose behalf a service calls.',
  },
  {
    name: 'aws:SourceOrgID',
    type: 'String',
    multiValued: false,
    description: 'The organization of the resource on whose behalf a service calls.',
  },
  {
    name: 'aws:SourceVpc',
    type: 'String',
    multiValued: false,
    description: 'The VPC of a request through a VPC endpoint.',
  },
  {
    name: 'aws:SourceVpce',
    type: 'String',
    multiValued: false,
    description: 'The VPC endpoint of the request.',
  },
  {
    name: 'aws:VpcSourceIp',
    type: 'IpAddress',
    multiValued: false,
    description: 'The source IP of a request through a VPC endpoint.',
  },
  {
    name: 'aws:MultiFactorAuthPresent',
    type: 'Bool',
    multiValued: false,
    description: 'Whether the caller authenticated with MFA.',
  },
  {
    name: 'aws:MultiFactorAuthAge',
    type: 'Numeric',
    multiValued: false,
    description: 'Seconds since the caller authenticated with MFA.',
  },
  {
    name: 'aws:TokenIssueTime',
    type: 'Date',
    multiValued: false,
    description: "When the caller's temporary credentials were issued.",
  },
  {
    name: 'aws:ViaAWSService',
    type: 'Bool',
    multiValued: false,
    description: 'Whether an AWS service made the request on the caller’s behalf.',
  },
  {
    name: 'aws:CalledVia',
    type: 'String',
    multiValued: true,
    description: 'The services that made the request on the caller’s behalf, in order. Multi-valued.',
  },
  {
    name: 'aws:CalledViaFirst',
    type: 'String',
    multiValued: false,
    description: 'The first service in aws:CalledVia.',
  },
  {
    name: 'aws:CalledViaLast',
    type: 'String',
    multiValued: false,
    description: 'The last service in aws:CalledVia.',
  },
  {
    name: 'aws:ResourceAccount',
    type: 'String',
    multiValued: false,
    description: 'The account that owns the resource.',
  },
  {
    name: 'aws:ResourceOrgID',
    type: 'String',
    multiValued: false,
    description: 'The organization of the account that owns the resource.',
  },
  {
    name: 'aws:ResourceTag/',
    type: 'String',
    multiValued: false,
    prefix: true,
    description: 'A tag on the resource: aws:ResourceTag/<tag-key>.',
  },
  {
    name: 'aws:RequestTag/',
    type: 'String',
    multiValued: false,
    prefix: true,
    description: 'A tag passed in the request: aws:RequestTag/<tag-key>.',
  },
  {
    name: 'aws:TagKeys',
    type: 'String',
    multiValued: true,
    description: 'The tag keys in the request. Multi-valued.',
  },
];

const exact = new Map(CONDITION_KEYS.filter((k) => !k.prefix).map((k) => [k.name.toLowerCase(), k]));
const prefixes = CONDITION_KEYS.filter((k) => k.prefix);

/** Case-insensitive, as IAM reads condition key names. */
export function lookupConditionKey(name: string): ConditionKeyInfo | undefined {
  const lower = name.toLowerCase();
  const hit = exact.get(lower);
  if (hit) return hit;
  return prefixes.find((k) => lower.startsWith(k.name.toLowerCase()) && lower.length > k.name.length);
}

/** Which operator families make sense for a key type (the editor and the generator offer these). */
export function familiesForKeyType(type: KeyType): OperatorFamily[] {
  switch (type) {
    case 'Date':
      return ['Date', 'Numeric', 'Null'];
    case 'Arn':
      return ['Arn', 'String', 'Null'];
    default:
      return [type, 'Null'];
  }
}

export function lookupAction(name: string): ActionInfo | undefined {
  const lower = name.toLowerCase();
  return SES_ACTIONS.find((a) => a.name.toLowerCase() === lower);
}
