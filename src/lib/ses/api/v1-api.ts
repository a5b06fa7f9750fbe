/**
 * The console's SES operations over API v1 (`@aws-sdk/client-ses`, the Query API). Loaded with
 * that SDK on the first request of a v1 connection.
 */
import {
  DeleteIdentityCommand,
  DeleteIdentityPolicyCommand,
  GetIdentityPoliciesCommand,
  GetIdentityVerificationAttributesCommand,
  ListIdentitiesCommand,
  ListIdentityPoliciesCommand,
  PutIdentityPolicyCommand,
  SendEmailCommand,
  SendRawEmailCommand,
  VerifyDomainIdentityCommand,
  VerifyEmailIdentityCommand,
  type IdentityVerificationAttributes,
} from '@aws-sdk/client-ses';
import type { SesConnection } from '../client';
import { sesClient } from '../v1-client';
import { emptyRecord, ownValue } from '../../own-keys';
import type { SesApi } from './ses-api';

/** GetIdentityVerificationAttributes takes at most 100 identities per call. */
const VERIFICATION_BATCH = 100;

const orUndefined = (value: string | undefined) => value?.trim() || undefined;

export async function createV1Api(connection: SesConnection): Promise<SesApi> {
  const client = await sesClient(connection);
  return {
    version: 'v1',
    async listIdentities(type) {
      const identities: string[] = [];
      let nextToken: string | undefined;
      do {
        const page = await client.send(
          new ListIdentitiesCommand({
            IdentityType: type === 'All' ? undefined : type,
            MaxItems: 1000,
            NextToken: nextToken,
          }),
        );
        identities.push(...(page.Identities ?? []));
        nextToken = page.NextToken;
      } while (nextToken);
      return identities;
    },
    async verification(identities) {
      // Prototype-less: keys are identity names, and Object.assign would let a `__proto__` entry
      // replace the prototype (and `constructor` would otherwise be found on any result).
      const result = emptyRecord<IdentityVerificationAttributes>();
      for (let i = 0; i < identities.length; i += VERIFICATION_BATCH) {
        const batch = identities.slice(i, i + VERIFICATION_BATCH);
        const page = await client.send(new GetIdentityVerificationAttributesCommand({ Identities: batch }));
        for (const [name, attributes] of Object.entries(page.VerificationAttributes ?? {}))
          result[name] = attributes;
      }
      return result;
    },
    async policyNames(identity) {
      const output = await client.send(new ListIdentityPoliciesCommand({ Identity: identity }));
      return output.PolicyNames ?? [];
    },
    async policies(identity) {
      const { PolicyNames = [] } = await client.send(new ListIdentityPoliciesCommand({ Identity: identity }));
      if (PolicyNames.length === 0) return [];
      const { Policies = {} } = await client.send(
        new GetIdentityPoliciesCommand({ Identity: identity, PolicyNames }),
      );
      // Own keys only: a policy named `toString` or `__proto__` is a name, not Object.prototype's.
      return PolicyNames.filter((name) => Object.hasOwn(Policies, name))
        .sort((a, b) => a.localeCompare(b))
        .map((name) => ({ name, document: ownValue(Policies, name) ?? '' }));
    },
    async putPolicy(identity, { name, document }) {
      await client.send(
        new PutIdentityPolicyCommand({ Identity: identity, PolicyName: name, Policy: document }),
      );
    },
    async deletePolicy(identity, name) {
      await client.send(new DeleteIdentityPolicyCommand({ Identity: identity, PolicyName: name }));
    },
    async createEmailIdentity(address) {
      await client.send(new VerifyEmailIdentityCommand({ EmailAddress: address }));
    },
    async createDomainIdentity(domain) {
      const output = await client.send(new VerifyDomainIdentityCommand({ Domain: domain }));
      return { kind: 'txt', token: output.VerificationToken ?? '' };
    },
    async deleteIdentity(identity) {
      await client.send(new DeleteIdentityCommand({ Identity: identity }));
    },
    async sendEmail(input) {
      const output = await client.send(
        new SendEmailCommand({
          Source: input.from,
          Destination: { ToAddresses: input.to, CcAddresses: input.cc, BccAddresses: input.bcc },
          ReturnPath: orUndefined(input.returnPath),
          SourceArn: orUndefined(input.fromIdentityArn),
          ReturnPathArn: orUndefined(input.returnPathIdentityArn),
          ConfigurationSetName: orUndefined(input.configurationSetName),
          Message: { Subject: { Data: input.subject }, Body: { Text: { Data: input.text } } },
        }),
      );
      return output.MessageId;
    },
    async sendRawEmail(input) {
      const output = await client.send(
        new SendRawEmailCommand({
          RawMessage: { Data: new TextEncoder().encode(input.raw) },
          Source: orUndefined(input.source),
          Destinations: input.destinations?.length ? input.destinations : undefined,
          SourceArn: orUndefined(input.sourceArn),
          FromArn: orUndefined(input.fromArn),
          ReturnPathArn: orUndefined(input.returnPathArn),
          ConfigurationSetName: orUndefined(input.configurationSetName),
        }),
      );
      return output.MessageId;
    },
  };
}
