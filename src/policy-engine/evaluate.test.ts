// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { CALLER, IDENTITY, decide, policyWith } from './test-helpers';

const ANNOUNCEMENT = JSON.stringify(
  {
    Id: 'SampleAuthorizationPolicy',
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AuthorizeMarketer',
        Effect: 'Allow',
        Resource: 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com',
        Principal: { AWS: ['999999999999'] },
        Action: ['SES:SendEmail', 'SES:SendRawEmail'],
        Condition: { StringLike: { 'ses:FromAddress': 'marketing+*@ses-example.com' } },
      },
    ],
  },
  null,
  2,
);
const SES_EXAMPLE = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const MARKETER = 'arn:aws:iam::999999999999:user/marketer';

describe('evaluate: decisions and explanations', () => {
  it('explains an Allow: summary, deciding statement with its range, trace per element', () => {
    const result = evaluate({
      principal: MARKETER,
      action: 'ses:SendEmail',
      resource: SES_EXAMPLE,
      context: { 'ses:FromAddress': 'marketing+spring@ses-example.com' },
      resourcePolicies: [{ name: 'announcement', document: ANNOUNCEMENT }],
    });
    expect(result.decision).toBe('Allow');
    expect(result.crossAccount).toBe(true);
    expect(result.identityPolicyDecision).toBe('NotModelled');
    expect(result.summary).toMatch(
      /^Allowed: statement "AuthorizeMarketer" of announcement grants account 999999999999/,
    );
    expect(result.decidingStatements).toEqual([
      expect.objectContaining({
        policyName: 'announcement',
        sid: 'AuthorizeMarketer',
        effect: 'Allow',
        statementIndex: 0,
      }),
    ]);
    expect(result.decidingStatements[0]?.range.start.line).toBe(5);
    const statement = result.policies[0]?.statements[0];
    expect(statement?.principal).toMatchObject({ matched: true });
    expect(statement?.principal.reason).toMatch(/^Account 999999999999 covers every user and role in it/);
    expect(statement?.action.reason).toMatch(/ses:SendEmail matches SES:SendEmail/);
    expect(statement?.conditions[0]).toMatchObject({
      operator: 'StringLike',
      key: 'ses:FromAddress',
      policyValues: ['marketing+*@ses-example.com'],
      requestValues: ['marketing+spring@ses-example.com'],
      matched: true,
    });
  });

  it('explains a refusal condition by condition and lists missing context keys', () => {
    const refused = evaluate({
      principal: MARKETER,
      action: 'ses:SendEmail',
      resource: SES_EXAMPLE,
      context: { 'ses:FromAddress': 'ceo@ses-example.com' },
      resourcePolicies: [{ name: 'announcement', document: ANNOUNCEMENT }],
    });
    expect(refused.decision).toBe('ImplicitDeny');
    expect(refused.decidingStatements).toEqual([]);
    expect(refused.policies[0]?.statements[0]?.conditions[0]?.reason).toBe(
      'false: "ceo@ses-example.com" does not match "marketing+*@ses-example.com".',
    );
    const missing = evaluate({
      principal: MARKETER,
      action: 'ses:SendEmail',
      resource: SES_EXAMPLE,
      resourcePolicies: [{ name: 'announcement', document: ANNOUNCEMENT }],
    });
    expect(missing.missingContextKeys).toEqual(['ses:FromAddress']);
    expect(missing.policies[0]?.statements[0]?.conditions[0]?.reason).toMatch(/^absent key: false/);
  });

  it('an explicit Deny wins over an Allow and is named', () => {
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: '123456789012' }, Action: 'ses:*', Resource: IDENTITY },
        {
          Sid: 'NoCeo',
          Effect: 'Deny',
          Principal: '*',
          Action: 'ses:Send*',
          Resource: IDENTITY,
          Condition: { StringEquals: { 'ses:FromAddress': 'ceo@example.com' } },
        },
      ],
    });
    const result = decide(document, { 'ses:FromAddress': 'ceo@example.com' });
    expect(result.decision).toBe('ExplicitDeny');
    expect(result.decidingStatements.map((s) => s.sid)).toEqual(['NoCeo']);
    expect(result.summary).toMatch(/^Explicitly denied by statement "NoCeo"/);
  });

  it('cross-account needs both sides; same account needs either', () => {
    const allowAll = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'ses:*', Resource: '*' }],
    });
    const base = { action: 'ses:SendEmail', resource: IDENTITY, context: {} };
    const grant = [{ name: 'grant', document: policyWith() }];
    expect(
      evaluate({ ...base, principal: CALLER, resourcePolicies: grant, identityPolicies: [] }).decision,
    ).toBe('ImplicitDeny');
    expect(
      evaluate({
        ...base,
        principal: CALLER,
        resourcePolicies: grant,
        identityPolicies: [{ name: 'iam', document: allowAll }],
      }).decision,
    ).toBe('Allow');
    expect(
      evaluate({
        ...base,
        principal: 'arn:aws:iam::888888888888:user/app',
        resourcePolicies: [],
        identityPolicies: [{ name: 'iam', document: allowAll }],
      }).decision,
    ).toBe('Allow');
    expect(
      evaluate({
        ...base,
        principal: 'arn:aws:iam::888888888888:user/app',
        resourcePolicies: [],
        identityPolicies: [],
      }).decision,
    ).toBe('ImplicitDeny');
    expect(
      evaluate({
        ...base,
        principal: 'arn:aws:iam::888888888888:root',
        resourcePolicies: [],
        identityPolicies: [],
      }).decision,
    ).toBe('Allow');
  });

  it('a service principal is decided by the resource policy alone', () => {
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'cognito-idp.amazonaws.com' },
          Action: 'ses:SendEmail',
          Resource: IDENTITY,
        },
      ],
    });
    const result = evaluate({
      principal: 'cognito-idp.amazonaws.com',
      action: 'ses:SendEmail',
      resource: IDENTITY,
      resourcePolicies: [{ name: 's', document }],
      identityPolicies: [],
    });
    expect(result.decision).toBe('Allow');
  });

  it('a role ARN covers its sessions; user names are case-sensitive', () => {
    const roleGrant = policyWith(undefined, { Principal: { AWS: 'arn:aws:iam::123456789012:role/Mailer' } });
    expect(decide(roleGrant, {}, 'arn:aws:sts::123456789012:assumed-role/Mailer/session-1').decision).toBe(
      'Allow',
    );
    expect(decide(roleGrant, {}, 'arn:aws:sts::123456789012:assumed-role/mailer/session-1').decision).toBe(
      'ImplicitDeny',
    );
    const userGrant = policyWith(undefined, { Principal: { AWS: 'arn:aws:iam::123456789012:user/Sender' } });
    expect(decide(userGrant, {}, 'arn:aws:iam::123456789012:user/sender').decision).toBe('ImplicitDeny');
  });

  it('an unreadable document never allows, and says why', () => {
    const result = evaluate({
      principal: CALLER,
      action: 'ses:SendEmail',
      resource: IDENTITY,
      resourcePolicies: [
        { name: 'good', document: policyWith() },
        { name: 'broken', document: '{"Statement": [' },
      ],
    });
    expect(result.decision).toBe('ImplicitDeny');
    expect(result.summary).toMatch(/cannot be read/);
    expect(result.diagnostics[0]).toMatchObject({
      code: 'invalid-json',
      policyName: 'broken',
      severity: 'error',
    });
    const unknownOperator = decide(policyWith({ StringMatches: { 'ses:FromAddress': 'x' } }), {
      'ses:FromAddress': 'x',
    });
    expect(unknownOperator.decision).toBe('ImplicitDeny');
    expect(unknownOperator.diagnostics[0]?.code).toBe('unknown-operator');
  });

  it('a readable Deny still applies beside an unreadable document', () => {
    const deny = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Principal: '*', Action: 'ses:*', Resource: IDENTITY }],
    });
    const result = evaluate({
      principal: CALLER,
      action: 'ses:SendEmail',
      resource: IDENTITY,
      resourcePolicies: [
        { name: 'deny', document: deny },
        { name: 'broken', document: 'not json' },
      ],
    });
    expect(result.decision).toBe('ExplicitDeny');
  });

  it('accepts documents as objects, and never throws on nonsense', () => {
    const object = JSON.parse(policyWith()) as object;
    expect(
      evaluate({
        principal: CALLER,
        action: 'ses:SendEmail',
        resource: IDENTITY,
        resourcePolicies: [{ name: 'o', document: object }],
      }).decision,
    ).toBe('Allow');
    // @ts-expect-error deliberately wrong input
    expect(evaluate(null).decision).toBe('ImplicitDeny');
    // @ts-expect-error deliberately wrong input
    expect(evaluate({ principal: 5, action: 'x' }).diagnostics[0]?.message).toMatch(/no principal/);
  });

  it('toJSON gives a plain object with the whole explanation', () => {
    const result = decide(policyWith(), {});
    const plain = JSON.parse(JSON.stringify(result)) as Record<string, unknown>;
    expect(plain).toMatchObject({ decision: 'Allow', summary: expect.any(String), missingContextKeys: [] });
    expect((plain.policies as unknown[]).length).toBe(1);
  });
});
