// @vitest-environment node
import {
  GetIdentityNotificationAttributesCommand,
  SendTemplatedEmailCommand,
  SendEmailCommand,
  SendRawEmailCommand,
  SetIdentityFeedbackForwardingEnabledCommand,
  SetIdentityHeadersInNotificationsEnabledCommand,
  SetIdentityNotificationTopicCommand,
  VerifyDomainIdentityCommand,
} from '@aws-sdk/client-ses';
import { beforeEach, describe, expect, it } from 'vitest';
import { emulatorStore, openFreshEmulatorStore } from './instance';
import { DELEGATE_TOPICS, DEMO_DOMAIN_ARN, OWNER_TOPICS } from './seed';
import { clientAs, sesError } from './test/clients';

beforeEach(async () => {
  await openFreshEmulatorStore();
});

const sendAs = (from: string, to = 'success@simulator.amazonses.com', extra: object = {}) =>
  clientAs('delegate-marketer').send(
    new SendEmailCommand({
      Source: from,
      SourceArn: DEMO_DOMAIN_ARN,
      Destination: { ToAddresses: [to] },
      Message: { Subject: { Data: 'Spring sale' }, Body: { Text: { Data: 'Hello' } } },
      ...extra,
    }),
  );

async function state() {
  return (await emulatorStore()).exportState();
}

describe('emulator: the announcement scenario', () => {
  it('the delegate may send from marketing+spring@ses-example.com', async () => {
    const { MessageId } = await sendAs('marketing+spring@ses-example.com');
    expect(MessageId).toMatch(/^0100[0-9a-f]{12}-[0-9a-f-]{36}-000000$/);
    const { activity } = await state();
    expect(activity).toEqual([
      expect.objectContaining({
        action: 'SendEmail',
        caller: 'arn:aws:iam::999999999999:user/marketer',
        decision: 'Allow',
        messageId: MessageId,
      }),
    ]);
  });

  it("is refused from ceo@ses-example.com with SES's AccessDenied, and the attempt is logged with its trace", async () => {
    expect(await sesError(sendAs('ceo@ses-example.com'))).toEqual({
      code: 'AccessDenied',
      status: 403,
      message: `User \`arn:aws:iam::999999999999:user/marketer' is not authorized to perform \`ses:SendEmail' on resource \`${DEMO_DOMAIN_ARN}'`,
    });
    const [entry] = (await state()).activity;
    expect(entry).toMatchObject({
      decision: 'ImplicitDeny',
      errorCode: 'AccessDenied',
      identityArns: [DEMO_DOMAIN_ARN],
    });
    const trace = entry?.trace as {
      evaluation: { policies: { statements: { conditions: { reason: string }[] }[] }[] };
    }[];
    expect(trace[0]?.evaluation.policies[0]?.statements[0]?.conditions[0]?.reason).toBe(
      'false: "ceo@ses-example.com" does not match "marketing+*@ses-example.com".',
    );
  });

  it('the account with no grant is refused', async () => {
    const outsider = clientAs('outsider');
    const call = outsider.send(
      new SendEmailCommand({
        Source: 'marketing+x@ses-example.com',
        SourceArn: DEMO_DOMAIN_ARN,
        Destination: { ToAddresses: ['a@example.com'] },
        Message: { Subject: { Data: 's' }, Body: { Text: { Data: 'b' } } },
      }),
    );
    expect((await sesError(call)).code).toBe('AccessDenied');
  });

  it('publishes to the owner’s and the delegate’s topics independently', async () => {
    // The delegate account's root sets its topics (its IAM user marketer may only send).
    const delegate = clientAs('delegate-root');
    await delegate.send(
      new SetIdentityNotificationTopicCommand({
        Identity: DEMO_DOMAIN_ARN,
        NotificationType: 'Delivery',
        SnsTopic: DELEGATE_TOPICS.Delivery,
      }),
    );
    await delegate.send(
      new SetIdentityNotificationTopicCommand({
        Identity: DEMO_DOMAIN_ARN,
        NotificationType: 'Bounce',
        SnsTopic: DELEGATE_TOPICS.Bounce,
      }),
    );
    await sendAs('marketing+spring@ses-example.com', 'success@simulator.amazonses.com');
    await sendAs('marketing+spring@ses-example.com', 'bounce@simulator.amazonses.com');
    const { deliveries, forwarded } = await state();
    expect(deliveries.map((d) => [d.notificationType, d.audience, d.topicArn])).toEqual([
      ['Delivery', 'owner', OWNER_TOPICS.Delivery],
      ['Delivery', 'delegate', DELEGATE_TOPICS.Delivery],
      ['Bounce', 'owner', OWNER_TOPICS.Bounce],
      ['Bounce', 'delegate', DELEGATE_TOPICS.Bounce],
    ]);
    const note = deliveries[0]?.notification as {
      notificationType: string;
      mail: { sourceArn: string; sendingAccountId: string; source: string };
    };
    expect(note).toMatchObject({
      notificationType: 'Delivery',
      mail: {
        sourceArn: DEMO_DOMAIN_ARN,
        sendingAccountId: '999999999999',
        source: 'marketing+spring@ses-example.com',
      },
    });
    // Forwarding is on for ses-example.com: the bounce is also forwarded by email to the source.
    expect(forwarded).toEqual([
      expect.objectContaining({ to: 'marketing+spring@ses-example.com', notificationType: 'Bounce' }),
    ]);
  });

  it('honours the X-SES headers of a raw message, parameters winning', async () => {
    const raw = [
      'From: "Spring" <marketing+spring@ses-example.com>',
      'To: success@simulator.amazonses.com',
      `X-SES-SOURCE-ARN: ${DEMO_DOMAIN_ARN}`,
      'Subject: Raw',
      '',
      'Hello',
    ].join('\r\n');
    const { MessageId } = await clientAs('delegate-marketer').send(
      new SendRawEmailCommand({ RawMessage: { Data: new TextEncoder().encode(raw) } }),
    );
    expect(MessageId).toBeTruthy();
    const wrongParam = clientAs('delegate-marketer').send(
      new SendRawEmailCommand({
        RawMessage: { Data: new TextEncoder().encode(raw) },
        SourceArn: 'arn:aws:ses:us-east-1:888888888888:identity/other.example',
      }),
    );
    expect(await sesError(wrongParam)).toMatchObject({
      code: 'InvalidParameterValue',
      message: expect.stringMatching(/does not belong to the identity other.example/),
    });
    const unparsable = clientAs('delegate-marketer').send(
      new SendRawEmailCommand({ RawMessage: { Data: new TextEncoder().encode('no headers here') } }),
    );
    expect(await sesError(unparsable)).toMatchObject({
      code: 'InvalidParameterValue',
      message: expect.stringMatching(/no headers/),
    });
  });
});

