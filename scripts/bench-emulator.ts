/**
 * The emulator's latency through the real SDK in Node (msw/node, fake-indexeddb):
 * the median PutIdentityPolicy and SendEmail, target under 10 ms each.
 */
import 'fake-indexeddb/auto';
import { PutIdentityPolicyCommand, SendEmailCommand } from '@aws-sdk/client-ses';
import { setupServer } from 'msw/node';
import { handlers } from '../mocks/handlers.ts';
import { openFreshEmulatorStore } from '../mocks/ses/instance.ts';
import { DEMO_DOMAIN_ARN } from '../mocks/ses/seed.ts';
import { clientAs } from '../mocks/ses/test/clients.ts';

async function median(label: string, runs: number, call: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 20; i++) await call(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await call(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const m = times[times.length >> 1] ?? 0;
  console.log(
    `${label}: median ${m.toFixed(2)} ms over ${runs} calls (${m < 10 ? 'meets' : 'MISSES'} < 10 ms)`,
  );
}

export async function benchEmulator(): Promise<void> {
  const server = setupServer(...handlers);
  server.listen({ onUnhandledRequest: 'error' });
  await openFreshEmulatorStore('ses-emulator-bench');
  const owner = clientAs('owner');
  const marketer = clientAs('delegate-marketer');
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
  console.log('SES emulator through @aws-sdk/client-ses (Node, fake-indexeddb)');
  await median('PutIdentityPolicy', 200, (i) =>
    owner.send(
      new PutIdentityPolicyCommand({
        Identity: 'ses-example.com',
        PolicyName: `bench${i % 5}`,
        Policy: policy,
      }),
    ),
  );
  await median('SendEmail (delegate, cross-account, authorized)', 200, () =>
    marketer.send(
      new SendEmailCommand({
        Source: 'marketing+bench@ses-example.com',
        SourceArn: DEMO_DOMAIN_ARN,
        Destination: { ToAddresses: ['success@simulator.amazonses.com'] },
        Message: { Subject: { Data: 'Bench' }, Body: { Text: { Data: 'Hello' } } },
      }),
    ),
  );
  server.close();
}

if (import.meta.url === `file://${process.argv[1]}`) void benchEmulator();
