import { describe, expect, it } from 'vitest';
import { emptyStatement } from './form-defaults';
import { generatorSchema, policyNameError, type ConditionForm, type StatementForm } from './generator-schema';

const schema = generatorSchema(['SampleAuthorizationPolicy']);

function issues(statements: Partial<StatementForm>[], name = 'Valid') {
  const result = schema.safeParse({
    name,
    statements: statements.map((s) => ({ ...emptyStatement(), ...s })),
  });
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

const messages = (statement: Partial<StatementForm>) => issues([statement]).map((i) => i.message);

const withCondition = (c: Partial<ConditionForm>) =>
  messages({
    principals: '999999999999',
    conditions: [
      { key: 'ses:FromAddress', operator: 'StringLike', setOperator: '', values: 'a@b.example', ...c },
    ],
  });

describe('principals', () => {
  it('accepts account IDs, IAM user and role ARNs and service principals', () => {
    expect(
      messages({
        principals:
          '999999999999\narn:aws:iam::999999999999:user/marketer\narn:aws:iam::999999999999:role/sender\nsns.amazonaws.com',
      }),
    ).toEqual([]);
  });

  it('checks each line as typed, with a specific message naming the line', () => {
    expect(messages({ principals: '999999999999\n12345' })).toEqual([
      expect.stringMatching(/^Line 2: "12345" is not an AWS account ID/),
    ]);
    expect(messages({ principals: '9999-9999-9999' })).toEqual([expect.stringMatching(/without dashes/)]);
    expect(messages({ principals: '*' })).toEqual([
      expect.stringMatching(/^Line 1: "\*" would let every AWS account/),
    ]);
    expect(messages({ principals: 'sns' })).toEqual([expect.stringMatching(/sns\.amazonaws\.com/)]);
    expect(messages({ principals: 'SNS.amazonaws.com' })).toEqual([expect.stringMatching(/lower case/)]);
    expect(messages({ principals: 'arn:aws:iam::999999999999:group/team' })).toEqual([
      expect.stringMatching(/groups cannot be principals/),
    ]);
    expect(messages({ principals: 'arn:aws:iam::99:user/x' })).toEqual([
      expect.stringMatching(/not a valid AWS principal/),
    ]);
  });

  it('reports duplicates and every wrong line', () => {
    expect(messages({ principals: '999999999999\n999999999999' })).toEqual([
      'Line 2: 999999999999 is already on line 1.',
    ]);
    expect(messages({ principals: '1\n2\n3' })).toEqual([
      expect.stringMatching(/^Line 1: "1" .*\. Line 2: "2" .*\. Line 3: "3" .*\.$/),
    ]);
    const many = Array.from({ length: 12 }, (_, i) => String(i + 1)).join('\n');
    expect(messages({ principals: many })).toEqual([
      expect.stringMatching(/^Line 1: .* Line 10: .*\. And 2 more lines\.$/),
    ]);
  });

  it('needs at least one principal, and an action', () => {
    expect(issues([{ principals: ' \n', actions: [] }])).toEqual([
      { path: 'statements.0.principals', message: expect.stringMatching(/at least one principal/) },
      { path: 'statements.0.actions', message: 'Choose at least one send action.' },
    ]);
    expect(messages({ principals: '999999999999', actions: ['ses:DeleteIdentity'] })).toEqual([
      'Not a send action: ses:DeleteIdentity.',
    ]);
  });
});

describe('statement IDs', () => {
  it('are optional, letters and digits, unique in the policy', () => {
    expect(messages({ principals: '999999999999', sid: '' })).toEqual([]);
    expect(messages({ principals: '999999999999', sid: 'Authorize Marketer' })).toEqual([
      expect.stringMatching(/only letters .* and digits/),
    ]);
    expect(
      issues([
        { principals: '999999999999', sid: 'A1' },
        { principals: '999999999999', sid: 'A1' },
      ]),
    ).toEqual([
      {
        path: 'statements.1.sid',
        message: 'Statement 1 already uses the ID A1; give each statement its own.',
      },
    ]);
  });
});

describe('condition values by type', () => {
  it('dates: ISO 8601 or epoch seconds', () => {
    const date = (values: string) =>
      withCondition({ key: 'aws:CurrentTime', operator: 'DateLessThan', values });
    expect(date('2027-01-01T00:00:00Z\n2027-01-01\n1767225600\n2018-08-31T12:00Z')).toEqual([]);
    expect(date('next tuesday')).toEqual([expect.stringMatching(/^Line 1: "next tuesday" is not a date/)]);
    expect(date('2027-13-45T00:00:00Z')).toEqual([expect.stringMatching(/is not a date/)]);
  });

  it('numbers for Numeric operators on aws:EpochTime', () => {
    const numeric = (values: string) =>
      withCondition({ key: 'aws:EpochTime', operator: 'NumericLessThan', values });
    expect(numeric('1767225600')).toEqual([]);
    expect(numeric('soon')).toEqual([expect.stringMatching(/"soon" is not a number/)]);
  });

  it('IP addresses and CIDR ranges, IPv4 and IPv6', () => {
    const ip = (values: string) => withCondition({ key: 'aws:SourceIp', operator: 'IpAddress', values });
    expect(ip('203.0.113.0/24\n198.51.100.7\n2001:db8::/32')).toEqual([]);
    expect(ip('300.1.1.1')).toEqual([expect.stringMatching(/not an IP address or CIDR range/)]);
    expect(ip('10.0.0.0/33')).toEqual([expect.stringMatching(/not an IP address/)]);
    expect(ip('10')).toEqual([expect.stringMatching(/not an IP address/)]);
  });

  it('booleans: a single true or false', () => {
    const bool = (values: string) => withCondition({ key: 'aws:SecureTransport', operator: 'Bool', values });
    expect(bool('true')).toEqual([]);
    expect(bool('yes')).toEqual([expect.stringMatching(/Use true or false, not "yes"/)]);
    expect(bool('true\nfalse')).toEqual(['Bool takes a single value: true or false.']);
  });

  it('wildcards need StringLike', () => {
    expect(withCondition({ operator: 'StringEquals', values: 'marketing+*@x.example' })).toEqual([
      expect.stringMatching(/StringEquals compares "marketing\+\*@x.example" exactly.*Use StringLike/),
    ]);
  });

  it('needs values, an operator that suits the key, and a set operator for ses:Recipients', () => {
    expect(withCondition({ values: '\n' })).toEqual(['Enter at least one value, one per line.']);
    expect(withCondition({ key: 'aws:SourceIp', operator: 'StringLike' })).toEqual([
      expect.stringMatching(/StringLike does not suit aws:SourceIp/),
    ]);
    expect(withCondition({ key: 'ses:Recipients', setOperator: '' })).toEqual([
      expect.stringMatching(/choose ForAllValues .* or ForAnyValue/),
    ]);
    expect(withCondition({ key: 'ses:Recipients', operator: 'Null', values: 'false' })).toEqual([]);
    expect(withCondition({ key: 'nope:Key' })).toEqual(['Choose a condition key.']);
  });

  it('refuses testing one key twice with the same operator (JSON would keep only one)', () => {
    const c: ConditionForm = {
      key: 'ses:FromAddress',
      operator: 'StringLike',
      setOperator: '',
      values: 'a*@x.example',
    };
    expect(issues([{ principals: '999999999999', conditions: [c, c] }])).toEqual([
      {
        path: 'statements.0.conditions.1.values',
        message: expect.stringMatching(/already tests ses:FromAddress/),
      },
    ]);
  });
});

describe('the policy name', () => {
  it('follows SES’s rule and differs from the identity’s names', () => {
    expect(policyNameError('AuthorizeMarketer', ['Other'])).toBeUndefined();
    expect(policyNameError('', [])).toBe('Enter a policy name.');
    expect(policyNameError('has space', [])).toMatch(/remove the spaces/);
    expect(policyNameError('x'.repeat(65), [])).toMatch(/at most 64/);
    expect(policyNameError('Taken', ['Taken'])).toMatch(/already has a policy named "Taken"/);
    expect(
      policyNameError(
        'New',
        Array.from({ length: 20 }, (_, i) => `p${i}`),
      ),
    ).toMatch(/20/);
    expect(issues([{ principals: '999999999999' }], 'SampleAuthorizationPolicy')).toEqual([
      { path: 'name', message: expect.stringMatching(/already has a policy named/) },
    ]);
  });
});
