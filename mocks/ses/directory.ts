/**
 * The emulator's directory of demo principals and their access keys. These keys open nothing
 * but this in-page emulator; they are published in mocks/README.md. The console signs requests
 * with them exactly as it would sign with real credentials, and the emulator identifies the
 * caller from the signature's access key.
 */
import type { PolicyInput } from '../../src/policy-engine/index';
import type { EmulatorPrincipal } from '../emulator-api-contract';

export type DemoPrincipalId = 'owner' | 'delegate-root' | 'delegate-marketer' | 'outsider';

/**
 * A principal requests can be signed as: a demo principal, or one of a principals file's. The
 * emulator-only API lists them (`GET directory`) in the contract's shape.
 */
export interface Principal extends Omit<EmulatorPrincipal, 'iamPolicies'> {
  /** IAM policies of an IAM user; roots have none (they may do everything in their account). */
  iamPolicies?: PolicyInput[];
}

export const OWNER_ACCOUNT = '888888888888';
export const DELEGATE_ACCOUNT = '999999999999';
export const OUTSIDER_ACCOUNT = '111122223333';
const DIRECTORY_REGION = 'us-east-1';

const topics = (account: string, prefix: string) =>
  ['bounces', 'complaints', 'deliveries'].map(
    (t) => `arn:aws:sns:${DIRECTORY_REGION}:${account}:${prefix}-${t}`,
  );

const marketerPolicy = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'SendThroughSes',
        Effect: 'Allow',
        Action: ['ses:SendEmail', 'ses:SendRawEmail'],
        Resource: '*',
      },
    ],
  },
  null,
  2,
);

export const DIRECTORY: readonly (Principal & { id: DemoPrincipalId })[] = [
  {
    id: 'owner',
    label: `Identity owner (${OWNER_ACCOUNT})`,
    arn: `arn:aws:iam::${OWNER_ACCOUNT}:root`,
    account: OWNER_ACCOUNT,
    accessKeyId: 'AKIAOWNER88888888888',
    secretAccessKey: 'emulator/owner/888888888888/demo-secret-key',
    snsTopics: topics(OWNER_ACCOUNT, 'ses'),
  },
  {
    id: 'delegate-root',
    label: `Delegate account (${DELEGATE_ACCOUNT})`,
    arn: `arn:aws:iam::${DELEGATE_ACCOUNT}:root`,
    account: DELEGATE_ACCOUNT,
    accessKeyId: 'AKIADELEGATE99999999',
    secretAccessKey: 'emulator/delegate/999999999999/demo-secret-key',
    snsTopics: topics(DELEGATE_ACCOUNT, 'delegate'),
  },
  {
    id: 'delegate-marketer',
    label: `Delegate's IAM user marketer (${DELEGATE_ACCOUNT})`,
    arn: `arn:aws:iam::${DELEGATE_ACCOUNT}:user/marketer`,
    account: DELEGATE_ACCOUNT,
    accessKeyId: 'AKIAMARKETER99999999',
    secretAccessKey: 'emulator/marketer/999999999999/demo-secret-key',
    iamPolicies: [{ name: 'SendThroughSes', document: marketerPolicy }],
    snsTopics: topics(DELEGATE_ACCOUNT, 'delegate'),
  },
  {
    id: 'outsider',
    label: `Account with no grant (${OUTSIDER_ACCOUNT})`,
    arn: `arn:aws:iam::${OUTSIDER_ACCOUNT}:root`,
    account: OUTSIDER_ACCOUNT,
    accessKeyId: 'AKIAOUTSIDER11112222',
    secretAccessKey: 'emulator/outsider/111122223333/demo-secret-key',
    snsTopics: topics(OUTSIDER_ACCOUNT, 'outsider'),
  },
];

export function principalById(id: DemoPrincipalId): Principal {
  const principal = DIRECTORY.find((p) => p.id === id);
  if (!principal) throw new Error(`No demo principal ${id}`);
  return principal;
}
