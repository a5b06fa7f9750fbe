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

// Policies, notification settings and sending load on their first request, with the policy
// engine they need: the console's first page only lists identities and their status.
const policies = () => import('./policies');
const policyWrites = () => import('./policy-writes');
const notificationSettings = () => import('./notification-settings');
const sending = () => import('./sending');

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
/** An operation, loaded with its module when first asked for. */
export type OperationLoader = () => Promise<AnyOperation>;
const run =
  (work: (ctx: OperationContext) => Promise<XmlStruct | SesError>): OperationLoader =>
  () =>
    Promise.resolve({ run: work });
const prepared = <P>(operation: Operation<P>) => operation as AnyOperation;
/** An operation of a lazily loaded module (`load`), picked from it by `pick`. */
const lazy =
  <M>(load: () => Promise<M>, pick: (module: M) => AnyOperation): OperationLoader =>
  async () =>
    pick(await load());
const lazyRun = <M>(
  load: () => Promise<M>,
  pick: (module: M) => (ctx: OperationContext) => Promise<XmlStruct | SesError>,
) => lazy(load, (module) => ({ run: pick(module) }));

/** A Map: an Action such as `constructor` or `__proto__` must find nothing, not Object.prototype. */
export const OPERATIONS: ReadonlyMap<string, OperationLoader> = new Map(
  Object.entries({
    ListIdentities: run(listIdentities),
    VerifyEmailIdentity: run(verifyEmailIdentity),
    VerifyDomainIdentity: run(verifyDomainIdentity),
    DeleteIdentity: run(deleteIdentity),
    GetIdentityVerificationAttributes: run(getIdentityVerificationAttributes),
    PutIdentityPolicy: lazyRun(policyWrites, (m) => m.putIdentityPolicy),
    GetIdentityPolicies: lazyRun(policies, (m) => m.getIdentityPolicies),
    ListIdentityPolicies: lazyRun(policies, (m) => m.listIdentityPolicies),
    DeleteIdentityPolicy: lazyRun(policies, (m) => m.deleteIdentityPolicy),
    SetIdentityNotificationTopic: lazyRun(notificationSettings, (m) => m.setIdentityNotificationTopic),
    SetIdentityHeadersInNotificationsEnabled: lazyRun(
      notificationSettings,
      (m) => m.setIdentityHeadersInNotificationsEnabled,
    ),
    SetIdentityFeedbackForwardingEnabled: lazyRun(
      notificationSettings,
      (m) => m.setIdentityFeedbackForwardingEnabled,
    ),
    GetIdentityNotificationAttributes: lazyRun(
      notificationSettings,
      (m) => m.getIdentityNotificationAttributes,
    ),
    SendEmail: lazyRun(sending, (m) => (ctx) => m.send(ctx, () => m.sendEmailInput(ctx, 'SendEmail'))),
    SendTemplatedEmail: lazyRun(
      sending,
      (m) => (ctx) => m.send(ctx, () => m.sendEmailInput(ctx, 'SendTemplatedEmail')),
    ),
    // The message is parsed (asynchronously) before the transaction; an unreadable one is still
    // a send attempt, and is logged as refused.
    SendRawEmail: lazy(sending, (m) =>
      prepared({
        prepare: m.parseRawMessageParam,
        run: async (ctx, message) => {
          if (!(message instanceof SesErrorClass)) return m.send(ctx, () => m.rawEmailInput(ctx, message));
          await m.logRefusal(ctx, ctx.action, message);
          return message;
        },
      }),
    ),
  } satisfies Record<string, OperationLoader>),
);
