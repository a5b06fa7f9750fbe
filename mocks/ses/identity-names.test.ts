// @vitest-environment node
/**
 * Identities as SES keeps them: "Domain names are case-insensitive. Email addresses are case
 * sensitive." Names are 7-bit ASCII, and names the console could not address afterwards are
 * refused at creation.
 */
import {
  DeleteIdentityCommand,
  GetIdentityPoliciesCommand,
  ListIdentitiesCommand,
  ListIdentityPoliciesCommand,
  PutIdentityPolicyCommand,
  SendEmailCommand,
  VerifyDomainIdentityCommand,
  VerifyEmailIdentityCommand,
} from '@aws-sdk/client-ses';
import { beforeEach, describe, expect, it } from 'vitest';
import { emulatorStore, openFreshEmulatorStore } from './instance';
import { clientAs, sesError } from './test/clients';

const OWNER_ARN = (name: string) => `arn:aws:ses:us-east-1:888888888888:identity/${name}`;
const policyFor = (name: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: '999999999999' },
        Action: 'ses:SendEmail',
        Resource: OWNER_ARN(name),
      },
    ],
  });

async function verify(name: string) {
  const store = await emulatorStore();
  await store.transaction(async (tx) => {
    const all = await tx.allIdentities();
    const identity = all.find((i) => i.name === name);
    if (!identity) throw new Error(`no identity ${name}`);
    identity.verificationStatus = 'Success';
    await tx.putIdentity(identity);
  });
}

beforeEach(async () => {
  await openFreshEmulatorStore();
});

