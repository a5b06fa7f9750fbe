/** The SES operations the emulator answers, by Action name. */
import type { OperationContext } from '../context';
import type { QueryParams } from '../query';
import type { XmlStruct } from '../xml';
import { SesError as SesErrorClass, type SesError } from '../errors';
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
} from './notification-settings';
import { logRefusal, parseRawMessageParam, rawEmailInput, send, sendEmailInput } from './sending';

/**
 * An operation: an optional `prepare` step, the asynchronous work done before the transaction
 * (which must wait on nothing but the store), and `run`, inside it. A returned SesError is
 * answered after the transaction commits (a refused send's log entry with it).
 */
export interface Operation<Prepared = undefined> {
  prepare?: (params: QueryParams) => Promise<Prepared>;
  run: (ctx: OperationContext, prepared: Prepared) => Promise<XmlStruct | SesError>;
}

type AnyOperation = Operation<unknown>;
const run = (work: (ctx: OperationContext) => Promise<XmlStruct | SesError>): AnyOperation => ({ run: work });
const prepared = <P>(operation: Operation<P>) => operation as AnyOperation;

/** A Map: an Action such as `constructor` or `__proto__` must find nothing, not Object.prototype. */
export const OPERATIONS: ReadonlyMap<string, AnyOperation> = new Map(
  Object.entries({
    ListIdentities: run(listIdentities),
    VerifyEmailIdentity: run(verifyEmailIdentity),
    VerifyDomainIdentity: run(verifyDomainIdentity),
    DeleteIdentity: run(deleteIdentity),
    GetIdentityVerificationAttributes: run(getIdentityVerificationAttributes),
    PutIdentityPolicy: run(putIdentityPolicy),
    GetIdentityPolicies: run(getIdentityPolicies),
    ListIdentityPolicies: run(listIdentityPolicies),
    DeleteIdentityPolicy: run(deleteIdentityPolicy),
    SetIdentityNotificationTopic: run(setIdentityNotificationTopic),
    SetIdentityHeadersInNotificationsEnabled: run(setIdentityHeadersInNotificationsEnabled),
    SetIdentityFeedbackForwardingEnabled: run(setIdentityFeedbackForwardingEnabled),
    GetIdentityNotificationAttributes: run(getIdentityNotificationAttributes),
    SendEmail: run((ctx) => send(ctx, () => sendEmailInput(ctx, 'SendEmail'))),
    SendTemplatedEmail: run((ctx) => send(ctx, () => sendEmailInput(ctx, 'SendTemplatedEmail'))),
    // The message is parsed (asynchronously) before the transaction; an unreadable one is still
    // a send attempt, and is logged as refused.
    SendRawEmail: prepared({
      prepare: parseRawMessageParam,
      run: async (ctx, message) => {
        if (!(message instanceof SesErrorClass)) return send(ctx, () => rawEmailInput(ctx, message));
        await logRefusal(ctx, ctx.action, message);
        return message;
      },
    }),
  } satisfies Record<string, AnyOperation>),
);
