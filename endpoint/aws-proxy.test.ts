/**
 * Proxy mode with a second endpoint standing in for AWS (`--aws-upstream`): credentials come from
 * a shared credentials file in a temporary HOME, the browser-side client signs with a
 * placeholder key, and no answer, banner or log line ever carries the real secret.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListIdentitiesCommand, SESClient } from '@aws-sdk/client-ses';
import { GetEmailIdentityCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { principalById } from '../mocks/ses/directory';
import { startEndpoint, type RunningEndpoint } from './main';
import { parseOptions, type EndpointOptions } from './options';

const owner = principalById('owner');
const marketer = principalById('delegate-marketer');
const CREDENTIAL_ENV = [
  'HOME',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_CONFIG_FILE',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_EC2_METADATA_DISABLED',
] as const;
const savedEnv = new Map(CREDENTIAL_ENV.map((name) => [name, process.env[name]]));

let home: string;
let upstream: RunningEndpoint;
let proxy: RunningEndpoint;
const upstreamLog: string[] = [];
const proxyLog: string[] = [];

function options(argv: string[]): EndpointOptions {
  const parsed = parseOptions(argv);
  if (parsed === 'help') throw new Error('unexpected help');
  return parsed;
}

const proxyUrl = () => `http://127.0.0.1:${proxy.httpPort}`;
/** The page's side: any key will do, the proxy signs again. */
const PLACEHOLDER = { accessKeyId: 'PROXY', secretAccessKey: 'not-a-secret' };

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'ses-proxy-home-'));
  mkdirSync(join(home, '.aws'));
  writeFileSync(
    join(home, '.aws', 'credentials'),
    `[owner-profile]\naws_access_key_id = ${owner.accessKeyId}\naws_secret_access_key = ${owner.secretAccessKey}\n`,
  );
  writeFileSync(join(home, '.aws', 'config'), '[profile owner-profile]\nregion = us-east-1\n');
  for (const name of CREDENTIAL_ENV) delete process.env[name];
  process.env.HOME = home;
  // No instance metadata lookups from a test machine.
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  upstream = await startEndpoint(options(['--memory', '--port', '0', '--no-smtp']), (line) =>
    upstreamLog.push(line),
  );
  const upstreamUrl = `http://127.0.0.1:${upstream.httpPort}`;
  proxy = await startEndpoint(
    options(['--aws', '--profile', 'owner-profile', '--aws-upstream', upstreamUrl, '--port', '0']),
    (line) => proxyLog.push(line),
  );
});