describe('identity names', () => {
  const owner = () => clientAs('owner');

  it('keeps email addresses that differ in case apart: deleting News@ leaves news@ and its policies', async () => {
    await owner().send(new VerifyEmailIdentityCommand({ EmailAddress: 'news@ses-example.com' }));
    await verify('news@ses-example.com');
    await owner().send(
      new PutIdentityPolicyCommand({
        Identity: 'news@ses-example.com',
        PolicyName: 'Kept',
        Policy: policyFor('news@ses-example.com'),
      }),
    );
    await owner().send(new VerifyEmailIdentityCommand({ EmailAddress: 'News@ses-example.com' }));
    const { Identities } = await owner().send(new ListIdentitiesCommand({ IdentityType: 'EmailAddress' }));
    expect([...(Identities ?? [])].sort()).toEqual(['News@ses-example.com', 'news@ses-example.com']);

    await owner().send(new DeleteIdentityCommand({ Identity: 'News@ses-example.com' }));
    const after = await owner().send(new ListIdentitiesCommand({ IdentityType: 'EmailAddress' }));
    expect(after.Identities).toEqual(['news@ses-example.com']);
    expect(
      (await owner().send(new ListIdentityPoliciesCommand({ Identity: 'news@ses-example.com' }))).PolicyNames,
    ).toEqual(['Kept']);
  });

  it('never folds Unicode case: the Kelvin sign is refused, not read as K', async () => {
    await owner().send(new VerifyEmailIdentityCommand({ EmailAddress: 'kelvin@ses-example.com' }));
    for (const call of [
      owner().send(new VerifyEmailIdentityCommand({ EmailAddress: '\u212Aelvin@ses-example.com' })),
      owner().send(new DeleteIdentityCommand({ Identity: '\u212Aelvin@ses-example.com' })),
    ]) {
      expect(await sesError(call)).toMatchObject({
        code: 'InvalidParameterValue',
        status: 400,
        message: expect.stringMatching(/outside 7-bit ASCII/),
      });
    }
    const { Identities } = await owner().send(new ListIdentitiesCommand({ IdentityType: 'EmailAddress' }));
    expect(Identities).toEqual(['kelvin@ses-example.com']);
  });

  it('treats domains case-insensitively: one identity, one token', async () => {
    const first = await owner().send(new VerifyDomainIdentityCommand({ Domain: 'Mail.Example.org' }));
    const again = await owner().send(new VerifyDomainIdentityCommand({ Domain: 'mail.example.ORG' }));
    expect(again.VerificationToken).toBe(first.VerificationToken);
    const { Identities } = await owner().send(new ListIdentitiesCommand({ IdentityType: 'Domain' }));
    expect(Identities).toEqual(['mail.example.org', 'ses-example.com']);
    await owner().send(new DeleteIdentityCommand({ Identity: 'MAIL.example.org' }));
    expect((await owner().send(new ListIdentitiesCommand({ IdentityType: 'Domain' }))).Identities).toEqual([
      'ses-example.com',
    ]);
  });

  it('refuses names the console could not manage afterwards, and non-ASCII names', async () => {
    const refused: [string, RegExp][] = [
      ['arn:x@ses-example.com', /starts with "arn:"/],
      ['a%2Fb@ses-example.com', /encoded slash/],
      ['a\u202Eb@ses-example.com', /control or format character U\+202E/],
      ['a\u0007b@ses-example.com', /control or format character U\+0007/],
      ['jörg@ses-example.com', /outside 7-bit ASCII/],
      ['news@bücher.example', /outside 7-bit ASCII/],
    ];
    for (const [name, message] of refused) {
      expect(
        await sesError(owner().send(new VerifyEmailIdentityCommand({ EmailAddress: name }))),
      ).toMatchObject({
        code: 'InvalidParameterValue',
        message,
      });
    }
    expect(
      await sesError(owner().send(new VerifyDomainIdentityCommand({ Domain: 'bücher.example' }))),
    ).toMatchObject({ code: 'InvalidParameterValue', message: /outside 7-bit ASCII/ });
    await owner().send(new VerifyDomainIdentityCommand({ Domain: 'xn--bcher-kva.example' }));
    const { Identities } = await owner().send(new ListIdentitiesCommand({}));
    expect(Identities).toEqual(['ses-example.com', 'xn--bcher-kva.example']);
  });

  it('refuses policy operations on an identity that is not verified, in SES’s words', async () => {
    await owner().send(new VerifyEmailIdentityCommand({ EmailAddress: 'pending@ses-example.com' }));
    const message =
      'Identity pending@ses-example.com is invalid. Must be a verified email address or domain.';
    const calls = [
      owner().send(
        new PutIdentityPolicyCommand({
          Identity: 'pending@ses-example.com',
          PolicyName: 'p',
          Policy: policyFor('pending@ses-example.com'),
        }),
      ),
      owner().send(new ListIdentityPoliciesCommand({ Identity: 'pending@ses-example.com' })),
      owner().send(
        new GetIdentityPoliciesCommand({ Identity: 'pending@ses-example.com', PolicyNames: ['p'] }),
      ),
    ];
    for (const call of calls)
      expect(await sesError(call)).toEqual({ code: 'InvalidParameterValue', status: 400, message });
    expect(
      await sesError(owner().send(new ListIdentityPoliciesCommand({ Identity: 'absent@ses-example.com' }))),
    ).toEqual({
      code: 'InvalidParameterValue',
      status: 400,
      message: 'Identity absent@ses-example.com is invalid. Must be a verified email address or domain.',
    });
  });

  it('refuses sends whose Source or recipients are not ASCII; encoded display names are fine', async () => {
    const send = (source: string, to: string) =>
      clientAs('owner').send(
        new SendEmailCommand({
          Source: source,
          Destination: { ToAddresses: [to] },
          Message: { Subject: { Data: 's' }, Body: { Text: { Data: 'b' } } },
        }),
      );
    expect(
      await sesError(send('"Jörg" <news@ses-example.com>', 'success@simulator.amazonses.com')),
    ).toMatchObject({ code: 'InvalidParameterValue', message: /Source .* outside 7-bit ASCII/ });
    expect(await sesError(send('news@ses-example.com', 'jörg@simulator.amazonses.com'))).toMatchObject({
      code: 'InvalidParameterValue',
      message: /To recipient .* outside 7-bit ASCII/,
    });
    const { MessageId } = await send(
      '=?utf-8?B?SsO2cmc=?= <news@ses-example.com>',
      'success@simulator.amazonses.com',
    );
    expect(MessageId).toMatch(/^0100/);
  });
});
