/**
 * `npx tsx scripts/bench-matrix.ts`: a 100,000-cell simulator matrix (principals × From
 * addresses × recipients × actions) through `evaluateMatrix`, the pure function the simulator's
 * Web Worker runs. Target: under 1 s. Median of 5 runs after a warm-up; machines are shared and
 * noisy, so read the figure against the target rather than as an exact value.
 */
import {
  CELL_ALLOW,
  CELL_EXPLICIT_DENY,
  CELL_IMPLICIT_DENY,
  CELL_REJECTED,
  evaluateMatrix,
  matrixSize,
  type MatrixInput,
} from '../src/features/simulator/matrix/matrix.ts';

const TARGET_MS = 1000;
const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const policy = JSON.stringify({
  Id: 'SampleAuthorizationPolicy',
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'AuthorizeMarketer',
      Effect: 'Allow',
      Resource: ARN,
      Principal: { AWS: ['999999999999'] },
      Action: ['ses:SendEmail', 'ses:SendRawEmail'],
      Condition: {
        StringLike: { 'ses:FromAddress': 'marketing+*@ses-example.com' },
        IpAddress: { 'aws:SourceIp': '203.0.113.0/24' },
        'ForAllValues:StringLike': { 'ses:Recipients': ['*@example.com', '*@example.org'] },
      },
    },
    {
      Sid: 'NoCeo',
      Effect: 'Deny',
      Resource: ARN,
      Principal: { AWS: '*' },
      Action: 'ses:*',
      Condition: { StringLike: { 'ses:FromAddress': 'ceo*@ses-example.com' } },
    },
  ],
});

// 10 principals × 4 actions × 50 From addresses × 50 recipients = 100,000 cells.
const principals = [
  { caller: '999999999999' },
  { caller: 'arn:aws:iam::999999999999:root' },
  {
    caller: 'arn:aws:iam::999999999999:user/marketer',
    iamPolicies: [
      {
        name: 'SendThroughSes',
        document: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: ['ses:SendEmail', 'ses:SendRawEmail'], Resource: '*' }],
        }),
      },
    ],
  },
  { caller: 'arn:aws:iam::999999999999:role/Mailer' },
  { caller: 'arn:aws:sts::999999999999:assumed-role/Mailer/session-1' },
  { caller: 'arn:aws:iam::111122223333:root' },
  { caller: 'arn:aws:iam::111122223333:user/outsider' },
  { caller: 'arn:aws:iam::888888888888:root' },
  { caller: 'arn:aws:iam::888888888888:user/ops' },
  { caller: 'sns.amazonaws.com' },
];
const input: MatrixInput = {
  region: 'us-east-1',
  identities: [
    {
      arn: ARN,
      account: '888888888888',
      region: 'us-east-1',
      name: 'ses-example.com',
      verified: true,
      policies: [{ name: 'SampleAuthorizationPolicy', document: policy }],
    },
  ],
  principals,
  actions: ['SendEmail', 'SendRawEmail', 'SendTemplatedEmail', 'SendBulkTemplatedEmail'],
  froms: Array.from({ length: 50 }, (_, i) =>
    i % 5 === 0 ? `ceo${i}@ses-example.com` : `marketing+campaign${i}@ses-example.com`,
  ),
  recipients: Array.from({ length: 50 }, (_, i) => `customer${i}@example.com`),
  fixedRecipients: [],
  sourceArn: ARN,
  context: { sourceIp: '203.0.113.10', time: '2026-11-22T12:00:00Z', secureTransport: true },
};

const cells = matrixSize(input);
evaluateMatrix(input); // warm-up: compile the policies, JIT
const runs: number[] = [];
let last = evaluateMatrix(input);
for (let i = 0; i < 5; i++) {
  last = evaluateMatrix(input);
  runs.push(last.elapsedMs);
}
runs.sort((a, b) => a - b);
const median = runs[2] ?? 0;
const count = (code: number) => last.decisions.filter((d) => d === code).length.toLocaleString('en-US');
console.log(
  `matrix: ${cells.toLocaleString('en-US')} cells in ${median.toFixed(0)} ms (median of 5; ${Math.round(
    (cells / median) * 1000,
  ).toLocaleString('en-US')} cells/s; ${median < TARGET_MS ? 'meets' : 'MISSES'} < ${TARGET_MS} ms)`,
);
console.log(
  `  Allow ${count(CELL_ALLOW)}, implicit deny ${count(CELL_IMPLICIT_DENY)}, explicit deny ${count(
    CELL_EXPLICIT_DENY,
  )}, refused before policies ${count(CELL_REJECTED)}`,
);
