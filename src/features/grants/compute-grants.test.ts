import { describe, expect, it } from 'vitest';
import { exampleFromAddress, grantsFor, type IdentityWithPolicies } from './compute-grants';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const identity = (statements: object[]): IdentityWithPolicies => ({
  identityArn: ARN,
  account: '888888888888',
  name: 'ses-example.com',
  verified: true,
  policies: [{ name: 'P', document: JSON.stringify({ Version: '2012-10-17', Statement: statements }) }],
});
const allow = {
  Sid: 'AuthorizeMarketer',
  Effect: 'Allow',
  Principal: { AWS: ['999999999999'] },
  Action: ['ses:SendEmail', 'ses:SendRawEmail'],
  Resource: ARN,
  Condition: {
    StringLike: { 'ses:FromAddress': 'marketing+*@ses-example.com' },
    'ForAllValues:StringLike': { 'ses:Recipients': '*@example.com' },
    DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' },
  },
};

describe('grantsFor', () => {
  it("lists the account's grant for its IAM user, with each condition in plain English", () => {
    const [grant] = grantsFor('arn:aws:iam::999999999999:user/marketer', [identity([allow])]);
    expect(grant?.identityArn).toBe(ARN);
    expect(grant?.ownerAccount).toBe('888888888888');
    expect(grant?.allows[0]?.actions).toEqual(['ses:SendEmail', 'ses:SendRawEmail']);
    expect(grant?.allows[0]?.conditions).toEqual([
      'the From address matches `marketing+*@ses-example.com`',
      'only to recipients at example.com',
      'until `2027-01-01T00:00:00Z`',
    ]);
    expect(grant && exampleFromAddress(grant)).toBe('marketing+example@ses-example.com');
  });

  it('gives nothing to another account, and nothing on identities of its own account', () => {
    expect(grantsFor('arn:aws:iam::111122223333:root', [identity([allow])])).toEqual([]);
    expect(grantsFor('arn:aws:iam::888888888888:root', [identity([allow])])).toEqual([]);
  });

  it('reports Deny statements beside the grant, and ignores statements for other actions or identities', () => {
    const deny = {
      ...allow,
      Sid: 'NoCeo',
      Effect: 'Deny',
      Condition: { StringEquals: { 'ses:FromAddress': 'ceo@ses-example.com' } },
    };
    const other = {
      ...allow,
      Sid: 'Elsewhere',
      Resource: 'arn:aws:ses:us-east-1:888888888888:identity/other.example',
    };
    const list = { ...allow, Sid: 'List', Action: ['ses:ListIdentities'] };
    const [grant] = grantsFor('999999999999', [identity([allow, deny, other, list])]);
    expect(grant?.allows.map((s) => s.sid)).toEqual(['AuthorizeMarketer']);
    expect(grant?.denies.map((s) => s.sid)).toEqual(['NoCeo']);
  });
});
