/**
 * `npx tsx scripts/bench-analysis.ts`: the access analysis through the engine's public API.
 *   (a) compareAccess, the announcement's policy against an edit of it (glob widened)  target median < 5 ms
 *   (b) compareAccess, 20 policies × 5 statements against an edit of one statement    target median < 100 ms
 *   (c) whoCanSend for 1,000 identities with 3 policies each (an account report)        target median < 2 s
 * Medians of several runs after a warm-up (wall clock, which the targets are for; the process's
 * CPU time beside it). Every run uses fresh policy texts (a counter in an
 * address), so the engine's caches of compiled policies do not flatter the figures. Machines are
 * shared and noisy: read the figures against the targets, not as exact values.
 */
import { compareAccess, whoCanSend, type PolicyInput } from '../src/policy-engine/index.ts';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
let fresh = 0;

function announcement(from: string): PolicyInput[] {
  const document = JSON.stringify({
    Id: 'SampleAuthorizationPolicy',
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AuthorizeMarketer',
        Effect: 'Allow',
        Resource: ARN,
        Principal: { AWS: ['999999999999'] },
        Action: ['SES:SendEmail', 'SES:SendRawEmail'],
        Condition: { StringLike: { 'ses:FromAddress': from } },
      },
    ],
  });
  return [{ name: 'SampleAuthorizationPolicy', document }];
}

function statementFor(p: number, s: number, run: number, arn: string): object {
  const account = String(100000000000 + p * 10 + s);
  const deny = s === 4;
  return {
    Sid: `S${p}x${s}`,
    Effect: deny ? 'Deny' : 'Allow',
    Resource: arn,
    Principal: { AWS: deny ? '*' : [account] },
    Action: s % 2 ? 'ses:Send*' : ['ses:SendEmail', 'ses:SendRawEmail'],
    Condition: deny
      ? { StringLike: { 'ses:FromAddress': `blocked${p}-${run}*@ses-example.com` } }
      : {
          StringLike: { 'ses:FromAddress': `team${p}-${s}+*@ses-example.com` },
          'ForAllValues:StringLike': { 'ses:Recipients': ['*@example.com', `*@partner${s}.example`] },
          ...(s === 1 ? { IpAddress: { 'aws:SourceIp': `10.${p}.0.0/16` } } : {}),
          ...(s === 2 ? { DateLessThan: { 'aws:CurrentTime': `20${30 + p}-01-01T00:00:00Z` } } : {}),
        },
  };
}

function identityPolicies(count: number, perPolicy: number, run: number, arn = ARN): PolicyInput[] {
  return Array.from({ length: count }, (_, p) => ({
    name: `policy-${p}`,
    document: JSON.stringify({
      Version: '2012-10-17',
      Statement: Array.from({ length: perPolicy }, (_, s) => statementFor(p, s, run, arn)),
    }),
  }));
}

function median(label: string, targetMs: number, runs: number, once: () => void): number {
  for (let i = 0; i < Math.min(runs, 5); i++) once(); // warm-up: JIT
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const used = process.cpuUsage();
    once();
    times.push(performance.now() - start);
    const { user, system } = process.cpuUsage(used);
    cpu.push((user + system) / 1000);
  }
  const mid = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const m = mid(times);
  const verdict = m < targetMs ? 'ok' : 'SLOW';
  // CPU time beside the wall clock: on a shared machine the wall clock also counts waiting for a core.
  console.log(
    `${label.padEnd(64)} median ${m.toFixed(2).padStart(9)} ms  (target < ${targetMs} ms) ${verdict}  [cpu ${mid(cpu).toFixed(2)} ms]`,
  );
  return m;
}

const results = [
  median('(a) compareAccess: announcement, FromAddress glob widened', 5, 200, () => {
    const run = fresh++;
    const r = compareAccess({
      identityArn: ARN,
      before: announcement(`marketing+*@ses-example.com`),
      after: announcement(`*${run}@ses-example.com`),
    });
    if (r.verdict !== 'gains-and-loses' && r.verdict !== 'gains') throw new Error(`unexpected ${r.verdict}`);
  }),
  median('(b) compareAccess: 20 policies x 5 statements, one statement edited', 100, 21, () => {
    const run = fresh++;
    const before = identityPolicies(20, 5, run);
    const after = before.map((p, i) =>
      i === 7 ? { ...p, document: String(p.document).replace('team7-0+*@', 'team7-0*@') } : p,
    );
    const r = compareAccess({ identityArn: ARN, before, after });
    if (r.verdict !== 'gains') throw new Error(`unexpected ${r.verdict}: ${r.unknown?.join('; ')}`);
  }),
  median('(c) whoCanSend: 1,000 identities x 3 policies', 2000, 5, () => {
    const run = fresh++;
    for (let i = 0; i < 1000; i++) {
      const arn = `arn:aws:ses:us-east-1:888888888888:identity/d${i}.ses-example.com`;
      const r = whoCanSend({ identityArn: arn, policies: identityPolicies(3, 5, run * 1000 + i, arn) });
      if (!r.rows.length) throw new Error('no rows');
    }
  }),
];
const targets = [5, 100, 2000];
if (results.some((m, i) => m >= targets[i]!)) process.exitCode = 1;
