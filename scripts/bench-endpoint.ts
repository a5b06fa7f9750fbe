/**
 * The local endpoint under load: signed Query API requests over HTTP from 8 concurrent keep-alive
 * clients, against `npm run endpoint` in its own process (SQLite in a temporary data directory),
 * and the same requests against the in-page emulator's handler and IndexedDB store in this
 * process (fake-indexeddb), so that the cost of HTTP and SQLite shows. Bounded: a fixed number of
 * requests per run, and a time limit.
 *   authorized cross-account SendEmail over HTTP   target ≥ 1,000/s, p99 < 20 ms
 *   PutIdentityPolicy over HTTP                    target ≥   500/s
 */
import 'fake-indexeddb/auto';
import { createHash, createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignatureV4 } from '@smithy/signature-v4';
import { handleSesRequest } from '../mocks/ses/handler.ts';
import { principalById, type DemoPrincipalId } from '../mocks/ses/directory.ts';
import { openFreshEmulatorStore } from '../mocks/ses/instance.ts';
import { DEMO_DOMAIN_ARN } from '../mocks/ses/seed.ts';
import { spawnEndpoint } from '../endpoint/test/spawn.ts';

const CLIENTS = 8;
const REQUESTS = 4000;
const TIME_LIMIT_MS = 60_000;

/** SHA-256 and HMAC-SHA256 from node:crypto in the shape the signer asks for. */
class NodeSha256 {
  private hash;
  private readonly secret?: string | Uint8Array;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.secret =
      secret === undefined || typeof secret === 'string'
        ? secret
        : ArrayBuffer.isView(secret)
          ? new Uint8Array(secret.buffer, secret.byteOffset, secret.byteLength)
          : new Uint8Array(secret);
    this.hash = this.secret === undefined ? createHash('sha256') : createHmac('sha256', this.secret);
  }
  update(data: string | ArrayBuffer | ArrayBufferView) {
    this.hash.update(
      typeof data === 'string'
        ? data
        : ArrayBuffer.isView(data)
          ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
          : new Uint8Array(data),
    );
  }
  async digest() {
    return new Uint8Array(this.hash.digest());
  }
  reset() {
    this.hash = this.secret === undefined ? createHash('sha256') : createHmac('sha256', this.secret);
  }
}

const signers = new Map<DemoPrincipalId, SignatureV4>();
function signer(id: DemoPrincipalId): SignatureV4 {
  let s = signers.get(id);
  if (!s) {
    const { accessKeyId, secretAccessKey } = principalById(id);
    s = new SignatureV4({
      credentials: { accessKeyId, secretAccessKey },
      region: 'us-east-1',
      service: 'ses',
      sha256: NodeSha256,
    });
    signers.set(id, s);
  }
  return s;
}

interface Scenario {
  label: string;
  as: DemoPrincipalId;
  params: (i: number) => Record<string, string>;
  targetPerSecond: number;
  targetP99Ms?: number;
}

const policy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: '111122223333' },
      Action: 'ses:SendEmail',
      Resource: DEMO_DOMAIN_ARN,
    },
  ],
});

const SCENARIOS: Scenario[] = [
  {
    label: 'SendEmail (IAM user, cross-account, authorized)',
    as: 'delegate-marketer',
    params: (i) => ({
      Action: 'SendEmail',
      Version: '2010-12-01',
      Source: `marketing+bench${i}@ses-example.com`,
      SourceArn: DEMO_DOMAIN_ARN,
      'Destination.ToAddresses.member.1': 'success@simulator.amazonses.com',
      'Message.Subject.Data': 'Bench',
      'Message.Body.Text.Data': 'Hello',
    }),
    targetPerSecond: 1000,
    targetP99Ms: 20,
  },
  {
    label: 'PutIdentityPolicy (owner)',
    as: 'owner',
    params: (i) => ({
      Action: 'PutIdentityPolicy',
      Version: '2010-12-01',
      Identity: 'ses-example.com',
      PolicyName: `bench${i % 10}`,
      Policy: policy,
    }),
    targetPerSecond: 500,
  },
];

type Send = (headers: Record<string, string>, body: string) => Promise<number>;

async function signed(url: URL, as: DemoPrincipalId, params: Record<string, string>) {
  const body = new URLSearchParams(params).toString();
  const result = await signer(as).sign({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    port: Number(url.port) || undefined,
    path: url.pathname,
    headers: { host: url.host, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body,
  });
  return { headers: result.headers, body };
}

async function run(url: URL, scenario: Scenario, makeSend: () => Send) {
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const deadline = performance.now() + TIME_LIMIT_MS;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      const send = makeSend();
      while (next < REQUESTS && performance.now() < deadline) {
        const i = next++;
        const { headers, body } = await signed(url, scenario.as, scenario.params(i));
        const t = performance.now();
        const status = await send(headers, body);
        latencies.push(performance.now() - t);
        if (status !== 200) failures++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? 0;
  return {
    perSecond: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    count: latencies.length,
    failures,
  };
}

function report(where: string, scenario: Scenario, r: Awaited<ReturnType<typeof run>>, judged: boolean) {
  const meets =
    r.perSecond >= scenario.targetPerSecond &&
    (scenario.targetP99Ms === undefined || r.p99 < scenario.targetP99Ms) &&
    r.failures === 0;
  const target = `target ≥ ${scenario.targetPerSecond.toLocaleString('en-US')}/s${scenario.targetP99Ms ? `, p99 < ${scenario.targetP99Ms} ms` : ''}`;
  console.log(
    `${where} ${scenario.label}: ${Math.round(r.perSecond).toLocaleString('en-US')}/s, p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms over ${r.count} requests${r.failures ? `, ${r.failures} FAILED` : ''}${judged ? ` (${meets ? 'meets' : 'MISSES'} ${target})` : ''}`,
  );
}

export async function benchEndpoint(): Promise<void> {
  const data = mkdtempSync(join(tmpdir(), 'ses-bench-'));
  const endpoint = await spawnEndpoint(['--data', data, '--port', '0', '--no-smtp', '--quiet']);
  const url = new URL(endpoint.url);
  console.log(`SES endpoint over HTTP: ${CLIENTS} keep-alive clients, SQLite (WAL) in a temporary directory`);
  try {
    for (const scenario of SCENARIOS) {
      const result = await run(url, scenario, () => {
        const agent = new Agent({ keepAlive: true, maxSockets: 1 });
        return (headers, body) =>
          new Promise((resolve, reject) => {
            const req = request(
              { host: url.hostname, port: url.port, path: '/', method: 'POST', headers, agent },
              (res) => {
                res.resume();
                res.on('end', () => resolve(res.statusCode ?? 0));
              },
            );
            req.on('error', reject);
            req.end(body);
          });
      });
      report('HTTP + SQLite:', scenario, result, true);
    }
  } finally {
    await endpoint.stop();
    rmSync(data, { recursive: true, force: true });
  }

  console.log(
    `In-page emulator in this process: the same handler on IndexedDB (fake-indexeddb), ${CLIENTS} concurrent callers`,
  );
  await openFreshEmulatorStore('ses-emulator-bench-endpoint');
  const inPage = new URL('http://localhost/__ses/us-east-1/');
  for (const scenario of SCENARIOS) {
    const result = await run(
      inPage,
      scenario,
      () => async (headers, body) =>
        (await handleSesRequest(new Request(inPage, { method: 'POST', headers, body }), 'us-east-1')).status,
    );
    report('In page (IndexedDB):', scenario, result, false);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void benchEndpoint();
