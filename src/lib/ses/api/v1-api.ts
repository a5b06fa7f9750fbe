/**
 * The console's SES operations over API v1 (the Query API). The reads the Identities page makes
 * first (the list, verification status, policy names) are signed Query calls without the SDK
 * (v1-query.ts), so the page's first rows need none of it; every other operation loads
 * `@aws-sdk/client-ses` on first use (v1-sdk-api.ts).
 */
import type { IdentityVerificationAttributes } from '@aws-sdk/client-ses';
import type { SesConnection } from '../client';
import { emptyRecord } from '../../own-keys';
import type { SesApi } from './ses-api';
import type { V1SdkOperations } from './v1-sdk-api';
import { childElements, childText } from './query-xml';
import { memberTexts, queryCall } from './v1-query';

/** ListIdentities pages of at most 1000; GetIdentityVerificationAttributes takes at most 100 names. */
const LIST_PAGE = 1000;
const VERIFICATION_BATCH = 100;

export async function createV1Api(connection: SesConnection): Promise<SesApi> {
  let sdk: Promise<V1SdkOperations> | undefined;
  const viaSdk = () =>
    (sdk ??= import('./v1-sdk-api').then(({ createV1SdkOperations }) => createV1SdkOperations(connection)));
  return {
    version: 'v1',
    async listIdentities(type) {
      const identities: string[] = [];
      let nextToken: string | undefined;
      do {
        const params: [string, string][] = [['MaxItems', String(LIST_PAGE)]];
        if (type !== 'All') params.push(['IdentityType', type]);
        if (nextToken) params.push(['NextToken', nextToken]);
        const result = await queryCall(connection, 'ListIdentities', params);
        identities.push(...memberTexts(result, 'Identities'));
        nextToken = childText(result, 'NextToken') || undefined;
      } while (nextToken);
      return identities;
    },
    async verification(identities) {
      // Prototype-less: keys are identity names, and a `__proto__` entry must stay an entry
      // (and `constructor` must not be found on any result).
      const result = emptyRecord<IdentityVerificationAttributes>();
      for (let i = 0; i < identities.length; i += VERIFICATION_BATCH) {
        const batch = identities.slice(i, i + VERIFICATION_BATCH);
        const answer = await queryCall(
          connection,
          'GetIdentityVerificationAttributes',
          batch.map((name, n): [string, string] => [`Identities.member.${n + 1}`, name]),
        );
        const map = childElements(answer, 'VerificationAttributes')[0];
        for (const entry of childElements(map, 'entry')) {
          const name = childText(entry, 'key');
          const value = childElements(entry, 'value')[0];
          if (name === undefined || !value) continue;
          const status = childText(value, 'VerificationStatus');
          const token = childText(value, 'VerificationToken');
          const attributes: Partial<IdentityVerificationAttributes> = {};
          if (status !== undefined)
            attributes.VerificationStatus = status as IdentityVerificationAttributes['VerificationStatus'];
          if (token !== undefined) attributes.VerificationToken = token;
          result[name] = attributes as IdentityVerificationAttributes;
        }
      }
      return result;
    },
    async policyNames(identity) {
      return memberTexts(
        await queryCall(connection, 'ListIdentityPolicies', [['Identity', identity]]),
        'PolicyNames',
      );
    },
    policies: async (identity) => (await viaSdk()).policies(identity),
    putPolicy: async (identity, policy) => (await viaSdk()).putPolicy(identity, policy),
    deletePolicy: async (identity, name) => (await viaSdk()).deletePolicy(identity, name),
    createEmailIdentity: async (address) => (await viaSdk()).createEmailIdentity(address),
    createDomainIdentity: async (domain) => (await viaSdk()).createDomainIdentity(domain),
    deleteIdentity: async (identity) => (await viaSdk()).deleteIdentity(identity),
    sendEmail: async (input) => (await viaSdk()).sendEmail(input),
    sendRawEmail: async (input) => (await viaSdk()).sendRawEmail(input),
  };
}
