/**
 * What the console asks of SES, in one shape whichever API the connection speaks. Each version's
 * implementation (v1-api.ts, v2-api.ts) loads with its SDK on the first request, so the first load
 * carries neither. Operations that exist in only one API are not here: identity-level SNS topics
 * are v1's (notification-attributes.ts), configuration sets and event destinations v2's.
 */
import type { IdentityVerificationAttributes } from '@aws-sdk/client-ses';
import type { IdentityTypeFilter } from '../../query-keys';
import { apiVersionOf, connectionKey, type SesApiVersion, type SesConnection } from '../client';

/** v1's verification attributes; over v2 also the domain's DKIM tokens (v2 verifies domains by DKIM). */
export type IdentityVerification = IdentityVerificationAttributes & { DkimTokens?: string[] };

export interface IdentityPolicy {
  name: string;
  document: string;
}

/** What the owner publishes to verify a domain: v1's TXT token, or v2's three DKIM CNAMEs. */
export type DomainVerification = { kind: 'txt'; token: string } | { kind: 'dkim'; tokens: string[] };

/** A formatted message (v1 SendEmail; v2 SendEmail with Simple content). */
export interface SimpleSendInput {
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  text: string;
  /** v1: SourceArn; v2: FromEmailAddressIdentityArn. */
  fromIdentityArn?: string;
  returnPath?: string;
  /** v1: ReturnPathArn; v2: FeedbackForwardingEmailAddressIdentityArn. */
  returnPathIdentityArn?: string;
  /** ConfigurationSetName: one of the caller's own configuration sets. */
  configurationSetName?: string;
}

/** A whole MIME message (v1 SendRawEmail; v2 SendEmail with Raw content). */
export interface RawSendInput {
  /** The whole MIME message; X-SES-*-ARN headers in it are honoured. */
  raw: string;
  /** v1: Source; v2: FromEmailAddress. */
  source?: string;
  destinations?: string[];
  /** v1: SourceArn; v2: FromEmailAddressIdentityArn (which stands for both v1 ARNs). */
  sourceArn?: string;
  /** v1 only: FromArn. */
  fromArn?: string;
  /** v1: ReturnPathArn; v2: FeedbackForwardingEmailAddressIdentityArn. */
  returnPathArn?: string;
  /** ConfigurationSetName: one of the caller's own configuration sets. */
  configurationSetName?: string;
}

export interface SesApi {
  readonly version: SesApiVersion;
  /** Every identity of the caller's account in the Region, every page read. */
  listIdentities(type: IdentityTypeFilter): Promise<string[]>;
  /** Keyed by identity name, in a prototype-less record (names are hostile strings). */
  verification(identities: string[]): Promise<Record<string, IdentityVerification>>;
  policyNames(identity: string): Promise<string[]>;
  /** Sorted by name. */
  policies(identity: string): Promise<IdentityPolicy[]>;
  /** Creates the policy, or replaces the one with that name. */
  putPolicy(identity: string, policy: IdentityPolicy): Promise<void>;
  deletePolicy(identity: string, name: string): Promise<void>;
  createEmailIdentity(address: string): Promise<void>;
  createDomainIdentity(domain: string): Promise<DomainVerification>;
  deleteIdentity(identity: string): Promise<void>;
  /** Each answers SES's MessageId. */
  sendEmail(input: SimpleSendInput): Promise<string | undefined>;
  sendRawEmail(input: RawSendInput): Promise<string | undefined>;
}

const apis = new Map<string, Promise<SesApi>>();

/** The connection's API, loaded once per connection. */
export function sesApi(connection: SesConnection): Promise<SesApi> {
  const key = connectionKey(connection);
  let api = apis.get(key);
  if (!api) {
    api =
      apiVersionOf(connection) === 'v2'
        ? import('./v2-api').then(({ createV2Api }) => createV2Api(connection))
        : import('./v1-api').then(({ createV1Api }) => createV1Api(connection));
    apis.set(key, api);
  }
  return api;
}
