// @vitest-environment node
import {
  GetIdentityPoliciesCommand,
  ListIdentitiesCommand,
  PutIdentityPolicyCommand,
  SendEmailCommand as V1SendEmailCommand,
} from '@aws-sdk/client-ses';
import {
  CreateConfigurationSetCommand,
  CreateConfigurationSetEventDestinationCommand,
  CreateEmailIdentityCommand,
  CreateEmailIdentityPolicyCommand,
  DeleteEmailIdentityPolicyCommand,
  GetConfigurationSetEventDestinationsCommand,
  GetEmailIdentityCommand,
  GetEmailIdentityPoliciesCommand,
  ListEmailIdentitiesCommand,
  PutEmailIdentityConfigurationSetAttributesCommand,
  SendBulkEmailCommand,
  SendEmailCommand,
  UpdateEmailIdentityPolicyCommand,
} from '@aws-sdk/client-sesv2';
import { beforeEach, describe, expect, it } from 'vitest';
import { emulatorStore, openFreshEmulatorStore } from '../instance';
import { DEMO_DOMAIN_ARN } from '../seed';
import { clientAs, clientV2As, sesError } from '../test/clients';

beforeEach(async () => {
  await openFreshEmulatorStore();
});

const state = async () => (await emulatorStore()).exportState();
const owner = () => clientV2As('owner');
const marketer = () => clientV2As('delegate-marketer');
const TO = { ToAddresses: ['success@simulator.amazonses.com'] };
const SIMPLE = { Simple: { Subject: { Data: 'Spring sale' }, Body: { Text: { Data: 'Hello' } } } };
const policy = (extra = '') =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: '999999999999' },
        Action: ['ses:SendEmail', 'ses:SendRawEmail'],
        Resource: DEMO_DOMAIN_ARN,
        ...(extra ? { Condition: { StringEquals: { 'ses:ApiVersion': extra } } } : {}),
      },
    ],
  });

async function verify(name: string) {
  const store = await emulatorStore();
  await store.transaction(async (tx) => {
    const i = await tx.identity(`888888888888|us-east-1|${name}`);
    if (!i) throw new Error(`no ${name}`);
    i.verificationStatus = 'Success';
    await tx.putIdentity(i);
  });
}

describe('SES API v2: one state with v1', () => {
  it('a policy written with v1 is read with v2, and the reverse', async () => {
    await clientAs('owner').send(
      new PutIdentityPolicyCommand({ Identity: 'ses-example.com', PolicyName: 'FromV1', Policy: policy() }),
    );
    const { Policies } = await owner().send(
      new GetEmailIdentityPoliciesCommand({ EmailIdentity: 'ses-example.com' }),
    );
    expect(Object.keys(Policies ?? {})).toContain('FromV1');
    await owner().send(
      new CreateEmailIdentityPolicyCommand({
        EmailIdentity: 'ses-example.com',
        PolicyName: 'FromV2',
        Policy: policy(),
      }),
    );
    const v1 = await clientAs('owner').send(
      new GetIdentityPoliciesCommand({ Identity: 'ses-example.com', PolicyNames: ['FromV2'] }),
    );
    expect(Object.keys(v1.Policies ?? {})).toEqual(['FromV2']);
  });

  it('an identity created with v2 is listed by v1; URL-encoded names are decoded once', async () => {
    const name = 'news+spring@ses-example.com';
    const created = await owner().send(new CreateEmailIdentityCommand({ EmailIdentity: name }));
    expect(created).toMatchObject({ IdentityType: 'EMAIL_ADDRESS', VerifiedForSendingStatus: false });
    const v1 = await clientAs('owner').send(new ListIdentitiesCommand({}));
    expect(v1.Identities).toContain(name);
    const got = await owner().send(new GetEmailIdentityCommand({ EmailIdentity: name }));
    expect(got).toMatchObject({ IdentityType: 'EMAIL_ADDRESS', VerificationStatus: 'PENDING' });
    const listed = await owner().send(new ListEmailIdentitiesCommand({ PageSize: 1 }));
    expect(listed.EmailIdentities).toHaveLength(1);
    expect(listed.NextToken).toBeDefined();
  });
});