describe('emulator: sending rules', () => {
  it('authorizes SendTemplatedEmail as its own action', async () => {
    const templated = (from: string) =>
      clientAs('delegate-marketer').send(
        new SendTemplatedEmailCommand({
          Source: from,
          SourceArn: DEMO_DOMAIN_ARN,
          Destination: { ToAddresses: ['success@simulator.amazonses.com'] },
          Template: 'Welcome',
          TemplateData: '{}',
        }),
      );
    // The announcement's policy grants SendEmail and SendRawEmail only, and the marketer's IAM
    // policy the same: a templated send is refused, naming its action.
    expect(await sesError(templated('marketing+x@ses-example.com'))).toMatchObject({
      code: 'AccessDenied',
      message: expect.stringContaining("`ses:SendTemplatedEmail'"),
    });
    const owner = clientAs('owner');
    const { MessageId } = await owner.send(
      new SendTemplatedEmailCommand({
        Source: 'news@ses-example.com',
        Destination: { ToAddresses: ['success@simulator.amazonses.com'] },
        Template: 'Welcome',
        TemplateData: '{}',
      }),
    );
    expect(MessageId).toBeTruthy();
  });

  it('refuses another Region and unverified identities', async () => {
    const euw = clientAs('delegate-marketer', 'eu-west-1');
    const call = euw.send(
      new SendEmailCommand({
        Source: 'marketing+x@ses-example.com',
        SourceArn: DEMO_DOMAIN_ARN,
        Destination: { ToAddresses: ['a@example.com'] },
        Message: { Subject: { Data: 's' }, Body: { Text: { Data: 'b' } } },
      }),
    );
    expect(await sesError(call)).toMatchObject({
      code: 'InvalidParameterValue',
      message: expect.stringMatching(/is in us-east-1, but this request was sent to eu-west-1/),
    });
    const owner = clientAs('owner');
    await owner.send(new VerifyDomainIdentityCommand({ Domain: 'pending.example' }));
    const unverified = owner.send(
      new SendEmailCommand({
        Source: 'a@pending.example',
        Destination: { ToAddresses: ['b@example.com'] },
        Message: { Subject: { Data: 's' }, Body: { Text: { Data: 'b' } } },
      }),
    );
    expect(await sesError(unverified)).toEqual({
      code: 'MessageRejected',
      status: 400,
      message:
        'Email address is not verified. The following identities failed the check in region US-EAST-1: a@pending.example',
    });
  });
});

