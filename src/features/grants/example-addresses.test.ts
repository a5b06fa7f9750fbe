import { describe, expect, it } from 'vitest';
import { grantOn, grantsFor, type IdentityWithPolicies } from '../../policy-engine';
import { exampleFromAddress, exampleRecipient } from './example-addresses';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const MARKETER = 'arn:aws:iam::999999999999:user/marketer';
const identity = (statements: object[], arn = ARN): IdentityWithPolicies => ({
  identityArn: arn,
  account: arn.split(':')[4] ?? '',
  region: 'us-east-1',
  name: arn.split('/')[1] ?? '',
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

describe('example addresses', () => {
  it("fills in the grant's From and recipient patterns", () => {
    const [grant] = grantsFor(MARKETER, [identity([allow])]);
    expect(grant && exampleFromAddress(grant)).toBe('marketing+example@ses-example.com');
    expect(grant && exampleRecipient(grant)).toBe('recipient@example.com');
  });

  it('suggests an address when the grant does not limit From or recipients', () => {
    const plain = { ...allow, Condition: undefined };
    const grant = grantOn(MARKETER, identity([plain]));
    expect(exampleFromAddress(grant)).toBe('sender@ses-example.com');
    expect(exampleRecipient(grant)).toBe('success@simulator.amazonses.com');
    const email = 'arn:aws:ses:us-east-1:888888888888:identity/news@ses-example.com';
    expect(exampleFromAddress(grantOn(MARKETER, identity([{ ...plain, Resource: email }], email)))).toBe(
      'news@ses-example.com',
    );
  });
});
