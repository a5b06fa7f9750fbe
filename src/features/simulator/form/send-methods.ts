/**
 * How a simulated message is sent, and what that means for authorization: the SES action a
 * policy must allow and the `ses:ApiVersion` the request carries. The two APIs share identities
 * and policies but not their parameters, so a send that works over one can be refused over the
 * other (SEMANTICS.md, "ses:ApiVersion", and the SES API v2 send rules).
 */
import type { SendApi } from '../../../policy-engine';

export type SendMethodId =
  | 'v1-SendEmail'
  | 'v1-SendRawEmail'
  | 'v1-SendTemplatedEmail'
  | 'v1-SendBulkTemplatedEmail'
  | 'v2-SendEmail-Simple'
  | 'v2-SendEmail-Template'
  | 'v2-SendEmail-Raw'
  | 'v2-SendBulkEmail'
  | 'smtp';

export interface SendMethod {
  id: SendMethodId;
  api: 'v1' | 'v2' | 'smtp';
  /** The operation called (SMTP: the message submitted). */
  label: string;
  /** The action the policies must allow. */
  action: SendApi;
  /** The `ses:ApiVersion` SES puts in the request context. */
  apiVersion: '1' | '2';
  /** v2's content type. */
  content?: 'Simple' | 'Template' | 'Raw';
  /**
   * The parameters that carry identity ARNs, by role, as the API names them; SMTP has none (only
   * the X-SES-*-ARN headers).
   */
  arnParameters: { source?: string; from?: string; returnPath?: string };
}

export const SEND_METHODS: readonly SendMethod[] = [
  {
    id: 'v1-SendEmail',
    api: 'v1',
    label: 'API v1 SendEmail',
    action: 'SendEmail',
    apiVersion: '1',
    arnParameters: { source: 'SourceArn', returnPath: 'ReturnPathArn' },
  },
  {
    id: 'v1-SendRawEmail',
    api: 'v1',
    label: 'API v1 SendRawEmail',
    action: 'SendRawEmail',
    apiVersion: '1',
    arnParameters: { source: 'SourceArn', from: 'FromArn', returnPath: 'ReturnPathArn' },
  },
  {
    id: 'v1-SendTemplatedEmail',
    api: 'v1',
    label: 'API v1 SendTemplatedEmail',
    action: 'SendTemplatedEmail',
    apiVersion: '1',
    arnParameters: { source: 'SourceArn', returnPath: 'ReturnPathArn' },
  },
  {
    id: 'v1-SendBulkTemplatedEmail',
    api: 'v1',
    label: 'API v1 SendBulkTemplatedEmail',
    action: 'SendBulkTemplatedEmail',
    apiVersion: '1',
    arnParameters: { source: 'SourceArn', returnPath: 'ReturnPathArn' },
  },
  {
    id: 'v2-SendEmail-Simple',
    api: 'v2',
    label: 'API v2 SendEmail, simple content',
    action: 'SendEmail',
    apiVersion: '2',
    content: 'Simple',
    arnParameters: {
      source: 'FromEmailAddressIdentityArn',
      returnPath: 'FeedbackForwardingEmailAddressIdentityArn',
    },
  },
  {
    id: 'v2-SendEmail-Template',
    api: 'v2',
    label: 'API v2 SendEmail, template content',
    action: 'SendEmail',
    apiVersion: '2',
    content: 'Template',
    arnParameters: {
      source: 'FromEmailAddressIdentityArn',
      returnPath: 'FeedbackForwardingEmailAddressIdentityArn',
    },
  },
  {
    id: 'v2-SendEmail-Raw',
    api: 'v2',
    label: 'API v2 SendEmail, raw content',
    action: 'SendRawEmail',
    apiVersion: '2',
    content: 'Raw',
    arnParameters: {
      source: 'FromEmailAddressIdentityArn',
      returnPath: 'FeedbackForwardingEmailAddressIdentityArn',
    },
  },
  {
    id: 'v2-SendBulkEmail',
    api: 'v2',
    label: 'API v2 SendBulkEmail',
    action: 'SendBulkEmail',
    apiVersion: '2',
    content: 'Template',
    arnParameters: {
      source: 'FromEmailAddressIdentityArn',
      returnPath: 'FeedbackForwardingEmailAddressIdentityArn',
    },
  },
  {
    id: 'smtp',
    api: 'smtp',
    label: 'SMTP interface',
    action: 'SendRawEmail',
    apiVersion: '2',
    arnParameters: {},
  },
];

const BY_ID = new Map<string, SendMethod>(SEND_METHODS.map((m) => [m.id, m]));
export const DEFAULT_SEND_METHOD = SEND_METHODS[0] as SendMethod;

/** The method with this id; anything else (a hostile share link) is undefined. */
export function sendMethod(id: unknown): SendMethod | undefined {
  return typeof id === 'string' ? BY_ID.get(id) : undefined;
}

/** An older scenario named only the action: it was a v1 send. */
export function methodForV1Action(action: SendApi | undefined): SendMethod {
  return SEND_METHODS.find((m) => m.api === 'v1' && m.action === action) ?? DEFAULT_SEND_METHOD;
}

/** One sentence: what SES authorizes for this method. */
export function methodSummary(method: SendMethod): string {
  const how =
    method.api === 'smtp'
      ? 'SES’s SMTP interface submits it as SendRawEmail'
      : `${method.label} is authorized`;
  return `${how} as ses:${method.action}, with ses:ApiVersion "${method.apiVersion}".`;
}