describe('emulator: notification settings', () => {
  it('validates types, topics, headers and forwarding with SES codes and clear messages', async () => {
    const owner = clientAs('owner');
    expect(
      await sesError(
        owner.send(
          new SetIdentityNotificationTopicCommand({
            Identity: 'ses-example.com',
            NotificationType: 'Open' as 'Bounce',
            SnsTopic: OWNER_TOPICS.Bounce,
          }),
        ),
      ),
    ).toMatchObject({
      code: 'ValidationError',
      message:
        "1 validation error detected: Value 'Open' at 'notificationType' failed to satisfy constraint: Member must satisfy enum value set: [Bounce, Complaint, Delivery]",
    });
    expect(
      await sesError(
        owner.send(
          new SetIdentityNotificationTopicCommand({
            Identity: 'ses-example.com',
            NotificationType: 'Bounce',
            SnsTopic: 'my-topic',
          }),
        ),
      ),
    ).toMatchObject({
      code: 'InvalidParameterValue',
      message: expect.stringMatching(/SnsTopic must be an SNS topic ARN/),
    });
    await owner.send(
      new SetIdentityFeedbackForwardingEnabledCommand({
        Identity: 'ses-example.com',
        ForwardingEnabled: false,
      }),
    );
    expect(
      await sesError(
        owner.send(
          new SetIdentityNotificationTopicCommand({
            Identity: 'ses-example.com',
            NotificationType: 'Bounce',
          }),
        ),
      ),
    ).toMatchObject({ message: expect.stringMatching(/Feedback forwarding is disabled/) });
    await owner.send(
      new SetIdentityFeedbackForwardingEnabledCommand({
        Identity: 'ses-example.com',
        ForwardingEnabled: true,
      }),
    );
    await owner.send(
      new SetIdentityNotificationTopicCommand({ Identity: 'ses-example.com', NotificationType: 'Bounce' }),
    );
    expect(
      await sesError(
        owner.send(
          new SetIdentityFeedbackForwardingEnabledCommand({
            Identity: 'ses-example.com',
            ForwardingEnabled: false,
          }),
        ),
      ),
    ).toMatchObject({
      message: expect.stringMatching(/only while ses-example.com has both a Bounce and a Complaint topic/),
    });
    expect(
      await sesError(
        owner.send(
          new SetIdentityHeadersInNotificationsEnabledCommand({
            Identity: 'ses-example.com',
            NotificationType: 'Bounce',
            Enabled: true,
          }),
        ),
      ),
    ).toMatchObject({
      message:
        'Set a Bounce topic for ses-example.com before including original headers in Bounce notifications.',
    });
    await owner.send(
      new SetIdentityHeadersInNotificationsEnabledCommand({
        Identity: 'ses-example.com',
        NotificationType: 'Delivery',
        Enabled: true,
      }),
    );
    const attrs = await owner.send(
      new GetIdentityNotificationAttributesCommand({ Identities: ['ses-example.com'] }),
    );
    expect(attrs.NotificationAttributes?.['ses-example.com']).toEqual({
      ComplaintTopic: OWNER_TOPICS.Complaint,
      DeliveryTopic: OWNER_TOPICS.Delivery,
      ForwardingEnabled: true,
      HeadersInBounceNotificationsEnabled: false,
      HeadersInComplaintNotificationsEnabled: false,
      HeadersInDeliveryNotificationsEnabled: true,
    });
  });

  it('keeps a delegate’s settings apart, and never lets it change forwarding', async () => {
    const delegate = clientAs('delegate-root');
    await delegate.send(
      new SetIdentityNotificationTopicCommand({
        Identity: DEMO_DOMAIN_ARN,
        NotificationType: 'Delivery',
        SnsTopic: DELEGATE_TOPICS.Delivery,
      }),
    );
    const mine = await delegate.send(
      new GetIdentityNotificationAttributesCommand({ Identities: [DEMO_DOMAIN_ARN] }),
    );
    expect(mine.NotificationAttributes?.[DEMO_DOMAIN_ARN]?.DeliveryTopic).toBe(DELEGATE_TOPICS.Delivery);
    const owners = await clientAs('owner').send(
      new GetIdentityNotificationAttributesCommand({ Identities: ['ses-example.com'] }),
    );
    expect(owners.NotificationAttributes?.['ses-example.com']?.DeliveryTopic).toBe(OWNER_TOPICS.Delivery);
    expect(
      (
        await sesError(
          delegate.send(
            new SetIdentityFeedbackForwardingEnabledCommand({
              Identity: DEMO_DOMAIN_ARN,
              ForwardingEnabled: true,
            }),
          ),
        )
      ).code,
    ).toBe('AccessDenied');
    const outsider = clientAs('outsider');
    expect(
      (
        await sesError(
          outsider.send(
            new SetIdentityNotificationTopicCommand({
              Identity: DEMO_DOMAIN_ARN,
              NotificationType: 'Delivery',
              SnsTopic: 'arn:aws:sns:us-east-1:111122223333:t',
            }),
          ),
        )
      ).code,
    ).toBe('AccessDenied');
  });
});
