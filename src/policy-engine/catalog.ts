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

export const SES_ACTIONS: readonly ActionInfo[] = [
  ...SEND_ACTIONS,
  ...OTHER_ACTIONS.map((a) => ({ name: `ses:${a}`, send: false, description: `The SES ${a} operation.` })),
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
    description: 'The SES API version of the request, e.g. 2010-12-01.',
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
