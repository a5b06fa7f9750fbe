import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { exampleFromAddress, exampleRecipient } from './grant-examples';
import { grantOn, grantsFor, iamAllowedActions, type IdentityWithPolicies } from './grants';

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

describe('grantsFor', () => {
  it("lists the account's grant for its IAM user, with each condition in plain English", () => {
    const [grant] = grantsFor(MARKETER, [identity([allow])]);
    expect(grant?.identityArn).toBe(ARN);
    expect(grant?.ownerAccount).toBe('888888888888');
    expect(grant?.allows[0]?.actions).toEqual(['ses:SendEmail', 'ses:SendRawEmail']);
    expect(grant?.allows[0]?.conditions).toEqual([
      'only From addresses matching `marketing+*@ses-example.com`',
      'only to recipients at example.com',
      'until 2027-01-01',
    ]);
    expect(grant && exampleFromAddress(grant)).toBe('marketing+example@ses-example.com');
    expect(grant && exampleRecipient(grant)).toBe('recipient@example.com');
  });

  it('gives nothing to another account, and nothing on identities of its own account', () => {
    expect(grantsFor('arn:aws:iam::111122223333:root', [identity([allow])])).toEqual([]);
    expect(grantsFor('arn:aws:iam::888888888888:root', [identity([allow])])).toEqual([]);
    const onlyUser = { ...allow, Principal: { AWS: 'arn:aws:iam::999999999999:user/someone-else' } };
    expect(grantsFor(MARKETER, [identity([onlyUser])])).toEqual([]);
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
    expect(grant?.denies[0]?.conditions).toEqual(['only the From address `ceo@ses-example.com`']);
  });

  it('understands wildcards in actions and resources, and NotAction', () => {
    const wide = { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'ses:Send*', Resource: '*' };
    expect(grantOn(MARKETER, identity([wide])).allows[0]?.actions).toEqual([
      'ses:SendEmail',
      'ses:SendRawEmail',
      'ses:SendTemplatedEmail',
      'ses:SendBulkTemplatedEmail',
      'ses:SendBulkEmail',
    ]);
    const notAction = { ...wide, Action: undefined, NotAction: 'ses:SendRawEmail' };
    expect(grantOn(MARKETER, identity([notAction])).allows[0]?.actions).not.toContain('ses:SendRawEmail');
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

describe('grantOn agrees with evaluate', () => {
  const SESSION = 'arn:aws:sts::999999999999:assumed-role/Mailer/run-1';
  const cases: [string, object][] = [
    ['a role, for its session', { Principal: { AWS: 'arn:aws:iam::999999999999:role/Mailer' } }],
    ['another role', { Principal: { AWS: 'arn:aws:iam::999999999999:role/Other' } }],
    ['NotPrincipal of another account', { NotPrincipal: { AWS: '111122223333' } }],
    ['a service', { Principal: { Service: 'sns.amazonaws.com' } }],
    ['a Resource glob over the whole ARN', { Principal: '*', Resource: 'arn:aws:ses:*' }],
    ['NotResource of another identity', { Principal: '*', Resource: undefined, NotResource: `${ARN}.other` }],
    ['NotAction of every send action', { Principal: '*', Action: undefined, NotAction: 'ses:Send*' }],
  ];
  it.each(cases)('%s', (_, patch) => {
    const statement = { Effect: 'Allow', Action: 'ses:SendEmail', Resource: ARN, ...patch };
    const granted = grantOn(SESSION, identity([statement])).allows.some((s) =>
      s.actions.includes('ses:SendEmail'),
    );
    const evaluation = evaluate({
      principal: SESSION,
      action: 'ses:SendEmail',
      resource: ARN,
      resourcePolicies: identity([statement]).policies,
    });
    expect(granted).toBe(evaluation.resourcePolicyDecision === 'Allow');
  });
});

describe('iamAllowedActions', () => {
  const grant = grantOn(MARKETER, identity([allow]));
  const iam = (action: string) => [
    {
      name: 'Send',
      document: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }],
      }),
    },
  ];
  it("checks an IAM user's own policies; roots need none", () => {
    expect(iamAllowedActions(grant, MARKETER, iam('ses:SendEmail'))).toEqual(['ses:SendEmail']);
    expect(iamAllowedActions(grant, MARKETER, [])).toEqual([]);
    expect(iamAllowedActions(grant, 'arn:aws:iam::999999999999:root', [])).toBeUndefined();
  });
});
