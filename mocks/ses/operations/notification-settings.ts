/**
 * Notification settings. The owner sets topics, header flags and feedback forwarding on its
 * identities. A delegate sets its own topics and header flags on an identity ARN it may send
 * from; those are kept apart from the owner's, and SES honours both. Delegates cannot change
 * feedback forwarding.
 */
import { SEND_ACTIONS, evaluate } from '../../../src/policy-engine/index';
import { invalidParameter } from '../errors';
import {
  NOTIFICATION_TYPES,
  emptyNotifications,
  type DelegateSettings,
  type IdentityState,
  type NotificationSettings,
  type NotificationType,
} from '../model';
import { XmlMap, type XmlStruct } from '../xml';
import {
  accessDenied,
  arnOf,
  authorizeCaller,
  identityRef,
  loadIdentity,
  type OperationContext,
} from '../context';
import { enumValue, requiredList } from '../validation';

const TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/;

function notificationType(ctx: OperationContext): NotificationType {
  const value = enumValue(ctx.params.required('NotificationType'), 'notificationType', NOTIFICATION_TYPES);
  if (!value) throw new Error('A required parameter came back undefined.');
  return value;
}

/**
 * Whether the caller is granted some send from the identity: on each side that applies, an Allow
 * statement names the caller, a send action and the identity. Conditions are set aside (they
 * depend on each message: a grant limited to some From addresses is still a grant), and so is
 * the rest of the request; the sends themselves are checked in full.
 */
function maySend(ctx: OperationContext, identity: IdentityState): boolean {
  const policies = identity.policies;
  return SEND_ACTIONS.some(({ name: action }) => {
    const result = evaluate({
      principal: ctx.caller.arn,
      action,
      resource: arnOf(identity),
      resourcePolicies: policies,
      identityPolicies: ctx.caller.iamPolicies,
    });
    const grants = (kind: 'resource' | 'identity') =>
      result.policies
        .filter((p) => p.kind === kind)
        .some((p) =>
          p.statements.some(
            (s) => s.effect === 'Allow' && s.principal.matched && s.action.matched && s.resource.matched,
          ),
        );
    return grants('resource') && (!ctx.caller.iamPolicies || grants('identity'));
  });
}

interface Target {
  identity: IdentityState;
  /** Present when the caller is a delegate: its own settings on the identity. */
  delegate?: DelegateSettings;
}

/** SES's words for an identity a notification operation cannot act on (boto/boto3#2645). */
const notVerified = (value: string) =>
  invalidParameter(`Identity ${value} is invalid. Must be a verified email address or domain.`);

/**
 * The identity a notification operation acts on, after IAM allowed the action on its ARN: the
 * caller's own, or another account's it is granted some send from (then the caller's own
 * settings on it). `resolve` is for GetIdentityNotificationAttributes, which is authorized once
 * for the whole request.
 */
async function target(ctx: OperationContext, value: string, { authorize = true } = {}): Promise<Target> {
  const ref = identityRef(ctx, value);
  if (authorize) authorizeCaller(ctx, ref.arn);
  const identity = await loadIdentity(ctx, ref);
  if (ref.account === ctx.caller.account) {
    if (!identity) throw notVerified(value);
    return { identity };
  }
  if (!identity || !maySend(ctx, identity)) throw accessDenied(ctx, ref.arn);
  // Keyed by the identity's own ARN, not the ARN as this request spelled it (a domain's case).
  const arn = arnOf(identity);
  const key = `${ctx.caller.account}|${arn}`;
  const existing = await ctx.tx.delegateSettings(key);
  return {
    identity,
    delegate: existing ?? { key, account: ctx.caller.account, identityArn: arn, ...emptyNotifications() },
  };
}

async function save(ctx: OperationContext, t: Target): Promise<void> {
  if (t.delegate) await ctx.tx.putDelegateSettings(t.delegate);
  else await ctx.tx.putIdentity(t.identity);
}

