/**
 * `npm run bench`: throughput and latency of the policy engine through its public API, on this
 * machine. Not a test: machines are shared and noisy, so read the figures as a run's ratios
 * against the targets, not as exact values.
 *   (a) evaluate, the seed announcement's policy (glob written correctly)  target ≥ 1,000,000/s
 *   (b) evaluate, an identity with 20 policies of 5 statements             target ≥   100,000/s
 *   (c) validatePolicy (parse + SES errors + lint) of a ~4 KB policy        target median < 2 ms
 *   and the emulator's PutIdentityPolicy and SendEmail through the SDK      target median < 10 ms
 * The policy text is passed on every call, as callers do; the engine compiles each text once.
 */
import { evaluate, validatePolicy, byteLength, type EvaluationRequest } from '../src/policy-engine/index.ts';
import { benchEmulator } from './bench-emulator.ts';

const IDENTITY = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';

function opsPerSecond(label: string, target: number, run: () => unknown): number {
  for (let i = 0; i < 50_000; i++) run(); // warm-up: compile, JIT
  const rounds: number[] = [];
  for (let round = 0; round < 5; round++) {
    let n = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < 400) {
      for (let i = 0; i < 1000; i++) run();
      n += 1000;
      elapsed = performance.now() - start;
    }
    rounds.push((n / elapsed) * 1000);
  }
  rounds.sort((a, b) => a - b);
  const median = rounds[2] ?? 0;
  const verdict = median >= target ? 'meets' : 'MISSES';
  console.log(
    `${label}: ${Math.round(median).toLocaleString('en-US')} evaluations/s (median of 5; ${verdict} ${target.toLocaleString('en-US')}/s)`,
  );
  return median;
}

function medianMs(label: string, targetMs: number, run: () => unknown): number {
  for (let i = 0; i < 200; i++) run();
  const times: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[times.length >> 1] ?? 0;
  const p95 = times[Math.floor(times.length * 0.95)] ?? 0;
  console.log(
    `${label}: median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms (${median < targetMs ? 'meets' : 'MISSES'} < ${targetMs} ms)`,
  );
  return median;
}

// (a) The announcement's policy, with `marketing+*@` instead of the post's regex.
const announcement = JSON.stringify(
  {
    Id: 'SampleAuthorizationPolicy',
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AuthorizeMarketer',
        Effect: 'Allow',
        Resource: IDENTITY,
        Principal: { AWS: ['999999999999'] },
        Action: ['SES:SendEmail', 'SES:SendRawEmail'],
        Condition: { StringLike: { 'ses:FromAddress': 'marketing+*@ses-example.com' } },
      },
    ],
  },
  null,
  2,
);
const announcementRequest: EvaluationRequest = {
  principal: 'arn:aws:iam::999999999999:user/marketer',
  action: 'ses:SendEmail',
  resource: IDENTITY,
  context: { 'ses:FromAddress': 'marketing+spring@ses-example.com' },
  resourcePolicies: [{ name: 'announcement', document: announcement }],
};

// (b) 20 policies of 5 conditional statements, none of which applies until the very last:
// every statement of every policy is examined on every call.
function manyPolicies(): { name: string; document: string }[] {
  return Array.from({ length: 20 }, (_, p) => ({
    name: `partner-${p}`,
    document: JSON.stringify({
      Version: '2012-10-17',
      Statement: Array.from({ length: 5 }, (_, s) => ({
        Sid: `P${p}S${s}`,
        Effect: p === 19 && s === 4 ? 'Allow' : s % 2 ? 'Deny' : 'Allow',
        Principal: {
          AWS: [p === 19 && s === 4 ? '999999999999' : `1000000000${String(p).padStart(2, '0')}`],
        },
        Action: ['ses:SendEmail', 'ses:SendRawEmail'],
        Resource: IDENTITY,
        Condition: {
          StringLike: { 'ses:FromAddress': `team${s}+*@ses-example.com` },
          'ForAllValues:StringLike': { 'ses:Recipients': ['*@example.com', '*@example.org'] },
          DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' },
        },
      })),
    }),
  }));
}
const manyRequest: EvaluationRequest = {
  principal: 'arn:aws:iam::999999999999:user/marketer',
  action: 'ses:SendEmail',
  resource: IDENTITY,
  context: {
    'ses:FromAddress': 'team4+spring@ses-example.com',
    'ses:Recipients': ['a@example.com', 'b@example.org'],
    'aws:CurrentTime': '2026-11-22T10:00:00Z',
  },
  resourcePolicies: manyPolicies(),
};

// (c) A policy just under 4 KB with the kinds of statements people write.
function policyNear4Kb(): string {
  const statements: object[] = [];
  let text = '';
  for (let i = 0; ; i++) {
    statements.push({
      Sid: `Grant${i}`,
      Effect: i % 4 === 3 ? 'Deny' : 'Allow',
      Principal: { AWS: [`arn:aws:iam::${String(100000000000 + i)}:user/sender-${i}`] },
      Action: ['ses:SendEmail', 'ses:SendRawEmail'],
      Resource: IDENTITY,
      Condition: {
        StringLike: { 'ses:FromAddress': `dept${i}+*@ses-example.com` },
        'ForAllValues:StringLike': { 'ses:Recipients': '*@example.com' },
        IpAddress: { 'aws:SourceIp': `203.0.${i % 255}.0/24` },
      },
    });
    const next = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
    if (byteLength(next) > 4096) break;
    text = next;
  }
  return text;
}

async function main() {
  console.log(`Policy engine (Node ${process.version}, ${new Date().toISOString()})`);
  const a = evaluate(announcementRequest);
  const b = evaluate(manyRequest);
  if (a.decision !== 'Allow' || b.decision !== 'Allow') {
    throw new Error(`bench scenarios must allow: (a) ${a.decision}, (b) ${b.decision}`);
  }
  opsPerSecond('(a) announcement policy', 1_000_000, () => evaluate(announcementRequest));
  opsPerSecond('(b) 20 policies x 5 statements', 100_000, () => evaluate(manyRequest));
  const big = policyNear4Kb();
  // validatePolicy parses from scratch on every call, as the editor does on each keystroke.
  medianMs(`(c) validatePolicy on a ${byteLength(big).toLocaleString('en-US')}-byte policy`, 2, () =>
    validatePolicy(big, { identityArn: IDENTITY, policyName: 'partners' }),
  );
  console.log('');
  await benchEmulator();
}

void main();
