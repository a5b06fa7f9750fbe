// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateIdentityPolicies, validatePolicy, validatePolicyName } from './validate';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const good = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'AuthorizeMarketer',
      Effect: 'Allow',
      Resource: ARN,
      Principal: { AWS: ['999999999999'] },
      Action: ['ses:SendEmail', 'ses:SendRawEmail'],
      Condition: { StringLike: { 'ses:FromAddress': 'marketing+*@ses-example.com' } },
    },
  ],
};
const text = (doc: object) => JSON.stringify(doc, null, 2);
const withStatement = (patch: object, drop: string[] = []) => {
  const statement: Record<string, unknown> = { ...good.Statement[0], ...patch };
  for (const key of drop) delete statement[key];
  return text({ ...good, Statement: [statement] });
};
const errors = (t: string) => validatePolicy(t, { identityArn: ARN }).filter((d) => d.severity === 'error');
const codes = (t: string) => errors(t).map((d) => d.code);

describe('validatePolicy: what SES would refuse', () => {
  it('accepts the announcement policy written correctly, with no findings at all', () => {
    expect(validatePolicy(text(good), { identityArn: ARN })).toEqual([]);
  });

  it('reports invalid JSON with its position', () => {
    const [d] = errors('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow",,}\n  ]\n}');
    expect(d).toMatchObject({ code: 'invalid-json', severity: 'error' });
    expect(d?.range.start.line).toBe(4);
    expect(d?.message).toMatch(/^Invalid JSON: /);
  });

  it('refuses a policy over 4 KB, saying by how much', () => {
    const big = withStatement({ Sid: 'x'.repeat(4200) });
    const d = errors(big).find((e) => e.code === 'policy-too-large');
    expect(d?.message).toMatch(/^The policy is 4,\d{3} bytes; SES accepts at most 4,096/);
  });

  it('needs a statement, and Effect, Principal, Action and Resource in each', () => {
    expect(codes(text({ Version: '2012-10-17', Statement: [] }))).toEqual(['no-statement']);
    expect(codes(withStatement({}, ['Effect']))).toContain('missing-effect');
    expect(codes(withStatement({}, ['Principal']))).toContain('missing-principal');
    expect(codes(withStatement({}, ['Action']))).toContain('missing-action');
    expect(codes(withStatement({}, ['Resource']))).toContain('missing-resource');
  });

  it('requires the Resource to be the identity the policy is attached to', () => {
    const other = errors(
      withStatement({ Resource: 'arn:aws:ses:us-east-1:888888888888:identity/other.com' }),
    );
    expect(other[0]).toMatchObject({ code: 'resource-not-identity', path: ['Statement', 0, 'Resource'] });
    expect(other[0]?.message).toContain(ARN);
    expect(other[0]?.range.start.line).toBe(7); // { Version Statement [ { Sid Effect Resource
    expect(errors(withStatement({ Resource: ARN.toUpperCase() }))[0]?.message).toMatch(
      /differs only in letter case/,
    );
    expect(codes(withStatement({ Resource: '*' }))).toEqual(['resource-not-identity']);
    expect(codes(withStatement({ NotResource: ARN }, ['Resource']))).toEqual(['not-resource']);
  });

  it('refuses malformed principals with a message that says what a good one looks like', () => {
    expect(errors(withStatement({ Principal: { AWS: '9999-9999-9999' } }))[0]?.message).toMatch(
      /without dashes/,
    );
    expect(codes(withStatement({ Principal: { AWS: 'arn:aws:iam::99:user/x' } }))).toEqual([
      'malformed-principal',
    ]);
    expect(codes(withStatement({ Principal: { Service: 'cognito' } }))).toEqual(['malformed-principal']);
    expect(codes(withStatement({ Principal: { Federated: 'cognito-identity.amazonaws.com' } }))).toEqual([
      'malformed-principal',
    ]);
    expect(
      codes(withStatement({ Principal: { AWS: 'arn:aws:sts::999999999999:assumed-role/Mailer/s' } })),
    ).toEqual([]);
    expect(codes(withStatement({ Principal: 'everyone' }))).toEqual(['invalid-principal']);
  });

  it('refuses unknown operators and keys, and invalid versions', () => {
    expect(codes(withStatement({ Condition: { StringMatch: { 'ses:FromAddress': 'x' } } }))).toEqual([
      'unknown-operator',
    ]);
    expect(
      codes(withStatement({ Condition: { StringEquals: { 'ses:From': 'a@ses-example.com' } } })),
    ).toEqual(['unknown-condition-key']);
    expect(codes(text({ ...good, Version: '2020-01-01' }))).toEqual(['invalid-version']);
  });
});

