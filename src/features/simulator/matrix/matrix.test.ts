import { describe, expect, it } from 'vitest';
import {
  CELL_ALLOW,
  CELL_EXPLICIT_DENY,
  CELL_IMPLICIT_DENY,
  CELL_REJECTED,
  cellIndex,
  evaluateMatrix,
  matrixSize,
  type MatrixInput,
} from './matrix';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const policy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: ['999999999999'] },
      Action: ['ses:SendEmail'],
      Resource: ARN,
      Condition: {
        StringLike: { 'ses:FromAddress': 'marketing+*@ses-example.com' },
        'ForAllValues:StringLike': { 'ses:Recipients': '*@example.com' },
      },
    },
    {
      Effect: 'Deny',
      Principal: { AWS: ['999999999999'] },
      Action: ['ses:SendEmail'],
      Resource: ARN,
      Condition: { StringEquals: { 'ses:FromAddress': 'marketing+blocked@ses-example.com' } },
    },
  ],
});
const input: MatrixInput = {
  region: 'us-east-1',
  identities: [
    {
      arn: ARN,
      account: '888888888888',
      region: 'us-east-1',
      name: 'ses-example.com',
      verified: true,
      policies: [{ name: 'p', document: policy }],
    },
  ],
  principals: [{ caller: '999999999999' }, { caller: 'arn:aws:iam::111122223333:root' }],
  actions: ['SendEmail', 'SendRawEmail'],
  froms: ['marketing+spring@ses-example.com', 'marketing+blocked@ses-example.com'],
  recipients: ['a@example.com', 'b@elsewhere.com'],
  fixedRecipients: [],
  sourceArn: ARN,
  context: { sourceIp: '203.0.113.10', time: '2026-11-22T12:00:00Z', secureTransport: true },
};

describe('evaluateMatrix', () => {
  it('evaluates every cell in principal, From, recipient, action order', () => {
    const result = evaluateMatrix(input);
    expect(result.cells).toBe(16);
    expect(matrixSize(input)).toBe(16);
    const at = (p: number, f: number, r: number, a: number) => result.decisions[cellIndex(input, p, f, r, a)];
    expect(at(0, 0, 0, 0)).toBe(CELL_ALLOW);
    expect(at(0, 0, 0, 1)).toBe(CELL_IMPLICIT_DENY); // SendRawEmail not granted
    expect(at(0, 0, 1, 0)).toBe(CELL_IMPLICIT_DENY); // recipient outside example.com
    expect(at(0, 1, 0, 0)).toBe(CELL_EXPLICIT_DENY);
    expect(at(1, 0, 0, 0)).toBe(CELL_IMPLICIT_DENY); // another account
    expect([...result.decisions].filter((d) => d === CELL_ALLOW)).toHaveLength(1);
  });

  it('uses the fixed recipients when there is no recipient dimension', () => {
    const fixed = { ...input, recipients: [], fixedRecipients: ['x@example.com', 'y@example.com'] };
    const result = evaluateMatrix(fixed);
    expect(result.cells).toBe(8);
    expect(result.decisions[cellIndex(fixed, 0, 0, 0, 0)]).toBe(CELL_ALLOW);
  });

  it("refuses before any policy what SES's own checks refuse (an address outside the identity)", () => {
    const result = evaluateMatrix({ ...input, froms: ['someone@other.example'] });
    expect(result.decisions[0]).toBe(CELL_REJECTED);
  });

  it('agrees cell for cell with a whole authorizeSend per cell (the fast recipient path)', () => {
    const wide: MatrixInput = {
      ...input,
      identities: [
        ...input.identities,
        {
          arn: 'arn:aws:ses:us-east-1:888888888888:identity/boss@ses-example.com',
          account: '888888888888',
          region: 'us-east-1',
          name: 'boss@ses-example.com',
          verified: true,
          policies: [
            {
              name: 'boss',
              document: JSON.stringify({
                Version: '2012-10-17',
                Statement: [
                  {
                    Effect: 'Allow',
                    Principal: { AWS: '*' },
                    Action: 'ses:*',
                    Resource: 'arn:aws:ses:us-east-1:888888888888:identity/boss@ses-example.com',
                    Condition: { 'ForAnyValue:StringEquals': { 'ses:Recipients': 'vip@example.com' } },
                  },
                ],
              }),
            },
          ],
        },
      ],
      principals: [
        ...input.principals,
        { caller: 'arn:aws:iam::999999999999:user/marketer', iamPolicies: [] },
        { caller: 'arn:aws:iam::888888888888:root' },
        { caller: 'sns.amazonaws.com' },
      ],
      actions: ['SendEmail', 'SendRawEmail', 'SendTemplatedEmail', 'SendBulkTemplatedEmail'],
      froms: [...input.froms, 'boss@ses-example.com', 'x@other.example', 'not an address'],
      recipients: ['a@example.com', 'vip@example.com', 'b@elsewhere.com', 'broken', 'c@example.com'],
      returnPath: 'bounces@ses-example.com',
    };
    const fast = evaluateMatrix(wide);
    const direct = evaluateMatrix(wide, { direct: true });
    expect([...fast.decisions]).toEqual([...direct.decisions]);
    expect(new Set(fast.decisions).size).toBe(4);
  });
});
