/**
 * The endpoint's state on disk: no acknowledged write is lost to `kill -9`, a restart keeps
 * everything, and concurrent clients get exactly the answers a sequential run gives.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DeleteIdentityPolicyCommand,
  GetIdentityPoliciesCommand,
  ListIdentitiesCommand,
  ListIdentityPoliciesCommand,
  PutIdentityPolicyCommand,
  SESClient,
  SendEmailCommand,
  VerifyEmailIdentityCommand,
} from '@aws-sdk/client-ses';
import { afterAll, describe, expect, it } from 'vitest';
import { principalById, type DemoPrincipalId } from '../mocks/ses/directory';
import { spawnEndpoint, type SpawnedEndpoint } from './test/spawn';

const root = mkdtempSync(join(tmpdir(), 'ses-durability-'));
const running: SpawnedEndpoint[] = [];
afterAll(async () => {
  await Promise.all(running.map((e) => e.kill()));
  rmSync(root, { recursive: true, force: true });
});

async function start(...args: string[]): Promise<SpawnedEndpoint> {
  const endpoint = await spawnEndpoint(['--port', '0', '--no-smtp', '--quiet', ...args]);
  running.push(endpoint);
  return endpoint;
}

function client(endpoint: SpawnedEndpoint, id: DemoPrincipalId): SESClient {
  const { accessKeyId, secretAccessKey } = principalById(id);
  return new SESClient({
    region: 'us-east-1',
    endpoint: endpoint.url,
    credentials: { accessKeyId, secretAccessKey },
    maxAttempts: 1,
  });
}

async function allIdentities(ses: SESClient): Promise<string[]> {
  const names: string[] = [];
  let token: string | undefined;
  do {
    const page = await ses.send(new ListIdentitiesCommand({ NextToken: token }));
    names.push(...(page.Identities ?? []));
    token = page.NextToken;
  } while (token);
  return names;
}

const state = async (endpoint: SpawnedEndpoint) =>
  (await fetch(`${endpoint.url}__emulator/state`)).json() as Promise<unknown>;

describe('endpoint durability', () => {
  it('loses no acknowledged write to kill -9 in the middle of a burst of writes', async () => {
    const data = join(root, 'killed');
    const first = await start('--data', data);
    const owner = client(first, 'owner');
    const acknowledged: string[] = [];
    let next = 0;
    let stop = false;
    const writer = async () => {
      while (!stop) {
        const name = `burst${next++}@example.org`;
        try {
          await owner.send(new VerifyEmailIdentityCommand({ EmailAddress: name }));
          acknowledged.push(name);
        } catch {
          return; // the process is gone
        }
      }
    };
    const writers = Array.from({ length: 8 }, writer);
    while (acknowledged.length < 300) await new Promise((r) => setTimeout(r, 5));
    await first.kill(); // SIGKILL while eight writes are in flight
    stop = true;
    await Promise.all(writers);
    expect(first.child.signalCode).toBe('SIGKILL');

    const second = await start('--data', data);
    const kept = new Set(await allIdentities(client(second, 'owner')));
    const lost = acknowledged.filter((name) => !kept.has(name));
    expect(lost).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);
    await second.stop();
  });

  it('keeps everything over a restart', async () => {
    const data = join(root, 'restarted');
    const first = await start('--data', data);
    const owner = client(first, 'owner');
    await owner.send(new VerifyEmailIdentityCommand({ EmailAddress: 'kept@example.org' }));
    await client(first, 'delegate-marketer').send(
      new SendEmailCommand({
        Source: 'marketing+kept@ses-example.com',
        SourceArn: 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com',
        Destination: { ToAddresses: ['bounce@simulator.amazonses.com'] },
        Message: { Subject: { Data: 's' }, Body: { Text: { Data: 'b' } } },
      }),
    );
    const before = await state(first);
    await first.stop();
    const second = await start('--data', data);
    expect(await state(second)).toEqual(before);
    await second.stop();
  });
});

/** One client's workload: 125 requests on its own identity and on the shared one. */
function workload(k: number): { as: DemoPrincipalId; shared: boolean; command: () => object }[] {
  const identity = `client${k}@mix.example`;
  const arn = `arn:aws:ses:us-east-1:888888888888:identity/${identity}`;
  const policy = (sid: string, resource: string) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: sid,
          Effect: 'Allow',
          Principal: { AWS: '999999999999' },
          Action: 'ses:SendEmail',
          Resource: resource,
        },
      ],
    });
  const steps: { as: DemoPrincipalId; shared: boolean; command: () => object }[] = [];
  for (let i = 0; i < 125; i++) {
    const n = Math.floor(i / 5);
    switch (i % 5) {
      case 0:
        steps.push({
          as: 'owner',
          shared: false,
          command: () =>
            new PutIdentityPolicyCommand({
              Identity: identity,
              PolicyName: `P${n}`,
              Policy: policy(`P${n}`, arn),
            }),
        });
        break;
      case 1:
        steps.push({
          as: 'delegate-root',
          shared: false,
          command: () =>
            new SendEmailCommand({
              Source: identity,
              SourceArn: arn,
              Destination: { ToAddresses: ['success@simulator.amazonses.com'] },
              Message: { Subject: { Data: 's' }, Body: { Text: { Data: 'b' } } },
            }),
        });
        break;
      case 2:
        steps.push({
          as: 'owner',
          shared: false,
          command: () => new ListIdentityPoliciesCommand({ Identity: identity }),
        });
        break;
      case 3:
        steps.push(
          i % 15 === 3
            ? {
                as: 'owner',
                shared: false,
                command: () =>
                  new DeleteIdentityPolicyCommand({
                    Identity: identity,
                    PolicyName: `P${Math.floor(i / 15)}`,
                  }),
              }
            : {
                as: 'owner',
                shared: false,
                command: () =>
                  new GetIdentityPoliciesCommand({ Identity: identity, PolicyNames: ['P0', `P${n}`] }),
              },
        );
        break;
      default:
        steps.push({
          as: 'owner',
          shared: true,
          command: () =>
            new PutIdentityPolicyCommand({
              Identity: 'ses-example.com',
              PolicyName: `S${k}-${i}`,
              Policy: policy(`S${k}x${i}`, 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com'),
            }),
        });
    }
  }
  return steps;
}