describe('policy names and identity-wide limits', () => {
  it('validates policy names as SES does', () => {
    expect(validatePolicyName('Marketing_2027-spring')).toBeUndefined();
    expect(validatePolicyName('')?.message).toBe('Enter a policy name.');
    expect(validatePolicyName('x'.repeat(65))?.message).toMatch(/at most 64 characters; this one has 65/);
    expect(validatePolicyName('my policy!')?.message).toMatch(/remove the spaces, "!"/);
  });

  it('refuses a 21st policy and duplicate names', () => {
    const policies = Array.from({ length: 21 }, (_, i) => ({ name: `p${i}`, document: text(good) }));
    expect(validateIdentityPolicies(policies, ARN).map((d) => d.code)).toEqual(['too-many-policies']);
    const dupes = validateIdentityPolicies(
      [
        { name: 'a', document: text(good) },
        { name: 'a', document: text(good) },
      ],
      ARN,
    );
    expect(dupes.map((d) => d.code)).toEqual(['duplicate-policy-name']);
  });
});

describe('validatePolicy: SES API v2 actions', () => {
  it('refuses the sesv2: prefix, as SES does, and suggests ses:', () => {
    const found = errors(withStatement({ Action: ['sesv2:SendEmail', 'SESV2:SendBulkEmail'] }));
    expect(found.map((d) => d.code)).toEqual(['invalid-service-prefix', 'invalid-service-prefix']);
    expect(found[0]?.message).toMatch(/Invalid Service In Action/);
    expect(found[0]?.message).toMatch(/"ses:SendEmail"/);
    expect(found[1]?.message).toMatch(/"ses:SendBulkEmail"/);
    expect(found[0]?.path).toEqual(['Statement', 0, 'Action', 0]);
    expect(codes(withStatement({ Action: undefined, NotAction: 'sesv2:*' }, ['Action']))).toContain(
      'invalid-service-prefix',
    );
  });

  it('accepts v2 send actions, and v2 identity actions, without any finding', () => {
    expect(
      validatePolicy(withStatement({ Action: ['ses:SendEmail', 'ses:SendBulkEmail'] }), { identityArn: ARN }),
    ).toEqual([]);
    expect(codes(withStatement({ Action: ['ses:SendBulkEmail', 'ses:GetEmailIdentity'] }))).toEqual([]);
  });
});

describe('action names', () => {
  const arn = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
  const check = (action: unknown) =>
    validatePolicy(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: '999999999999' }, Action: action, Resource: arn }],
      }),
      { identityArn: arn },
    ).map((d) => [d.severity, d.code, d.message] as const);

  it('refuses an SES action that does not exist, with the nearest real one', () => {
    expect(check('ses:SendMail')).toEqual([
      ['error', 'unknown-action', '"ses:SendMail" is not an SES action. Did you mean "ses:SendEmail"?'],
    ]);
    expect(check('ses:sendrawmail')[0]?.[2]).toContain('Did you mean "ses:SendRawEmail"?');
    const far = check('ses:Frobnicate');
    expect(far[0]?.[1]).toBe('unknown-action');
    expect(far[0]?.[2]).toContain('The send actions are ses:SendEmail');
  });

  it('accepts every real SES action in any letter case, v1 and v2', () => {
    for (const action of [
      'SES:sendemail',
      'ses:SendBulkEmail',
      'ses:Send*',
      'ses:*',
      '*',
      ['ses:SendRawEmail'],
    ]) {
      expect(check(action).filter(([severity]) => severity === 'error')).toEqual([]);
    }
  });

  it('refuses a wildcard that matches no SES action, and an action with no service', () => {
    expect(check('ses:Sned*')[0]?.[1]).toBe('action-matches-nothing');
    expect(check('SendEmail')[0]).toEqual([
      'error',
      'action-without-service',
      '"SendEmail" has no service prefix: actions are written service:name, here "ses:SendEmail".',
    ]);
  });

  it('flags, without refusing, an action that can never apply to an identity', () => {
    expect(check('ses:CreateTemplate').map(([s, c]) => [s, c])).toEqual([
      ['warning', 'action-not-for-identity'],
    ]);
    expect(check('s3:GetObject').map(([s, c]) => [s, c])).toEqual([['warning', 'action-other-service']]);
  });

  it('answers a long made-up action name without suggesting a real one', () => {
    const result = check(`ses:${'x'.repeat(2000)}`);
    expect(result[0]?.[1]).toBe('unknown-action');
    expect(result[0]?.[2]).not.toContain('Did you mean');
  });
});