describe('SES API v2: error codes', () => {
  it('NotFoundException, AlreadyExistsException, BadRequestException, LimitExceededException', async () => {
    expect(
      await sesError(owner().send(new GetEmailIdentityCommand({ EmailIdentity: 'missing@ses-example.com' }))),
    ).toMatchObject({ code: 'NotFoundException', status: 404 });
    expect(
      await sesError(owner().send(new CreateEmailIdentityCommand({ EmailIdentity: 'ses-example.com' }))),
    ).toMatchObject({ code: 'AlreadyExistsException', status: 400 });
    await owner().send(
      new CreateEmailIdentityPolicyCommand({
        EmailIdentity: 'ses-example.com',
        PolicyName: 'P',
        Policy: policy(),
      }),
    );
    expect(
      await sesError(
        owner().send(
          new CreateEmailIdentityPolicyCommand({
            EmailIdentity: 'ses-example.com',
            PolicyName: 'P',
            Policy: policy(),
          }),
        ),
      ),
    ).toMatchObject({ code: 'AlreadyExistsException', status: 400 });
    expect(
      await sesError(
        owner().send(
          new UpdateEmailIdentityPolicyCommand({
            EmailIdentity: 'ses-example.com',
            PolicyName: 'Nope',
            Policy: policy(),
          }),
        ),
      ),
    ).toMatchObject({ code: 'NotFoundException', status: 404 });
    expect(
      await sesError(
        owner().send(
          new DeleteEmailIdentityPolicyCommand({ EmailIdentity: 'ses-example.com', PolicyName: 'Nope' }),
        ),
      ),
    ).toMatchObject({ code: 'NotFoundException', status: 404 });
    expect(
      await sesError(
        owner().send(
          new CreateEmailIdentityPolicyCommand({
            EmailIdentity: 'ses-example.com',
            PolicyName: 'Bad',
            Policy: '{"Version":',
          }),
        ),
      ),
    ).toMatchObject({ code: 'BadRequestException', status: 400 });
    for (let i = 0; i < 18; i++)
      await owner().send(
        new CreateEmailIdentityPolicyCommand({
          EmailIdentity: 'ses-example.com',
          PolicyName: `P${i}`,
          Policy: policy(),
        }),
      );
    expect(
      await sesError(
        owner().send(
          new CreateEmailIdentityPolicyCommand({
            EmailIdentity: 'ses-example.com',
            PolicyName: 'P21',
            Policy: policy(),
          }),
        ),
      ),
    ).toMatchObject({ code: 'LimitExceededException', status: 400 });
  });

  it('AccessDeniedException for marketer on every management action, in IAM words', async () => {
    const denied = await sesError(
      marketer().send(
        new CreateEmailIdentityPolicyCommand({
          EmailIdentity: 'delegate.example',
          PolicyName: 'P',
          Policy: policy(),
        }),
      ),
    );
    expect(denied).toMatchObject({ code: 'AccessDeniedException', status: 403 });
    expect(denied.message).toBe(
      'User: arn:aws:iam::999999999999:user/marketer is not authorized to perform: ses:CreateEmailIdentityPolicy on resource: arn:aws:ses:us-east-1:999999999999:identity/delegate.example because no identity-based policy allows the ses:CreateEmailIdentityPolicy action',
    );
    expect((await sesError(marketer().send(new ListEmailIdentitiesCommand({})))).code).toBe(
      'AccessDeniedException',
    );
    expect(
      (await sesError(marketer().send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'x' }))))
        .message,
    ).toContain(
      'ses:CreateConfigurationSet on resource: arn:aws:ses:us-east-1:999999999999:configuration-set/x',
    );
  });

  it('v2 SigV4 refusals: InvalidSignatureException and UnrecognizedClientException', async () => {
    expect(
      await sesError(
        clientV2As('owner', 'us-east-1', 'wrong-secret').send(new ListEmailIdentitiesCommand({})),
      ),
    ).toMatchObject({ code: 'InvalidSignatureException', status: 403 });
    const response = await fetch('http://localhost/__ses/us-east-1/v2/email/identities');
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
    expect(await response.json()).toEqual({ message: 'Request is missing Authentication Token' });
  });

  it('MessageRejected for an unverified From; SendingPausedException for a paused set', async () => {
    expect(
      await sesError(
        owner().send(
          new SendEmailCommand({
            FromEmailAddress: 'a@unverified.example',
            Destination: TO,
            Content: SIMPLE,
          }),
        ),
      ),
    ).toMatchObject({ code: 'MessageRejected', status: 400 });
    await owner().send(
      new CreateConfigurationSetCommand({
        ConfigurationSetName: 'paused',
        SendingOptions: { SendingEnabled: false },
      }),
    );
    expect(
      await sesError(
        owner().send(
          new SendEmailCommand({
            FromEmailAddress: 'a@ses-example.com',
            Destination: TO,
            Content: SIMPLE,
            ConfigurationSetName: 'paused',
          }),
        ),
      ),
    ).toMatchObject({ code: 'SendingPausedException' });
  });
});

