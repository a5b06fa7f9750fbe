// @vitest-environment node
/**
 * IAM on every SES action: the demo's IAM user marketer is allowed only ses:SendEmail and
 * ses:SendRawEmail, so every other action is refused in AWS's words, on its own account's
 * identities and on the owner's identity it was granted sending from alike. Roots are not
 * limited by IAM policies.
 */
import {
  DeleteIdentityCommand,
  DeleteIdentityPolicyCommand,
  GetIdentityNotificationAttributesCommand,
  GetIdentityPoliciesCommand,
  GetIdentityVerificationAttributesCommand,
  ListIdentitiesCommand,
  ListIdentityPoliciesCommand,
  PutIdentityPolicyCommand,
  SetIdentityFeedbackForwardingEnabledCommand,
  SetIdentityHeadersInNotificationsEnabledCommand,
  SetIdentityNotificationTopicCommand,
  VerifyDomainIdentityCommand,
  VerifyEmailIdentityCommand,
} from '@aws-sdk/client-ses';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFreshEmulatorStore } from './instance';
import { DEMO_DOMAIN_ARN } from './seed';
import { clientAs, sesError } from './test/clients';

const MARKETER = 'arn:aws:iam::999999999999:user/marketer';
const OWN_DOMAIN = 'delegate.example';
const OWN_DOMAIN_ARN = 'arn:aws:ses:us-east-1:999999999999:identity/delegate.example';
const policy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: '111122223333' },
      Action: 'ses:SendEmail',
      Resource: OWN_DOMAIN_ARN,
    },
  ],
});

const denied = (action: string, resource: string) => ({
  code: 'AccessDenied',
  status: 403,
  message: `User: ${MARKETER} is not authorized to perform: ses:${action} on resource: ${resource} because no identity-based policy allows the ses:${action} action`,
});

beforeEach(async () => {
  await openFreshEmulatorStore();
});

describe('IAM on every action', () => {
  const marketer = () => clientAs('delegate-marketer');

  it('refuses each management action on its own account’s identity, naming the identity’s ARN', async () => {
    const cases: [string, Promise<unknown>][] = [
      ['DeleteIdentity', marketer().send(new DeleteIdentityCommand({ Identity: OWN_DOMAIN }))],
      [
        'PutIdentityPolicy',
        marketer().send(
          new PutIdentityPolicyCommand({ Identity: OWN_DOMAIN, PolicyName: 'p', Policy: policy }),
        ),
      ],
      [
        'DeleteIdentityPolicy',
        marketer().send(new DeleteIdentityPolicyCommand({ Identity: OWN_DOMAIN, PolicyName: 'p' })),
      ],
      ['ListIdentityPolicies', marketer().send(new ListIdentityPoliciesCommand({ Identity: OWN_DOMAIN }))],
      [
        'GetIdentityPolicies',
        marketer().send(new GetIdentityPoliciesCommand({ Identity: OWN_DOMAIN, PolicyNames: ['p'] })),
      ],
      [
        'SetIdentityNotificationTopic',
        marketer().send(
          new SetIdentityNotificationTopicCommand({
            Identity: OWN_DOMAIN,
            NotificationType: 'Bounce',
            SnsTopic: 'arn:aws:sns:us-east-1:999999999999:delegate-bounces',
          }),
        ),
      ],
      [
        'SetIdentityHeadersInNotificationsEnabled',
        marketer().send(
          new SetIdentityHeadersInNotificationsEnabledCommand({
            Identity: OWN_DOMAIN,
            NotificationType: 'Bounce',
            Enabled: false,
          }),
        ),
      ],
      [
        'SetIdentityFeedbackForwardingEnabled',
        marketer().send(
          new SetIdentityFeedbackForwardingEnabledCommand({ Identity: OWN_DOMAIN, ForwardingEnabled: true }),
        ),
      ],
    ];
    for (const [action, call] of cases) expect(await sesError(call)).toEqual(denied(action, OWN_DOMAIN_ARN));
  });

  it('refuses creating identities on the ARN the new identity would have', async () => {
    expect(
      await sesError(marketer().send(new VerifyEmailIdentityCommand({ EmailAddress: 'x@delegate.example' }))),
    ).toEqual(
      denied('VerifyEmailIdentity', 'arn:aws:ses:us-east-1:999999999999:identity/x@delegate.example'),
    );
    expect(
      await sesError(marketer().send(new VerifyDomainIdentityCommand({ Domain: 'new.example' }))),
    ).toEqual(denied('VerifyDomainIdentity', 'arn:aws:ses:us-east-1:999999999999:identity/new.example'));
    const { Identities } = await clientAs('delegate-root').send(new ListIdentitiesCommand({}));
    expect(Identities).toEqual([OWN_DOMAIN]);
  });

  it('refuses account-level actions on resource *', async () => {
    expect(await sesError(marketer().send(new ListIdentitiesCommand({})))).toEqual(
      denied('ListIdentities', '*'),
    );
    expect(
      await sesError(
        marketer().send(new GetIdentityVerificationAttributesCommand({ Identities: [OWN_DOMAIN] })),
      ),
    ).toEqual(denied('GetIdentityVerificationAttributes', '*'));
    expect(
      await sesError(
        marketer().send(new GetIdentityNotificationAttributesCommand({ Identities: [DEMO_DOMAIN_ARN] })),
      ),
    ).toEqual(denied('GetIdentityNotificationAttributes', '*'));
  });

  it('a grant to send from the owner’s identity does not let the delegate’s user set topics on it', async () => {
    expect(
      await sesError(
        marketer().send(
          new SetIdentityNotificationTopicCommand({
            Identity: DEMO_DOMAIN_ARN,
            NotificationType: 'Delivery',
            SnsTopic: 'arn:aws:sns:us-east-1:999999999999:delegate-deliveries',
          }),
        ),
      ),
    ).toEqual(denied('SetIdentityNotificationTopic', DEMO_DOMAIN_ARN));
    // The delegate account's root may: its account was granted sending from the identity.
    await clientAs('delegate-root').send(
      new SetIdentityNotificationTopicCommand({
        Identity: DEMO_DOMAIN_ARN,
        NotificationType: 'Delivery',
        SnsTopic: 'arn:aws:sns:us-east-1:999999999999:delegate-deliveries',
      }),
    );
  });

  it('another account’s identity is refused for management, whatever its policies', async () => {
    expect(
      await sesError(
        clientAs('delegate-root').send(new DeleteIdentityCommand({ Identity: DEMO_DOMAIN_ARN })),
      ),
    ).toEqual({
      code: 'AccessDenied',
      status: 403,
      message: `User: arn:aws:iam::999999999999:root is not authorized to perform: ses:DeleteIdentity on resource: ${DEMO_DOMAIN_ARN} because no resource-based policy allows the ses:DeleteIdentity action`,
    });
    const { Identities } = await clientAs('owner').send(new ListIdentitiesCommand({}));
    expect(Identities).toContain('ses-example.com');
  });

  it('roots are not limited by IAM policies', async () => {
    const root = clientAs('delegate-root');
    await root.send(new PutIdentityPolicyCommand({ Identity: OWN_DOMAIN, PolicyName: 'p', Policy: policy }));
    expect((await root.send(new ListIdentityPoliciesCommand({ Identity: OWN_DOMAIN }))).PolicyNames).toEqual([
      'p',
    ]);
  });
});
