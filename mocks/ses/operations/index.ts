/** The SES operations the emulator answers, by Action name. */
import type { ParsedMessage } from '../../../src/policy-engine/index';
import type { OperationContext } from '../context';
import type { XmlStruct } from '../xml';
import type { SesError } from '../errors';
import {
  deleteIdentity,
  getIdentityVerificationAttributes,
  listIdentities,
  verifyDomainIdentity,
  verifyEmailIdentity,
} from './identities';
import {
  deleteIdentityPolicy,
  getIdentityPolicies,
  listIdentityPolicies,
  putIdentityPolicy,
} from './policies';
import {
  getIdentityNotificationAttributes,
  setIdentityFeedbackForwardingEnabled,
  setIdentityHeadersInNotificationsEnabled,
  setIdentityNotificationTopic,
} from './notifications';
import { rawEmailInput, send, sendEmailInput } from './sending';

/** An operation's answer; a returned SesError is answered after the transaction commits. */
export type Operation = (ctx: OperationContext, raw?: ParsedMessage) => Promise<XmlStruct | SesError>;

/** A Map: an Action such as `constructor` or `__proto__` must find nothing, not Object.prototype. */
export const OPERATIONS: ReadonlyMap<string, Operation> = new Map(
  Object.entries({
    ListIdentities: listIdentities,
    VerifyEmailIdentity: verifyEmailIdentity,
    VerifyDomainIdentity: verifyDomainIdentity,
    DeleteIdentity: deleteIdentity,
    GetIdentityVerificationAttributes: getIdentityVerificationAttributes,
    PutIdentityPolicy: putIdentityPolicy,
    GetIdentityPolicies: getIdentityPolicies,
    ListIdentityPolicies: listIdentityPolicies,
    DeleteIdentityPolicy: deleteIdentityPolicy,
    SetIdentityNotificationTopic: setIdentityNotificationTopic,
    SetIdentityHeadersInNotificationsEnabled: setIdentityHeadersInNotificationsEnabled,
    SetIdentityFeedbackForwardingEnabled: setIdentityFeedbackForwardingEnabled,
    GetIdentityNotificationAttributes: getIdentityNotificationAttributes,
    SendEmail: (ctx) => send(ctx, () => sendEmailInput(ctx, 'SendEmail')),
    SendTemplatedEmail: (ctx) => send(ctx, () => sendEmailInput(ctx, 'SendTemplatedEmail')),
    SendRawEmail: (ctx, raw) => {
      if (!raw) throw new Error('SendRawEmail reached the operation without its parsed message.');
      return send(ctx, () => rawEmailInput(ctx, raw));
    },
  } satisfies Record<string, Operation>),
);
