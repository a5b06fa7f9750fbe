/**
 * The endpoint in this process (in memory, free ports) driven over real sockets: the JS SDK,
 * browser-shaped requests (CORS, Origin, Host), the emulator API, limits, and the log.
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ListIdentitiesCommand,
  PutIdentityPolicyCommand,
  SESClient,
  SendEmailCommand,
} from '@aws-sdk/client-ses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { principalById } from '../mocks/ses/directory';
import { DEMO_DOMAIN_ARN } from '../mocks/ses/seed';
import { startEndpoint, type RunningEndpoint } from './main';
import { parseOptions, type EndpointOptions } from './options';

const lines: string[] = [];
let endpoint: RunningEndpoint;
let base: string;

function options(...argv: string[]): EndpointOptions {
  const parsed = parseOptions(['--memory', '--port', '0', '--smtp-port', '0', ...argv]);
  if (parsed === 'help') throw new Error('unexpected help');
  return parsed;
}

function client(id: Parameters<typeof principalById>[0], url = base): SESClient {
  const p = principalById(id);
  return new SESClient({
    region: 'us-east-1',
    endpoint: url,
    credentials: { accessKeyId: p.accessKeyId, secretAccessKey: p.secretAccessKey },
    maxAttempts: 1,
  });
}

/** A request as no fetch would send it (any Host, a declared length with no body); its status. */
function rawStatus(init: {
  method?: string;
  path: string;
  headers: Record<string, string>;
}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: endpoint.httpPort, ...init }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', reject);
    req.flushHeaders();
  });
}

beforeAll(async () => {
  endpoint = await startEndpoint(options(), (line) => lines.push(line));
  base = `http://127.0.0.1:${endpoint.httpPort}/`;
});
afterAll(() => endpoint.close());