describe('SES API v2: sends', () => {
  it('the announcement: the delegate sends from the owner identity with FromEmailAddressIdentityArn (Simple, Template, Raw, Bulk)', async () => {
    const from = {
      FromEmailAddress: 'marketing+spring@ses-example.com',
      FromEmailAddressIdentityArn: DEMO_DOMAIN_ARN,
    };
    const simple = await marketer().send(new SendEmailCommand({ ...from, Destination: TO, Content: SIMPLE }));
    expect(simple.MessageId).toBeDefined();
    const template = await marketer().send(
      new SendEmailCommand({
        ...from,
        Destination: TO,
        Content: { Template: { TemplateName: 'Spring', TemplateData: '{}' } },
      }),
    );
    expect(template.MessageId).toBeDefined();
    const raw = `From: marketing+spring@ses-example.com\r\nTo: success@simulator.amazonses.com\r\nSubject: Raw\r\n\r\nHello\r\n`;
    const sentRaw = await marketer().send(
      new SendEmailCommand({
        FromEmailAddressIdentityArn: DEMO_DOMAIN_ARN,
        Content: { Raw: { Data: new TextEncoder().encode(raw) } },
      }),
    );
    expect(sentRaw.MessageId).toBeDefined();
    const bulkPolicy = policy().replace(
      '"ses:SendRawEmail"',
      '"ses:SendRawEmail","ses:SendBulkEmail","ses:SendBulkTemplatedEmail"',
    );
    await owner().send(
      new CreateEmailIdentityPolicyCommand({
        EmailIdentity: 'ses-example.com',
        PolicyName: 'Bulk',
        Policy: bulkPolicy,
      }),
    );
    const bulk = await clientV2As('delegate-root').send(
      new SendBulkEmailCommand({
        ...from,
        DefaultContent: { Template: { TemplateName: 'Spring' } },
        BulkEmailEntries: [
          { Destination: TO },
          { Destination: { ToAddresses: ['bounce@simulator.amazonses.com'] } },
        ],
      }),
    );
    expect(bulk.BulkEmailEntryResults?.map((r) => r.Status)).toEqual(['SUCCESS', 'SUCCESS']);
    const { activity } = await state();
    expect(activity.filter((a) => a.apiVersion === '2').map((a) => [a.action, a.decision])).toEqual([
      ['SendEmail', 'Allow'],
      ['SendEmail', 'Allow'],
      ['SendEmail', 'Allow'],
      ['SendBulkEmail', 'Allow'],
      ['SendBulkEmail', 'Allow'],
    ]);
  });

  it('a policy with ses:ApiVersion "2" allows v2 sends and refuses v1 sends', async () => {
    await owner().send(
      new UpdateEmailIdentityPolicyCommand({
        EmailIdentity: 'ses-example.com',
        PolicyName: 'SampleAuthorizationPolicy',
        Policy: policy('2'),
      }),
    );
    const v2 = await marketer().send(
      new SendEmailCommand({
        FromEmailAddress: 'marketing+x@ses-example.com',
        FromEmailAddressIdentityArn: DEMO_DOMAIN_ARN,
        Destination: TO,
        Content: SIMPLE,
      }),
    );
    expect(v2.MessageId).toBeDefined();
    const v1 = await sesError(
      clientAs('delegate-marketer').send(
        new V1SendEmailCommand({
          Source: 'marketing+x@ses-example.com',
          SourceArn: DEMO_DOMAIN_ARN,
          Destination: TO,
          Message: { Subject: { Data: 'x' }, Body: { Text: { Data: 'x' } } },
        }),
      ),
    );
    expect(v1.code).toBe('AccessDenied');
  });

  it('configuration sets: the owner default set and the delegate’s own set each receive events', async () => {
    await owner().send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'owner-set' }));
    await owner().send(
      new CreateConfigurationSetEventDestinationCommand({
        ConfigurationSetName: 'owner-set',
        EventDestinationName: 'to-sns',
        EventDestination: {
          Enabled: true,
          MatchingEventTypes: ['SEND', 'BOUNCE', 'DELIVERY'],
          SnsDestination: { TopicArn: 'arn:aws:sns:us-east-1:888888888888:ses-bounces' },
        },
      }),
    );
    const dests = await owner().send(
      new GetConfigurationSetEventDestinationsCommand({ ConfigurationSetName: 'owner-set' }),
    );
    expect(dests.EventDestinations?.[0]).toMatchObject({ Name: 'to-sns', Enabled: true });
    await owner().send(
      new PutEmailIdentityConfigurationSetAttributesCommand({
        EmailIdentity: 'ses-example.com',
        ConfigurationSetName: 'owner-set',
      }),
    );
    const root = clientV2As('delegate-root');
    await root.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'mine' }));
    await root.send(
      new CreateConfigurationSetEventDestinationCommand({
        ConfigurationSetName: 'mine',
        EventDestinationName: 'd',
        EventDestination: {
          Enabled: true,
          MatchingEventTypes: ['BOUNCE'],
          SnsDestination: { TopicArn: 'arn:aws:sns:us-east-1:999999999999:delegate-bounces' },
        },
      }),
    );
    await root.send(
      new SendEmailCommand({
        FromEmailAddress: 'marketing+x@ses-example.com',
        FromEmailAddressIdentityArn: DEMO_DOMAIN_ARN,
        Destination: { ToAddresses: ['bounce@simulator.amazonses.com'] },
        Content: SIMPLE,
        ConfigurationSetName: 'mine',
      }),
    );
    const { events, activity } = await state();
    expect(events?.map((e) => [e.account, e.eventType, e.topicArn])).toEqual([
      ['999999999999', 'BOUNCE', 'arn:aws:sns:us-east-1:999999999999:delegate-bounces'],
      ['888888888888', 'SEND', 'arn:aws:sns:us-east-1:888888888888:ses-bounces'],
      ['888888888888', 'BOUNCE', 'arn:aws:sns:us-east-1:888888888888:ses-bounces'],
    ]);
    expect(events?.[0]?.event).toMatchObject({
      eventType: 'Bounce',
      mail: { tags: { 'ses:configuration-set': ['mine'] } },
    });
    expect(activity.at(-1)).toMatchObject({ apiVersion: '2', configurationSetName: 'mine' });
    // A delegate's ConfigurationSetName names a set of its own account: the owner's is not found.
    expect(
      await sesError(
        root.send(
          new SendEmailCommand({
            FromEmailAddress: 'marketing+x@ses-example.com',
            FromEmailAddressIdentityArn: DEMO_DOMAIN_ARN,
            Destination: TO,
            Content: SIMPLE,
            ConfigurationSetName: 'owner-set',
          }),
        ),
      ),
    ).toMatchObject({ code: 'NotFoundException', status: 404 });
  });

  it('an owner’s email identity with + and @ works through every path', async () => {
    await owner().send(new CreateEmailIdentityCommand({ EmailIdentity: 'a+b@ses-example.com' }));
    await verify('a+b@ses-example.com');
    await owner().send(
      new CreateEmailIdentityPolicyCommand({
        EmailIdentity: 'a+b@ses-example.com',
        PolicyName: 'P',
        Policy: policy().replace(
          DEMO_DOMAIN_ARN,
          'arn:aws:ses:us-east-1:888888888888:identity/a+b@ses-example.com',
        ),
      }),
    );
    const got = await owner().send(new GetEmailIdentityCommand({ EmailIdentity: 'a+b@ses-example.com' }));
    expect(Object.keys(got.Policies ?? {})).toEqual(['P']);
  });
});