/** An answer with what varies between runs (request and message IDs) left out. */
function normalized(answer: Record<string, unknown>): string {
  const { $metadata: _m, MessageId, PolicyNames, Policies, ...rest } = answer;
  return JSON.stringify({
    ...rest,
    ...(MessageId ? { MessageId: 'sent' } : {}),
    ...(Array.isArray(PolicyNames) ? { PolicyNames: [...(PolicyNames as string[])].sort() } : {}),
    ...(Policies ? { Policies: Object.keys(Policies as object).sort() } : {}),
  });
}

async function runWorkload(endpoint: SpawnedEndpoint, concurrent: boolean) {
  const clients = new Map((['owner', 'delegate-root'] as const).map((id) => [id, client(endpoint, id)]));
  const owner = clients.get('owner');
  if (!owner) throw new Error('no owner client');
  for (let k = 0; k < 8; k++) {
    const identityArn = `arn:aws:ses:us-east-1:888888888888:identity/client${k}@mix.example`;
    await owner.send(new VerifyEmailIdentityCommand({ EmailAddress: `client${k}@mix.example` }));
    const verified = await fetch(`${endpoint.url}__emulator/verify`, {
      method: 'POST',
      body: JSON.stringify({ identityArn }),
    });
    expect(verified.status).toBe(200);
  }
  const runClient = async (k: number) => {
    const answers: { shared: boolean; answer: string }[] = [];
    for (const step of workload(k)) {
      const ses = clients.get(step.as as 'owner');
      if (!ses) throw new Error(`no client ${step.as}`);
      try {
        const result = (await ses.send(step.command() as never)) as unknown as Record<string, unknown>;
        answers.push({ shared: step.shared, answer: normalized(result) });
      } catch (error) {
        answers.push({ shared: step.shared, answer: (error as Error).name });
      }
    }
    return answers;
  };
  const perClient = concurrent
    ? await Promise.all(Array.from({ length: 8 }, (_, k) => runClient(k)))
    : await (async () => {
        const all = [];
        for (let k = 0; k < 8; k++) all.push(await runClient(k));
        return all;
      })();
  const exported = (await state(endpoint)) as {
    identities: { name: string; policies: { name: string }[] }[];
  };
  return { perClient, exported };
}

describe('endpoint concurrency', () => {
  it('gives 8 concurrent clients making 1,000 mixed requests exactly the answers a sequential run gives', async () => {
    const sequential = await runWorkload(await start('--memory'), false);
    const concurrent = await runWorkload(await start('--data', join(root, 'concurrent')), true);
    expect(concurrent.perClient.flat()).toHaveLength(1000);

    // Each client's own identity: the same answer to every request, in order.
    const own = (run: typeof sequential) =>
      run.perClient.map((answers) => answers.filter((a) => !a.shared).map((a) => a.answer));
    expect(own(concurrent)).toEqual(own(sequential));
    // The shared identity: which puts win depends on the interleaving, how many does not.
    const sharedCounts = (run: typeof sequential) => {
      const counts = new Map<string, number>();
      for (const a of run.perClient.flat().filter((x) => x.shared))
        counts.set(a.answer, (counts.get(a.answer) ?? 0) + 1);
      return Object.fromEntries([...counts].sort());
    };
    expect(sharedCounts(concurrent)).toEqual(sharedCounts(sequential));
    expect(sharedCounts(sequential)).toEqual({ '{}': 19, LimitExceededException: 181 });
    // No lost policy and no 21st: the same policies on every identity.
    const policies = (run: typeof sequential) =>
      Object.fromEntries(
        run.exported.identities.map((i) => [
          i.name,
          i.name === 'ses-example.com' ? i.policies.length : i.policies.map((p) => p.name).sort(),
        ]),
      );
    expect(policies(concurrent)).toEqual(policies(sequential));
    expect(policies(concurrent)['ses-example.com']).toBe(20);
  });
});
