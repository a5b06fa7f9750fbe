import { describe, expect, it } from 'vitest';
import { evaluate, validatePolicy } from '../../policy-engine';
import { buildPolicyDocument } from './build-policy';
import { emptyStatement, generatorSchema } from './generator-model';
import { START_POINTS } from './start-points';

const IDENTITY = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';

const decide = (document: string, from: string) =>
  evaluate({
    principal: 'arn:aws:iam::999999999999:user/marketer',
    action: 'ses:SendEmail',
    resource: IDENTITY,
    context: { 'ses:FromAddress': from, 'ses:Recipients': ['success@simulator.amazonses.com'] },
    resourcePolicies: [{ name: 'generated', document }],
  }).decision;

describe('the generator start points', () => {
  it.each(START_POINTS.map((p) => [p.id, p] as const))(
    '%s passes the form rules and SES validation',
    (_, point) => {
      const form = point.form(IDENTITY);
      expect(generatorSchema.safeParse(form).success).toBe(true);
      const errors = validatePolicy(buildPolicyDocument(IDENTITY, form), { identityArn: IDENTITY }).filter(
        (d) => d.severity === 'error',
      );
      expect(errors).toEqual([]);
    },
  );

  it("builds the announcement's policy: marketing+spring is allowed, ceo is not", () => {
    const point = START_POINTS.find((p) => p.id === 'from-pattern');
    if (!point) throw new Error('missing start point');
    const document = buildPolicyDocument(IDENTITY, point.form(IDENTITY));
    expect(JSON.parse(document)).toMatchObject({
      Statement: [
        {
          Principal: { AWS: ['999999999999'] },
          Action: ['ses:SendEmail', 'ses:SendRawEmail'],
          Resource: IDENTITY,
          Condition: { StringLike: { 'ses:FromAddress': 'marketing+*@ses-example.com' } },
        },
      ],
    });
    expect(decide(document, 'marketing+spring@ses-example.com')).toBe('Allow');
    expect(decide(document, 'ceo@ses-example.com')).toBe('ImplicitDeny');
  });

  it('the deny start point refuses only the denied address', () => {
    const point = START_POINTS.find((p) => p.id === 'deny-address');
    if (!point) throw new Error('missing start point');
    const document = buildPolicyDocument(IDENTITY, point.form(IDENTITY));
    expect(decide(document, 'news@ses-example.com')).toBe('Allow');
    expect(decide(document, 'ceo@ses-example.com')).toBe('ExplicitDeny');
  });
});

describe('the generator form rules', () => {
  const messagesOf = (statement: object) => {
    const result = generatorSchema.safeParse({ statements: [{ ...emptyStatement(), ...statement }] });
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };

  it('checks each principal as typed, naming the line', () => {
    expect(messagesOf({ principals: '999999999999\n12345' })).toEqual([
      expect.stringMatching(/^Line 2: "12345" is not an AWS account ID/),
    ]);
    expect(messagesOf({ principals: 'arn:aws:iam::999999999999:role/sender\nsns.amazonaws.com' })).toEqual(
      [],
    );
  });

  it('needs a principal and an action', () => {
    expect(messagesOf({ principals: '', actions: [] })).toEqual([
      expect.stringMatching(/at least one principal/),
      'Choose at least one send action.',
    ]);
  });

  it('checks condition values against the operator', () => {
    const condition = (operator: string, values: string, key = 'aws:CurrentTime') => ({
      principals: '999999999999',
      conditions: [{ key, operator, setOperator: '', values }],
    });
    expect(messagesOf(condition('DateLessThan', 'next tuesday'))).toEqual([
      expect.stringMatching(/is not a date/),
    ]);
    expect(messagesOf(condition('IpAddress', '300.1.1.1', 'aws:SourceIp'))).toEqual([
      expect.stringMatching(/not an IP address/),
    ]);
    expect(messagesOf(condition('StringEquals', 'marketing+*@x.com', 'ses:FromAddress'))).toEqual([
      expect.stringMatching(/Use StringLike for wildcards/),
    ]);
    expect(messagesOf(condition('DateLessThan', '2027-01-01T00:00:00Z'))).toEqual([]);
  });
});
