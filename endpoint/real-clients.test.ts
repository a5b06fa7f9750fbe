/**
 * The local endpoint driven by clients nobody here wrote: the AWS CLI v2 and boto3/botocore
 * (Debian's awscli and python3-boto3; `npm test` installs them when missing) and Python's
 * smtplib, against `npm run endpoint` started as a child process.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { principalById, type DemoPrincipalId } from '../mocks/ses/directory';
import { DEMO_DOMAIN_ARN } from '../mocks/ses/seed';
import { spawnEndpoint, type SpawnedEndpoint } from './test/spawn';

const run = promisify(execFile);
export const AWS_CLI = process.env.AWS_CLI_PATH ?? '/usr/bin/aws';
export const PYTHON = process.env.BOTO3_PYTHON ?? '/usr/bin/python3';

let endpoint: SpawnedEndpoint;
const dir = mkdtempSync(join(tmpdir(), 'ses-cli-'));

beforeAll(async () => {
  for (const [path, install] of [
    [AWS_CLI, 'awscli (the AWS CLI v2), or set AWS_CLI_PATH'],
    [PYTHON, 'python3-boto3, or set BOTO3_PYTHON to a Python that has boto3'],
  ] as const) {
    if (!existsSync(path))
      throw new Error(
        `${path} is missing: install the Debian package ${install}. npm test installs it when run as root.`,
      );
  }
  endpoint = await spawnEndpoint(['--memory', '--port', '0', '--smtp-port', '0']);
});
afterAll(async () => {
  await endpoint.stop();
  rmSync(dir, { recursive: true, force: true });
});

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function aws(as: DemoPrincipalId, ...args: string[]): Promise<CliResult> {
  return awsAt(endpoint.url, principalById(as), ...args);
}

async function awsAt(
  url: string,
  { accessKeyId, secretAccessKey }: { accessKeyId: string; secretAccessKey: string },
  ...args: string[]
): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(AWS_CLI, ['--endpoint-url', url, '--output', 'json', ...args], {
      env: {
        PATH: process.env.PATH,
        HOME: dir,
        AWS_ACCESS_KEY_ID: accessKeyId,
        AWS_SECRET_ACCESS_KEY: secretAccessKey,
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_CONFIG_FILE: join(dir, 'none'),
        AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
        AWS_PAGER: '',
      },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const announcementPolicy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'AuthorizeMarketer',
      Effect: 'Allow',
      Resource: DEMO_DOMAIN_ARN,
      Principal: { AWS: ['999999999999'] },
      Action: ['ses:SendEmail', 'ses:SendRawEmail'],
      Condition: { StringLike: { 'ses:FromAddress': 'marketing+*@ses-example.com' } },
    },
  ],
});

const sendEmail = (from: string) =>
  aws(
    'delegate-root',
    'ses',
    'send-email',
    '--from',
    from,
    '--source-arn',
    DEMO_DOMAIN_ARN,
    '--destination',
    'ToAddresses=success@simulator.amazonses.com',
    '--message',
    'Subject={Data=Hello},Body={Text={Data=From the delegate}}',
  );

describe('the AWS CLI v2', () => {
  it('is the Debian package, version 2', async () => {
    const { stdout } = await run(AWS_CLI, ['--version']);
    expect(stdout).toMatch(/^aws-cli\/2\./);
  });

  it('runs the announcement: the owner puts the policy, the delegate sends, and is refused from ceo@', async () => {
    // Without a policy the delegate is refused...
    expect(
      (
        await aws(
          'owner',
          'ses',
          'delete-identity-policy',
          '--identity',
          'ses-example.com',
          '--policy-name',
          'SampleAuthorizationPolicy',
        )
      ).code,
    ).toBe(0);
    const before = await sendEmail('marketing+news@ses-example.com');
    expect(before.code).toBe(254);
    expect(before.stderr).toContain('An error occurred (AccessDenied) when calling the SendEmail operation');

    // ...the owner puts the announcement's policy with the CLI...
    const policyFile = join(dir, 'policy.json');
    writeFileSync(policyFile, announcementPolicy);
    const put = await aws(
      'owner',
      'ses',
      'put-identity-policy',
      '--identity',
      'ses-example.com',
      '--policy-name',
      'MarketingDelegation',
      '--policy',
      `file://${policyFile}`,
    );
    expect(put).toMatchObject({ code: 0, stderr: '' });
    const listed = JSON.parse(
      (await aws('owner', 'ses', 'list-identity-policies', '--identity', 'ses-example.com')).stdout,
    ) as {
      PolicyNames: string[];
    };
    expect(listed.PolicyNames).toEqual(['MarketingDelegation']);

    // ...and the delegate's send is delivered, from marketing+ only.
    const allowed = await sendEmail('marketing+news@ses-example.com');
    expect(allowed.code).toBe(0);
    expect((JSON.parse(allowed.stdout) as { MessageId: string }).MessageId).toMatch(
      /^0100[0-9a-f]{12}-[0-9a-f-]{36}-000000$/,
    );
    const refused = await sendEmail('ceo@ses-example.com');
    expect(refused.code).toBe(254);
    expect(refused.stderr.trim()).toBe(
      "An error occurred (AccessDenied) when calling the SendEmail operation: User `arn:aws:iam::999999999999:root' is not authorized to perform `ses:SendEmail' on resource `arn:aws:ses:us-east-1:888888888888:identity/ses-example.com'",
    );
  });

  it('speaks SES API v2: aws sesv2 create-email-identity-policy, get-email-identity and send-email (the announcement with FromEmailAddressIdentityArn)', async () => {
    const policyFile = join(dir, 'policy-v2.json');
    writeFileSync(policyFile, announcementPolicy);
    const created = await aws(
      'owner',
      'sesv2',
      'create-email-identity-policy',
      '--email-identity',
      'ses-example.com',
      '--policy-name',
      'CliV2',
      '--policy',
      `file://${policyFile}`,
    );
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const got = await aws('owner', 'sesv2', 'get-email-identity', '--email-identity', 'ses-example.com');
    expect(got.code).toBe(0);
    const identity = JSON.parse(got.stdout) as { IdentityType: string; Policies: Record<string, string> };
    expect(identity.IdentityType).toBe('DOMAIN');
    expect(Object.keys(identity.Policies)).toContain('CliV2');
    const again = await aws(
      'owner',
      'sesv2',
      'create-email-identity-policy',
      '--email-identity',
      'ses-example.com',
      '--policy-name',
      'CliV2',
      '--policy',
      `file://${policyFile}`,
    );
    expect(again.stderr).toContain(
      'An error occurred (AlreadyExistsException) when calling the CreateEmailIdentityPolicy operation',
    );
    const sendV2 = (from: string) =>
      aws(
        'delegate-root',
        'sesv2',
        'send-email',
        '--from-email-address',
        from,
        '--from-email-address-identity-arn',
        DEMO_DOMAIN_ARN,
        '--destination',
        'ToAddresses=success@simulator.amazonses.com',
        '--content',
        'Simple={Subject={Data=Hello},Body={Text={Data=From the delegate}}}',
      );
    const sent = await sendV2('marketing+v2@ses-example.com');
    expect(sent.code).toBe(0);
    expect((JSON.parse(sent.stdout) as { MessageId: string }).MessageId).toMatch(/^0100/);
    const refused = await sendV2('ceo@ses-example.com');
    expect(refused.stderr).toContain('An error occurred (AccessDenied');
    expect(refused.stderr).toContain('when calling the SendEmail operation');
    // Leaves the identity's policies as the other cases expect them.
    expect(
      (
        await aws(
          'owner',
          'sesv2',
          'delete-email-identity-policy',
          '--email-identity',
          'ses-example.com',
          '--policy-name',
          'CliV2',
        )
      ).code,
    ).toBe(0);
  });

  it('aws sts get-caller-identity names the caller, on the endpoint and through proxy mode (--aws) signing with a profile', async () => {
    const direct = await aws('delegate-marketer', 'sts', 'get-caller-identity');
    expect(direct.code).toBe(0);
    expect(JSON.parse(direct.stdout)).toMatchObject({
      Arn: principalById('delegate-marketer').arn,
      Account: '999999999999',
    });

    const home = mkdtempSync(join(tmpdir(), 'ses-proxy-home-'));
    mkdirSync(join(home, '.aws'));
    const owner = principalById('owner');
    writeFileSync(
      join(home, '.aws', 'credentials'),
      `[work]\naws_access_key_id = ${owner.accessKeyId}\naws_secret_access_key = ${owner.secretAccessKey}\n`,
    );
    const proxy = await spawnEndpoint(
      ['--aws', '--profile', 'work', '--aws-upstream', endpoint.url.replace(/\/$/, ''), '--port', '0'],
      30_000,
      { PATH: process.env.PATH, HOME: home, AWS_EC2_METADATA_DISABLED: 'true' },
    );
    try {
      const placeholder = { accessKeyId: 'PROXY', secretAccessKey: 'any' };
      const me = await awsAt(proxy.url, placeholder, 'sts', 'get-caller-identity');
      expect(JSON.parse(me.stdout)).toMatchObject({ Arn: owner.arn });
      const listed = await awsAt(proxy.url, placeholder, 'ses', 'list-identities');
      expect(JSON.parse(listed.stdout).Identities).toContain('ses-example.com');
      const refused = await awsAt(proxy.url, placeholder, 'sts', 'get-session-token');
      expect(refused.stderr).toContain('(AccessDenied)');
      expect(proxy.output.join('\n')).not.toContain(owner.secretAccessKey);
    } finally {
      await proxy.stop();
      rmSync(home, { recursive: true, force: true });
    }
  });

  it("shows the endpoint's refusal of an invalid policy as the CLI shows SES's", async () => {
    const bad = await aws(
      'owner',
      'ses',
      'put-identity-policy',
      '--identity',
      'ses-example.com',
      '--policy-name',
      'Bad',
      '--policy',
      '{"Version":"2012-10-17"}',
    );
    expect(bad.code).toBe(254);
    expect(bad.stderr).toContain(
      'An error occurred (InvalidPolicy) when calling the PutIdentityPolicy operation:',
    );
  });
});

type Outcome =
  | { ok: true; answer: Record<string, unknown> }
  | { ok: false; code: string | number; status?: number; message?: string; text?: string };

describe('boto3, botocore and smtplib', () => {
  let results: Record<string, Outcome> = {};
  const result = (name: string): Outcome => {
    const found = Object.hasOwn(results, name) ? results[name] : undefined;
    if (!found) throw new Error(`The Python run has no result ${name}.`);
    return found;
  };

  beforeAll(async () => {
    const { stdout } = await run(
      PYTHON,
      ['endpoint/test/real_clients.py', endpoint.url, String(endpoint.smtpPort)],
      {
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    results = JSON.parse(stdout) as Record<string, Outcome>;
  });

  it('boto3 sesv2: policies, identities, refusals parsed by botocore (ClientError Code), ses:ApiVersion "2"', () => {
    expect(result('sesv2_delete_policy')).toMatchObject({ ok: true });
    expect(result('sesv2_create_policy')).toMatchObject({ ok: true });
    expect(result('sesv2_create_policy_again')).toMatchObject({
      ok: false,
      code: 'AlreadyExistsException',
      status: 400,
    });
    expect(result('sesv2_get_identity')).toMatchObject({
      ok: true,
      answer: { IdentityType: 'DOMAIN', VerifiedForSendingStatus: true, VerificationStatus: 'SUCCESS' },
    });
    expect(result('sesv2_missing_identity')).toMatchObject({
      ok: false,
      code: 'NotFoundException',
      status: 404,
    });
    expect(result('sesv2_marketer_refused')).toMatchObject({
      ok: false,
      code: 'AccessDeniedException',
      status: 403,
      message: expect.stringContaining('is not authorized to perform: ses:CreateEmailIdentityPolicy'),
    });
    // A policy with ses:ApiVersion "2": the v2 send is allowed, the same send through v1 refused.
    expect(result('sesv2_v2only_v2_send')).toMatchObject({ ok: true });
    expect(result('sesv2_v2only_v1_send')).toMatchObject({ ok: false, code: 'AccessDenied', status: 403 });
    expect(result('sesv2_raw_send')).toMatchObject({ ok: true });
    expect(result('sesv2_list_identities')).toMatchObject({
      ok: true,
      answer: { NextToken: expect.any(String) },
    });
  });

  it('boto3 send_raw_email with the X-SES-*-ARN headers is delivered, and refused from ceo@', () => {
    expect(result('boto3_raw_allowed')).toMatchObject({
      ok: true,
      answer: { MessageId: expect.stringMatching(/^0100/) },
    });
    expect(result('boto3_raw_refused')).toEqual({
      ok: false,
      code: 'AccessDenied',
      status: 403,
      message:
        "User `arn:aws:iam::999999999999:user/marketer' is not authorized to perform `ses:SendRawEmail' on resource `arn:aws:ses:us-east-1:888888888888:identity/ses-example.com'",
    });
  });

  it("smtplib sends with STARTTLS and SES's SMTP password, and is refused in SES's SMTP words", () => {
    expect(result('smtp_allowed')).toMatchObject({
      ok: true,
      answer: { code: 250, text: expect.stringMatching(/^Ok 0100[0-9a-f]{12}-/) },
    });
    expect(result('smtp_refused')).toEqual({
      ok: false,
      code: 554,
      text: "Access denied: User `arn:aws:iam::999999999999:root' is not authorized to perform `ses:SendRawEmail' on resource `arn:aws:ses:us-east-1:888888888888:identity/ses-example.com'",
    });
    expect(result('smtp_bad_password')).toEqual({
      ok: false,
      code: 535,
      text: 'Authentication Credentials Invalid',
    });
    expect(result('smtp_no_auth')).toEqual({ ok: false, code: 530, text: 'Authentication required' });
    // On loopback, AUTH without TLS is allowed (a credential never leaves the machine).
    expect(result('smtp_plain_loopback')).toMatchObject({ ok: true });
  });

  it.each([
    [
      'SignatureDoesNotMatch_secret',
      'SignatureDoesNotMatch',
      403,
      'The request signature we calculated does not match',
    ],
    [
      'SignatureDoesNotMatch_region',
      'SignatureDoesNotMatch',
      403,
      "Credential should be scoped to a valid region, not 'us-west-2'.",
    ],
    [
      'SignatureDoesNotMatch_service',
      'SignatureDoesNotMatch',
      403,
      "Credential should be scoped to correct service: 'ses'.",
    ],
    ['SignatureDoesNotMatch_expired', 'SignatureDoesNotMatch', 403, 'Signature expired:'],
    ['SignatureDoesNotMatch_future', 'SignatureDoesNotMatch', 403, 'Signature not yet current:'],
    [
      'IncompleteSignature',
      'IncompleteSignature',
      400,
      "Authorization header requires 'Signature' parameter.",
    ],
    [
      'InvalidClientTokenId',
      'InvalidClientTokenId',
      403,
      'The security token included in the request is invalid.',
    ],
    [
      'MissingAuthenticationToken',
      'MissingAuthenticationToken',
      403,
      'Request is missing Authentication Token',
    ],
    ['MissingAction', 'MissingAction', 400, 'The request must contain the parameter Action.'],
    ['InvalidAction', 'InvalidAction', 400, 'The action constructor is not valid for this web service.'],
    ['MissingParameter', 'MissingParameter', 400, 'The request must contain the parameter PolicyNames.'],
    [
      'AccessDenied_management',
      'AccessDenied',
      403,
      'because no resource-based policy allows the ses:PutIdentityPolicy action',
    ],
    [
      'AccessDenied_iam',
      'AccessDenied',
      403,
      'because no identity-based policy allows the ses:ListIdentities action',
    ],
    ['InvalidParameterValue', 'InvalidParameterValue', 400, 'A policy name can contain only'],
    ['InvalidPolicy', 'InvalidPolicy', 400, 'A policy needs at least one statement'],
    [
      'ValidationError',
      'ValidationError',
      400,
      "Value 'Phone' at 'identityType' failed to satisfy constraint",
    ],
    ['MessageRejected', 'MessageRejected', 400, 'Email address is not verified.'],
    ['LimitExceeded', 'LimitExceeded', 400, 'already has 20 policies'],
  ])('botocore reads %s as %s (HTTP %i)', (name, code, status, message) => {
    expect(result(name)).toMatchObject({
      ok: false,
      code,
      status,
      message: expect.stringContaining(message),
    });
  });

  it('logged one line per request and per SMTP message, with no key, signature or password', () => {
    const log = endpoint.output.join('\n');
    expect(log).toMatch(/ smtp 127\.0\.0\.1 arn:aws:iam::999999999999:root SendRawEmail AccessDenied 554 /);
    expect(log).toMatch(/ http 127\.0\.0\.1 arn:aws:iam::999999999999:user\/marketer SendRawEmail OK 200 /);
    for (const id of ['owner', 'delegate-root', 'delegate-marketer', 'outsider'] as const) {
      const { accessKeyId, secretAccessKey } = principalById(id);
      expect(log).not.toContain(accessKeyId);
      expect(log).not.toContain(secretAccessKey);
    }
    expect(log).not.toMatch(/Signature=|AWS4-HMAC-SHA256|BEFY5Athh/);
  });
});
