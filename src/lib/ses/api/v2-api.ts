/**
 * The console's SES operations over API v2 (`@aws-sdk/client-sesv2`, REST-JSON). Loaded with that
 * SDK on the first request of a v2 connection. v2 names things differently: an identity is an
 * "email identity", a policy is created and updated by separate calls, a domain is verified by
 * DKIM (three CNAME records) rather than v1's TXT token, and one identity ARN
 * (FromEmailAddressIdentityArn) stands for v1's SourceArn and FromArn.
 */
import {
  CreateEmailIdentityCommand,
  CreateEmailIdentityPolicyCommand,
  DeleteEmailIdentityCommand,
  DeleteEmailIdentityPolicyCommand,
  GetEmailIdentityCommand,
  GetEmailIdentityPoliciesCommand,
  ListEmailIdentitiesCommand,
  NotFoundException,
  SendEmailCommand,
  UpdateEmailIdentityPolicyCommand,
  type IdentityType,
  type VerificationStatus,
} from '@aws-sdk/client-sesv2';
import type { SesConnection } from '../client';
import { sesV2Client } from '../v2-client';
import { emptyRecord, ownValue } from '../../own-keys';
import type { IdentityTypeFilter } from '../../query-keys';
import type { IdentityVerification, SesApi } from './ses-api';

/** ListEmailIdentities answers at most 1,000 identities a page. */
const PAGE_SIZE = 1000;
/** GetEmailIdentity reads one identity: a few at a time, as a table page needs. */
const PARALLEL_READS = 6;

const IDENTITY_TYPES: Record<Exclude<IdentityTypeFilter, 'All'>, readonly IdentityType[]> = {
  EmailAddress: ['EMAIL_ADDRESS'],
  Domain: ['DOMAIN', 'MANAGED_DOMAIN'],
};

/** v2's statuses in v1's words, which the console shows. */
const STATUS_NAMES = new Map<VerificationStatus, string>([
  ['SUCCESS', 'Success'],
  ['PENDING', 'Pending'],
  ['FAILED', 'Failed'],
  ['TEMPORARY_FAILURE', 'TemporaryFailure'],
  ['NOT_STARTED', 'NotStarted'],
]);

const orUndefined = (value: string | undefined) => value?.trim() || undefined;

/** Runs `read` over `items`, at most `limit` at once, keeping their order. */
async function inParallel<T, R>(
  items: readonly T[],
  limit: number,
  read: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await read(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export async function createV2Api(connection: SesConnection): Promise<SesApi> {
  const client = await sesV2Client(connection);
  const readPolicies = async (identity: string) => {
    const { Policies = {} } = await client.send(
      new GetEmailIdentityPoliciesCommand({ EmailIdentity: identity }),
    );
    // Own keys only: a policy named `toString` or `__proto__` is a name, not Object.prototype's.
    return Object.keys(Policies)
      .sort((a, b) => a.localeCompare(b))
      .map((name) => ({ name, document: ownValue(Policies, name) ?? '' }));
  };
  return {
    version: 'v2',
    async listIdentities(type) {
      const wanted = type === 'All' ? undefined : IDENTITY_TYPES[type];
      const identities: string[] = [];
      let nextToken: string | undefined;
      do {
        const page = await client.send(
          new ListEmailIdentitiesCommand({ PageSize: PAGE_SIZE, NextToken: nextToken }),
        );
        for (const identity of page.EmailIdentities ?? [])
          if (
            identity.IdentityName &&
            (!wanted || (identity.IdentityType && wanted.includes(identity.IdentityType)))
          )
            identities.push(identity.IdentityName);
        nextToken = page.NextToken;
      } while (nextToken);
      return identities;
    },
    async verification(identities) {
      const result = emptyRecord<IdentityVerification>();
      const answers = await inParallel(identities, PARALLEL_READS, async (name) => {
        try {
          return await client.send(new GetEmailIdentityCommand({ EmailIdentity: name }));
        } catch (error) {
          // v1 leaves out an identity it does not have; so does this.
          if (error instanceof NotFoundException) return undefined;
          throw error;
        }
      });
      identities.forEach((name, index) => {
        const answer = answers[index];
        if (!answer) return;
        const status = answer.VerificationStatus;
        result[name] = {
          VerificationStatus: (status && STATUS_NAMES.get(status)) ?? status ?? 'NotStarted',
          ...(answer.DkimAttributes?.Tokens?.length ? { DkimTokens: answer.DkimAttributes.Tokens } : {}),
        } as IdentityVerification;
      });
      return result;
    },
    async policyNames(identity) {
      return (await readPolicies(identity)).map((policy) => policy.name);
    },
    policies: readPolicies,
    async putPolicy(identity, { name, document }) {
      // v2 has no PutIdentityPolicy: replace the policy, or create it when there is none by that name.
      try {
        await client.send(
          new UpdateEmailIdentityPolicyCommand({
            EmailIdentity: identity,
            PolicyName: name,
            Policy: document,
          }),
        );
      } catch (error) {
        if (!(error instanceof NotFoundException)) throw error;
        await client.send(
          new CreateEmailIdentityPolicyCommand({
            EmailIdentity: identity,
            PolicyName: name,
            Policy: document,
          }),
        );
      }
    },
    async deletePolicy(identity, name) {
      await client.send(new DeleteEmailIdentityPolicyCommand({ EmailIdentity: identity, PolicyName: name }));
    },
    async createEmailIdentity(address) {
      await client.send(new CreateEmailIdentityCommand({ EmailIdentity: address }));
    },
    async createDomainIdentity(domain) {
      const output = await client.send(new CreateEmailIdentityCommand({ EmailIdentity: domain }));
      return { kind: 'dkim', tokens: output.DkimAttributes?.Tokens ?? [] };
    },
    async deleteIdentity(identity) {
      await client.send(new DeleteEmailIdentityCommand({ EmailIdentity: identity }));
    },
    async sendEmail(input) {
      const output = await client.send(
        new SendEmailCommand({
          FromEmailAddress: input.from,
          FromEmailAddressIdentityArn: orUndefined(input.fromIdentityArn),
          FeedbackForwardingEmailAddress: orUndefined(input.returnPath),
          FeedbackForwardingEmailAddressIdentityArn: orUndefined(input.returnPathIdentityArn),
          Destination: { ToAddresses: input.to, CcAddresses: input.cc, BccAddresses: input.bcc },
          ConfigurationSetName: orUndefined(input.configurationSetName),
          Content: { Simple: { Subject: { Data: input.subject }, Body: { Text: { Data: input.text } } } },
        }),
      );
      return output.MessageId;
    },
    async sendRawEmail(input) {
      const sourceArn = orUndefined(input.sourceArn);
      const fromArn = orUndefined(input.fromArn);
      if (sourceArn && fromArn && sourceArn !== fromArn)
        throw new Error(
          'SES API v2 takes one identity ARN for the sender (FromEmailAddressIdentityArn): give the same ARN for Source and From, or send over API v1.',
        );
      const output = await client.send(
        new SendEmailCommand({
          FromEmailAddress: orUndefined(input.source),
          FromEmailAddressIdentityArn: sourceArn ?? fromArn,
          FeedbackForwardingEmailAddressIdentityArn: orUndefined(input.returnPathArn),
          Destination: input.destinations?.length ? { ToAddresses: input.destinations } : undefined,
          Content: { Raw: { Data: new TextEncoder().encode(input.raw) } },
          ConfigurationSetName: orUndefined(input.configurationSetName),
        }),
      );
      return output.MessageId;
    },
  };
}