afterAll(async () => {
  await proxy?.close();
  await upstream?.close();
  rmSync(home, { recursive: true, force: true });
  for (const [name, value] of savedEnv) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('the endpoint in proxy mode (--aws)', () => {
  it('says whom it signs as, from the credentials file, without printing a secret', () => {
    const banner = proxyLog.join('\n');
    expect(banner).toContain(`Signing as ${owner.arn}, with profile owner-profile`);
    expect(banner).not.toContain(owner.secretAccessKey);
    expect(banner).not.toContain(owner.accessKeyId);
  });

  it("forwards SES v1 and v2 requests signed with the profile's credentials", async () => {
    const v1 = new SESClient({
      region: 'us-east-1',
      endpoint: proxyUrl(),
      credentials: PLACEHOLDER,
      maxAttempts: 1,
    });
    const listed = await v1.send(new ListIdentitiesCommand({}));
    expect(listed.Identities).toContain('ses-example.com');
    const v2 = new SESv2Client({
      region: 'us-east-1',
      endpoint: proxyUrl(),
      credentials: PLACEHOLDER,
      maxAttempts: 1,
    });
    const identity = await v2.send(new GetEmailIdentityCommand({ EmailIdentity: 'ses-example.com' }));
    expect(identity.IdentityType).toBe('DOMAIN');
    // The stand-in for AWS saw the owner, not the placeholder key.
    expect(upstreamLog.some((line) => line.includes(owner.arn) && line.includes('ListIdentities'))).toBe(
      true,
    );
    expect(upstreamLog.join('\n')).not.toContain('PROXY');
  });

  it('answers STS GetCallerIdentity as the signing identity, and refuses every STS action that issues credentials', async () => {
    const sts = new STSClient({
      region: 'us-east-1',
      endpoint: proxyUrl(),
      credentials: PLACEHOLDER,
      maxAttempts: 1,
    });
    const me = await sts.send(new GetCallerIdentityCommand({}));
    expect(me).toMatchObject({ Arn: owner.arn, Account: owner.account });
    await expect(
      sts.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::888888888888:role/x', RoleSessionName: 's' })),
    ).rejects.toMatchObject({ name: 'AccessDenied', message: expect.stringContaining('GetCallerIdentity') });
  });

  it('refuses an unsigned request (a cross-site form post) and a page from a foreign origin', async () => {
    const before = upstreamLog.length;
    const unsigned = await fetch(proxyUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=DeleteIdentity&Identity=ses-example.com',
    });
    expect(unsigned.status).toBe(403);
    expect(await unsigned.text()).toMatch(/must be signed/);
    const foreign = await fetch(proxyUrl(), {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=DeleteIdentity&Identity=ses-example.com',
    });
    expect(foreign.status).toBe(403);
    expect(upstreamLog.length).toBe(before);
  });

  it('has no emulator-only API, and no answer carries the secret', async () => {
    const emulatorApi = await fetch(`${proxyUrl()}/__emulator/directory`);
    expect(emulatorApi.status).toBe(404);
    expect(await emulatorApi.text()).toMatch(/forwards to AWS/);
    const v1 = new SESClient({
      region: 'us-east-1',
      endpoint: proxyUrl(),
      credentials: PLACEHOLDER,
      maxAttempts: 1,
    });
    const raw = await v1.send(new ListIdentitiesCommand({}));
    expect(JSON.stringify(raw)).not.toContain(owner.secretAccessKey);
    expect(proxyLog.join('\n')).not.toContain(owner.secretAccessKey);
  });

  it('serves the console built in --console at its own URL, connected to itself, and says so', async () => {
    const dist = join(home, 'console-build');
    mkdirSync(dist);
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><html><head><title>c</title></head><body></body></html>',
    );
    const lines: string[] = [];
    const served = await startEndpoint(
      options([
        '--aws',
        '--profile',
        'owner-profile',
        '--aws-upstream',
        `http://127.0.0.1:${upstream.httpPort}`,
        '--port',
        '0',
        '--region',
        'us-east-1',
        '--console',
        dist,
      ]),
      (line) => lines.push(line),
    );
    try {
      const url = `http://127.0.0.1:${served.httpPort}/`;
      expect(lines).toContain(`Console: ${url} (from ${dist}), connected to this proxy`);
      const page = await fetch(`${url}identities/ses-example.com`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(
        '<meta name="ses-console-connection" content="{&#34;kind&#34;:&#34;aws-proxy&#34;,&#34;region&#34;:&#34;us-east-1&#34;}">',
      );
      // The page it served calls it from its own origin; SES's Query API is still POST /.
      const sts = new STSClient({
        region: 'us-east-1',
        endpoint: url,
        credentials: PLACEHOLDER,
        maxAttempts: 1,
      });
      sts.middlewareStack.add(
        (next) => (args) => {
          const request = args.request as { headers: Record<string, string> };
          request.headers.origin = url.replace(/\/$/, '');
          return next(args);
        },
        { step: 'build' },
      );
      expect((await sts.send(new GetCallerIdentityCommand({}))).Arn).toBe(owner.arn);
    } finally {
      await served.close();
    }
    const bare = await startEndpoint(
      options([
        '--aws',
        '--profile',
        'owner-profile',
        '--aws-upstream',
        `http://127.0.0.1:${upstream.httpPort}`,
        '--port',
        '0',
        '--no-console',
      ]),
      (line) => lines.push(line),
    );
    try {
      expect(lines).toContain('Console: not served (--no-console); SES requests only.');
      const get = await fetch(`http://127.0.0.1:${bare.httpPort}/`);
      expect(get.status).toBe(405);
    } finally {
      await bare.close();
    }
    const unbuilt = join(home, 'not-built');
    mkdirSync(unbuilt);
    const waiting = await startEndpoint(
      options([
        '--aws',
        '--profile',
        'owner-profile',
        '--aws-upstream',
        `http://127.0.0.1:${upstream.httpPort}`,
        '--port',
        '0',
        '--console',
        unbuilt,
      ]),
      (line) => lines.push(line),
    );
    try {
      const url = `http://127.0.0.1:${waiting.httpPort}/`;
      expect(lines).toContain(
        `Console: not built, no index.html in ${unbuilt}. Run npm run build (or pass --console DIR), then open ${url}`,
      );
      const get = await fetch(url);
      expect(get.status).toBe(404);
      expect(await get.text()).toMatch(/^The console is not built: .* Run npm run build/);
    } finally {
      await waiting.close();
    }
  });

  it('stops at start, with the reason, when the profile has no credentials', async () => {
    await expect(
      startEndpoint(
        options([
          '--aws',
          '--profile',
          'missing',
          '--aws-upstream',
          `http://127.0.0.1:${upstream.httpPort}`,
          '--port',
          '0',
        ]),
        () => undefined,
      ),
    ).rejects.toThrow(/profile missing/);
  });
});

describe("the local endpoint's STS", () => {
  it('answers GetCallerIdentity for its principals (an IAM user here)', async () => {
    const sts = new STSClient({
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${upstream.httpPort}`,
      credentials: { accessKeyId: marketer.accessKeyId, secretAccessKey: marketer.secretAccessKey },
      maxAttempts: 1,
    });
    const me = await sts.send(new GetCallerIdentityCommand({}));
    expect(me).toMatchObject({ Arn: marketer.arn, Account: marketer.account });
    expect(me.UserId).toMatch(/^AIDA/);
  });
});