function settingsOf(t: Target): NotificationSettings {
  return t.delegate ?? t.identity.notifications;
}

export async function setIdentityNotificationTopic(ctx: OperationContext): Promise<XmlStruct> {
  const t = await target(ctx, ctx.params.required('Identity'));
  const type = notificationType(ctx);
  const topic = ctx.params.optional('SnsTopic');
  if (t.identity.verificationStatus !== 'Success') throw notVerified(ctx.params.required('Identity'));
  if (topic !== undefined && !TOPIC_ARN.test(topic)) {
    throw invalidParameter(
      `SnsTopic must be an SNS topic ARN such as arn:aws:sns:${ctx.region}:123456789012:my-topic; found "${topic}".`,
    );
  }
  const settings = settingsOf(t);
  if (
    topic === undefined &&
    !t.delegate &&
    !t.identity.forwardingEnabled &&
    (type === 'Bounce' || type === 'Complaint')
  ) {
    throw invalidParameter(
      `Feedback forwarding is disabled for ${t.identity.name}, so it needs a ${type} topic. Enable feedback forwarding before removing the topic.`,
    );
  }
  if (topic === undefined) {
    delete settings.topics[type];
    settings.headers[type] = false;
  } else {
    settings.topics[type] = topic;
  }
  await save(ctx, t);
  return {};
}

export async function setIdentityHeadersInNotificationsEnabled(ctx: OperationContext): Promise<XmlStruct> {
  const t = await target(ctx, ctx.params.required('Identity'));
  const type = notificationType(ctx);
  const enabled = ctx.params.bool('Enabled');
  const settings = settingsOf(t);
  if (enabled && !settings.topics[type]) {
    throw invalidParameter(
      `Set a ${type} topic for ${t.identity.name} before including original headers in ${type} notifications.`,
    );
  }
  settings.headers[type] = enabled;
  await save(ctx, t);
  return {};
}

export async function setIdentityFeedbackForwardingEnabled(ctx: OperationContext): Promise<XmlStruct> {
  const value = ctx.params.required('Identity');
  const ref = identityRef(ctx, value);
  if (ref.account !== ctx.caller.account) throw accessDenied(ctx, ref.arn);
  const t = await target(ctx, value);
  const enabled = ctx.params.bool('ForwardingEnabled');
  if (!enabled && (!t.identity.notifications.topics.Bounce || !t.identity.notifications.topics.Complaint)) {
    throw invalidParameter(
      `Feedback forwarding can be disabled only while ${t.identity.name} has both a Bounce and a Complaint topic; otherwise bounces and complaints would reach no one.`,
    );
  }
  t.identity.forwardingEnabled = enabled;
  await save(ctx, t);
  return {};
}

export async function getIdentityNotificationAttributes(ctx: OperationContext): Promise<XmlStruct> {
  const names = requiredList(ctx.params, 'Identities');
  if (names.length > 100)
    throw invalidParameter(`At most 100 identities per request; found ${names.length}.`);
  authorizeCaller(ctx, '*');
  const entries: [string, XmlStruct][] = [];
  for (const name of names) {
    let t: Target;
    try {
      t = await target(ctx, name, { authorize: false });
    } catch {
      continue; // SES leaves out identities the caller cannot see.
    }
    const s = settingsOf(t);
    entries.push([
      name,
      {
        BounceTopic: s.topics.Bounce,
        ComplaintTopic: s.topics.Complaint,
        DeliveryTopic: s.topics.Delivery,
        ForwardingEnabled: t.identity.forwardingEnabled,
        HeadersInBounceNotificationsEnabled: s.headers.Bounce,
        HeadersInComplaintNotificationsEnabled: s.headers.Complaint,
        HeadersInDeliveryNotificationsEnabled: s.headers.Delivery,
      },
    ]);
  }
  return { NotificationAttributes: new XmlMap(entries) };
}