describe('local endpoint over HTTP', () => {
  it('answers the JS SDK at / with the seeded demo, and enforces the announcement policy on a send', async () => {
    expect((await client('owner').send(new ListIdentitiesCommand({}))).Identities).toEqual([
      'ses-example.com',
    ]);
    const send = (from: string) =>
      client('delegate-marketer').send(
        new SendEmailCommand({
          Source: from,
          SourceArn: DEMO_DOMAIN_ARN,
          Destination: { ToAddresses: ['success@simulator.amazonses.com'] },
          Message: { Subject: { Data: 's' }, Body: { Text: { Data: 'b' } } },
        }),
      );
    expect((await send('marketing+x@ses-example.com')).MessageId).toMatch(/^0100[0-9a-f]{12}-/);
    await expect(send('ceo@ses-example.com')).rejects.toMatchObject({ name: 'AccessDenied' });
  });

  it('logs one line per request with caller, action and decision, and never a key or signature', async () => {
    const before = lines.length;
    await client('owner').send(new ListIdentitiesCommand({}));
    const added = lines.slice(before);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(
      /^\d{4}-\d\d-\d\dT[\d:.]+Z http 127\.0\.0\.1 arn:aws:iam::888888888888:root ListIdentities OK 200 \d+\.\dms$/,
    );
    for (const p of ['owner', 'delegate-marketer'] as const) {
      const { accessKeyId, secretAccessKey } = principalById(p);
      expect(lines.join('\n')).not.toContain(secretAccessKey);
      expect(lines.join('\n')).not.toContain(accessKeyId);
    }
    expect(lines.join('\n')).not.toMatch(/Signature=|AWS4-HMAC-SHA256/);
  });

  it('answers a CORS preflight from the console origin, and sends the allow-origin header on the answer', async () => {
    const preflight = await fetch(base, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type,x-amz-date,x-amz-user-agent',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-amz-date');
    const answer = await fetch(`${base}__emulator/directory`, {
      headers: { origin: 'http://localhost:5173' },
    });
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(answer.headers.get('access-control-expose-headers')).toContain('x-amzn-requestid');
  });

  it('answers a CORS preflight for SES API v2 (PUT, DELETE, GET, the SDK headers), and refuses another origin there', async () => {
    const preflight = await fetch(`${base}v2/email/identities/a%2Bb%40x.example/policies/P`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'DELETE',
        'access-control-request-headers': 'authorization,content-type,x-amz-date,amz-sdk-invocation-id',
      },
    });
    expect(preflight.status).toBe(204);
    for (const method of ['GET', 'PUT', 'DELETE', 'POST'])
      expect(preflight.headers.get('access-control-allow-methods')).toContain(method);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('amz-sdk-invocation-id');
    const answer = await fetch(`${base}v2/email/identities`, {
      headers: { origin: 'http://localhost:5173' },
    });
    expect(answer.headers.get('access-control-expose-headers')).toContain('x-amzn-errortype');
    const evil = await fetch(`${base}v2/email/identities`, { headers: { origin: 'https://evil.example' } });
    expect(evil.status).toBe(403);
  });

  it('refuses a page from another origin before doing anything, so a site cannot reset the state', async () => {
    const reset = await fetch(`${base}__emulator/reset`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    });
    expect(reset.status).toBe(403);
    expect(await reset.text()).toContain('Start it with --cors-origin https://evil.example');
    const preflight = await fetch(base, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a Host that is not loopback (DNS rebinding) while listening on loopback', async () => {
    const status = await rawStatus({
      path: '/__emulator/directory',
      headers: { host: 'rebind.example:4579' },
    });
    expect(status).toBe(421);
  });

  it('says where the APIs are for any other path or method, and refuses an oversize body', async () => {
    const other = await fetch(`${base}v3/email/identities`);
    expect(other.status).toBe(404);
    expect(await other.text()).toContain("SES's Query API is at /, SES API v2 under /v2/email/");
    // SES API v2 is served (any method), and answers an unsigned request in v2's JSON.
    const v2 = await fetch(`${base}v2/email/identities`, { method: 'DELETE' });
    expect(v2.status).toBe(403);
    expect(v2.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
    expect(await v2.json()).toEqual({ message: 'Request is missing Authentication Token' });
    const get = await fetch(base);
    expect(get.status).toBe(405);
    // Refused on its declared length, before a byte of it is read.
    expect(
      await rawStatus({ method: 'POST', path: '/', headers: { 'content-length': String(33 * 1024 * 1024) } }),
    ).toBe(413);
  });

  it('serves the emulator API (directory, state export) to a loopback caller', async () => {
    const directory = (await (await fetch(`${base}__emulator/directory`)).json()) as { id: string }[];
    expect(directory.map((p) => p.id)).toEqual(['owner', 'delegate-root', 'delegate-marketer', 'outsider']);
    const state = (await (await fetch(`${base}__emulator/state`)).json()) as { schemaVersion: number };
    expect(state.schemaVersion).toBe(3);
  });
});

describe('local endpoint with a principals file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ses-principals-'));
  let team: RunningEndpoint;
  afterAll(async () => {
    await team.close();
    rmSync(dir, { recursive: true, force: true });
    // Back to the demo's principals for the rest of this file's process.
  });

  it("authenticates the file's keys instead of the demo's, and applies the file's IAM policies", async () => {
    const file = join(dir, 'principals.json');
    writeFileSync(
      file,
      JSON.stringify({
        principals: [
          {
            arn: 'arn:aws:iam::123456789012:root',
            accessKeyId: 'AKIATEAMROOT00000001',
            secretAccessKey: 'team-root-secret',
          },
          {
            arn: 'arn:aws:iam::123456789012:user/sender',
            accessKeyId: 'AKIATEAMSENDER000001',
            secretAccessKey: 'team-sender-secret',
            iamPolicies: [
              {
                name: 'SendOnly',
                document: {
                  Version: '2012-10-17',
                  Statement: [{ Effect: 'Allow', Action: 'ses:SendRawEmail', Resource: '*' }],
                },
              },
            ],
          },
        ],
      }),
    );
    team = await startEndpoint(options('--principals', file, '--quiet'), () => undefined);
    const url = `http://127.0.0.1:${team.httpPort}/`;
    const as = (accessKeyId: string, secretAccessKey: string) =>
      new SESClient({
        region: 'us-east-1',
        endpoint: url,
        credentials: { accessKeyId, secretAccessKey },
        maxAttempts: 1,
      });
    expect(
      (await as('AKIATEAMROOT00000001', 'team-root-secret').send(new ListIdentitiesCommand({}))).Identities,
    ).toEqual([]);
    await expect(
      as('AKIATEAMSENDER000001', 'team-sender-secret').send(new ListIdentitiesCommand({})),
    ).rejects.toMatchObject({
      name: 'AccessDenied',
      message: expect.stringContaining(
        'because no identity-based policy allows the ses:ListIdentities action',
      ),
    });
    const demo = principalById('owner');
    await expect(
      as(demo.accessKeyId, demo.secretAccessKey).send(new ListIdentitiesCommand({})),
    ).rejects.toMatchObject({
      name: 'InvalidClientTokenId',
    });
  });
});

