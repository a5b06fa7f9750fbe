/**
 * CreateEmailIdentity, GetEmailIdentity, ListEmailIdentities, DeleteEmailIdentity,
 * PutEmailIdentityFeedbackAttributes and PutEmailIdentityConfigurationSetAttributes, over the
 * same identity records as v1's VerifyEmailIdentity/ListIdentities (one state for both APIs).
 * Shapes: botocore's sesv2 model; API reference https://docs.aws.amazon.com/ses/latest/APIReference-V2/.
 */
import { identityKindOf } from '../../../../src/policy-engine/identity';
import { authorizeCaller } from '../../context';
import { configurationSetKey, identityKey, type IdentityState } from '../../model';
import { createIdentity, decodeToken, encodeToken } from '../../operations/identities';
import { sha256Hex } from '../../sigv4/crypto';
import {
  pageParams,
  identityName,
  label,
  ownIdentityArn,
  ownedV2Identity,
  checkedSetName,
  type V2Context,
} from '../context';
import { alreadyExists, badRequest, notFound } from '../protocol';

const MAX_PAGE_SIZE = 1000;

function identityType(identity: Pick<IdentityState, 'kind'>): 'EMAIL_ADDRESS' | 'DOMAIN' {
  return identity.kind === 'Domain' ? 'DOMAIN' : 'EMAIL_ADDRESS';
}

function verificationStatus(identity: IdentityState): 'SUCCESS' | 'PENDING' {
  return identity.verificationStatus === 'Success' ? 'SUCCESS' : 'PENDING';
}

/** Easy DKIM's three CNAME tokens, derived from the identity so that they stay the same. */
function dkimAttributes(identity: IdentityState) {
  if (identity.kind !== 'Domain') return { SigningEnabled: false, Status: 'NOT_STARTED', Tokens: [] };
  return {
    SigningEnabled: true,
    Status: verificationStatus(identity),
    Tokens: [0, 1, 2].map((i) => sha256Hex(`${identity.key}|dkim|${i}`).slice(0, 32)),
    SigningAttributesOrigin: 'AWS_SES',
    NextSigningKeyLength: 'RSA_2048_BIT',
    CurrentSigningKeyLength: 'RSA_2048_BIT',
  };
}

/** A configuration set named in a request: the caller's own, which must exist. */
async function existingSetName(ctx: V2Context, raw: string): Promise<string> {
  const name = checkedSetName(raw);
  const set = await ctx.tx.configurationSet(configurationSetKey(ctx.caller.account, ctx.region, name));
  if (!set) throw notFound(`Configuration set ${name} does not exist.`);
  return name;
}

export async function createEmailIdentity(ctx: V2Context) {
  const name = identityName(ctx.body.string('EmailIdentity'));
  const unsupported = ctx.body.present(['DkimSigningAttributes']);
  if (unsupported.length)
    throw badRequest(
      'The emulator does not support DkimSigningAttributes (Bring Your Own DKIM); leave it out for Easy DKIM.',
    );
  authorizeCaller(ctx, ownIdentityArn(ctx, name));
  const key = identityKey(ctx.caller.account, ctx.region, name);
  if (await ctx.tx.identity(key)) throw alreadyExists(`Email identity ${name} already exists.`);
  const setName = ctx.body.optionalString('ConfigurationSetName');
  const configurationSetName = setName === undefined ? undefined : await existingSetName(ctx, setName);
  const identity = await createIdentity(ctx, name);
  if (configurationSetName) {
    identity.configurationSetName = configurationSetName;
    await ctx.tx.putIdentity(identity);
  }
  return {
    IdentityType: identityType({ kind: identityKindOf(name) }),
    VerifiedForSendingStatus: identity.verificationStatus === 'Success',
    DkimAttributes: dkimAttributes(identity),
  };
}

export async function getEmailIdentity(ctx: V2Context) {
  const identity = await ownedV2Identity(ctx, label(ctx, 'EmailIdentity'));
  return {
    IdentityType: identityType(identity),
    FeedbackForwardingStatus: identity.forwardingEnabled,
    VerifiedForSendingStatus: identity.verificationStatus === 'Success',
    DkimAttributes: dkimAttributes(identity),
    // CreateDataProperty semantics: a policy named __proto__ is an ordinary member.
    Policies: Object.fromEntries(identity.policies.map((p) => [p.name, p.document])),
    Tags: [],
    ...(identity.configurationSetName ? { ConfigurationSetName: identity.configurationSetName } : {}),
    VerificationStatus: verificationStatus(identity),
  };
}

function after(token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  try {
    return decodeToken(token);
  } catch {
    throw badRequest('NextToken is not a token this service returned. Start again without it.');
  }
}

export async function listEmailIdentities(ctx: V2Context) {
  authorizeCaller(ctx, '*');
  const { token, size } = pageParams(ctx, MAX_PAGE_SIZE);
  const found = await ctx.tx.identityPage({
    account: ctx.caller.account,
    region: ctx.region,
    after: after(token),
    limit: size + 1,
  });
  const page = found.slice(0, size);
  const last = page[page.length - 1];
  return {
    EmailIdentities: page.map((identity) => ({
      IdentityType: identityType(identity),
      IdentityName: identity.name,
      SendingEnabled: identity.verificationStatus === 'Success',
      VerificationStatus: verificationStatus(identity),
    })),
    ...(found.length > size && last ? { NextToken: encodeToken(last.name) } : {}),
  };
}

export async function deleteEmailIdentity(ctx: V2Context) {
  const identity = await ownedV2Identity(ctx, label(ctx, 'EmailIdentity'));
  await ctx.tx.deleteIdentity(identity.key);
  return {};
}

export async function putEmailIdentityFeedbackAttributes(ctx: V2Context) {
  const identity = await ownedV2Identity(ctx, label(ctx, 'EmailIdentity'));
  const enabled = ctx.body.optionalBoolean('EmailForwardingEnabled') ?? false;
  // v1's rule (SetIdentityFeedbackForwardingEnabled): off only with both topics, else bounces and
  // complaints would reach no one.
  if (!enabled && !(identity.notifications.topics.Bounce && identity.notifications.topics.Complaint))
    throw badRequest(
      `Feedback forwarding can be disabled only while ${identity.name} has both a Bounce and a Complaint topic; otherwise bounces and complaints would reach no one.`,
    );
  identity.forwardingEnabled = enabled;
  await ctx.tx.putIdentity(identity);
  return {};
}

export async function putEmailIdentityConfigurationSetAttributes(ctx: V2Context) {
  const identity = await ownedV2Identity(ctx, label(ctx, 'EmailIdentity'));
  const raw = ctx.body.optionalString('ConfigurationSetName');
  if (raw === undefined) delete identity.configurationSetName;
  else identity.configurationSetName = await existingSetName(ctx, raw);
  await ctx.tx.putIdentity(identity);
  return {};
}

export { identityName };
