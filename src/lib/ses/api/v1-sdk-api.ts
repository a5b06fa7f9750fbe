/**
 * The console's SES operations over API v1 (`@aws-sdk/client-ses`, the Query API), except the
 * reads that v1-api.ts makes without the SDK. Loaded with that SDK on the first of them.
 */
import {
  DeleteIdentityCommand,
  DeleteIdentityPolicyCommand,
  GetIdentityPoliciesCommand,
  ListIdentityPoliciesCommand,
  PutIdentityPolicyCommand,
  SendEmailCommand,
  SendRawEmailCommand,
  VerifyDomainIdentityCommand,
  VerifyEmailIdentityCommand,
} from '@aws-sdk/client-ses';
import type { SesConnection } from '../client';
import { sesClient } from '../v1-client';
import { ownValue } from '../../own-keys';
import type { SesApi } from './ses-api';

/** What the SDK does for a v1 connection: every operation but the Query reads of v1-api.ts. */
export type V1SdkOperations = Omit<SesApi, 'version' | 'listIdentities' | 'verification' | 'policyNames'>;

const orUndefined = (value: string | undefined) => value?.trim() || undefined;

export async function createV1SdkOperations(connection: SesConnection): Promise<V1SdkOperations> {
  const client = await sesClient(connection);
  return {
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