describe('local endpoint over TLS (--tls-cert, --tls-key)', () => {
  const tlsDir = fileURLToPath(new URL('./test/tls/', import.meta.url));
  const ca = readFileSync(join(tlsDir, 'localhost-cert.pem'), 'utf8');
  let secure: RunningEndpoint;
  afterAll(() => secure.close());

  it('serves HTTPS with the certificate, and aws:SecureTransport is true there and false over HTTP', async () => {
    secure = await startEndpoint(
      options(
        '--tls-cert',
        join(tlsDir, 'localhost-cert.pem'),
        '--tls-key',
        join(tlsDir, 'localhost-key.pem'),
        '--quiet',
      ),
      (line) => lines.push(line),
    );
    expect(lines.some((l) => l.includes(`at https://127.0.0.1:${secure.httpPort}/`))).toBe(true);
    const over = (id: Parameters<typeof principalById>[0], url: string, agent?: HttpsAgent) => {
      const p = principalById(id);
      return new SESClient({
        region: 'us-east-1',
        endpoint: url,
        credentials: { accessKeyId: p.accessKeyId, secretAccessKey: p.secretAccessKey },
        maxAttempts: 1,
        ...(agent ? { requestHandler: { httpsAgent: agent } } : {}),
      });
    };
    const httpsUrl = `https://127.0.0.1:${secure.httpPort}/`;
    const agent = new HttpsAgent({ ca });
    // Both servers answer from the one installed store (the latest started): one policy, two transports.
    await over('owner', httpsUrl, agent).send(
      new PutIdentityPolicyCommand({
        Identity: 'ses-example.com',
        PolicyName: 'SampleAuthorizationPolicy',
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: '999999999999' },
              Action: 'ses:SendEmail',
              Resource: DEMO_DOMAIN_ARN,
              Condition: { Bool: { 'aws:SecureTransport': 'true' } },
            },
          ],
        }),
      }),
    );
    const send = (client: SESClient) =>
      client.send(
        new SendEmailCommand({
          Source: 'marketing+tls@ses-example.com',
          SourceArn: DEMO_DOMAIN_ARN,
          Destination: { ToAddresses: ['success@simulator.amazonses.com'] },
          Message: { Subject: { Data: 's' }, Body: { Text: { Data: 'b' } } },
        }),
      );
    expect((await send(over('delegate-root', httpsUrl, agent))).MessageId).toMatch(/^0100/);
    await expect(send(over('delegate-root', base))).rejects.toMatchObject({ name: 'AccessDenied' });
    // A client that does not trust the certificate is refused by TLS itself.
    await expect(over('owner', httpsUrl).send(new ListIdentitiesCommand({}))).rejects.toThrow(/certificate/);
  });

  it('refuses a certificate without its key, and files that are not PEM', async () => {
    expect(() => parseOptions(['--tls-cert', 'a.pem'])).toThrow('--tls-cert and --tls-key go together');
    await expect(
      startEndpoint(
        options('--tls-cert', join(tlsDir, 'README.md'), '--tls-key', join(tlsDir, 'localhost-key.pem')),
        () => undefined,
      ),
    ).rejects.toThrow('is not a PEM certificate');
    await expect(
      startEndpoint(
        options('--tls-cert', join(tlsDir, 'missing.pem'), '--tls-key', join(tlsDir, 'localhost-key.pem')),
        () => undefined,
      ),
    ).rejects.toThrow('no readable file there');
  });
});
