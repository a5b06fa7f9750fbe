import { describe, expect, it } from 'vitest';
import {
  authorizeSend,
  evaluate,
  validatePolicy,
  type IdentityRecord,
  type SendAuthorizationRequest,
} from '../../../policy-engine';
import { buildPolicy, buildPolicyDocument } from './build-policy';
import { emptyCondition, emptyStatement } from '../form/form-defaults';
import { generatorSchema } from '../form/generator-schema';
import { START_POINTS, startPointForm } from '../form/start-points';
import { identityContext } from '../form/identity-context';

const DOMAIN_ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const ADDRESS_ARN = 'arn:aws:ses:us-east-1:888888888888:identity/sender@ses-example.com';
const NOW = new Date('2026-11-22T10:00:00Z');
const MARKETER = 'arn:aws:iam::999999999999:user/marketer';

function startPoint(id: string, arn = DOMAIN_ARN) {
  const form = startPointForm(id, arn, NOW);
  if (!form) throw new Error(`no start point ${id}`);
  return form;
}

const decide = (document: string, from: string, recipients = ['success@simulator.amazonses.com']) =>
  evaluate({
    principal: MARKETER,
    action: 'ses:SendEmail',
    resource: DOMAIN_ARN,
    context: { 'ses:FromAddress': from, 'ses:Recipients': recipients, 'aws:CurrentTime': NOW.toISOString() },
    resourcePolicies: [{ name: 'generated', document }],
  }).decision;

/** A whole SES send by the delegate's IAM user, authorized as the emulator would. */
function send(document: string, source: string, api: SendAuthorizationRequest['api'] = 'SendEmail') {
  const record: IdentityRecord = {
    arn: DOMAIN_ARN,
    account: '888888888888',
    region: 'us-east-1',
    name: 'ses-example.com',
    kind: 'Domain',
    verified: true,
    policies: [{ name: 'AuthorizeMarketer', document }],
  };
  return authorizeSend({
    caller: MARKETER,
    callerIdentityPolicies: [
      {
        name: 'iam',
        document: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'ses:*', Resource: '*' }],
        }),
      },
    ],
    api,
    region: 'us-east-1',
    message: { source, to: ['success@simulator.amazonses.com'] },
    sourceArn: DOMAIN_ARN,
    context: { time: NOW },
    lookupIdentity: (q) => ('arn' in q ? (q.arn === DOMAIN_ARN ? record : undefined) : undefined),
  });
}

describe('the start points', () => {
  const cases = START_POINTS.flatMap((p) => [
    [p.id, DOMAIN_ARN],
    [p.id, ADDRESS_ARN],
  ]);

  it.each(cases)('%s for %s passes the form rules and SES validation without errors', (id, arn) => {
    const form = startPoint(id, arn);
    expect(generatorSchema([]).safeParse(form).error?.issues ?? []).toEqual([]);
    const diagnostics = validatePolicy(buildPolicyDocument(form, arn), { identityArn: arn, now: NOW });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it.each(START_POINTS.map((p) => [p.id]))('%s has no warnings either, for a domain', (id) => {
    const document = buildPolicyDocument(startPoint(id), DOMAIN_ARN);
    const findings = validatePolicy(document, { identityArn: DOMAIN_ARN, now: NOW });
    expect(findings.filter((d) => d.severity !== 'suggestion')).toEqual([]);
  });

  it('describe themselves with the identity’s domain', () => {
    const descriptions = START_POINTS.map((p) => p.description(identityContext(DOMAIN_ARN))).join(' ');
    expect(descriptions).toContain('marketing+*@ses-example.com');
    expect(descriptions).toContain('ceo@ses-example.com');
  });
});

describe('the announcement start point', () => {
  const document = buildPolicyDocument(startPoint('from-pattern'), DOMAIN_ARN);

  it('is the announcement’s policy with its glob written correctly', () => {
    expect(JSON.parse(document)).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'AuthorizeMarketer',
          Effect: 'Allow',
          Principal: { AWS: ['999999999999'] },
          Action: ['ses:SendEmail', 'ses:SendRawEmail'],
          Resource: DOMAIN_ARN,
          Condition: { StringLike: { 'ses:FromAddress': 'marketing+*@ses-example.com' } },
        },
      ],
    });
    expect(startPoint('from-pattern').name).toBe('AuthorizeMarketer');
  });

  it('allows account 999999999999 from marketing+spring@ and denies ceo@ (evaluate)', () => {
    expect(decide(document, 'marketing+spring@ses-example.com')).toBe('Allow');
    expect(decide(document, 'ceo@ses-example.com')).toBe('ImplicitDeny');
  });

  it('allows the send from marketing+spring@ and refuses ceo@ with AccessDenied (authorizeSend)', () => {
    expect(send(document, 'marketing+spring@ses-example.com').decision).toBe('Allow');
    expect(send(document, 'marketing+spring@ses-example.com', 'SendRawEmail').decision).toBe('Allow');
    expect(send(document, 'marketing+spring@ses-example.com', 'SendTemplatedEmail').decision).not.toBe(
      'Allow',
    );
    const refused = send(document, 'ceo@ses-example.com');
    expect(refused.decision).toBe('ImplicitDeny');
    expect(refused.error?.code).toBe('AccessDenied');
  });
});

describe('the other start points decide as described', () => {
  it('one address: only that address', () => {
    const document = buildPolicyDocument(startPoint('from-address'), DOMAIN_ARN);
    expect(decide(document, 'marketing@ses-example.com')).toBe('Allow');
    expect(decide(document, 'marketing+spring@ses-example.com')).toBe('ImplicitDeny');
  });

  it('recipients: every recipient in the domain, and at least one recipient', () => {
    const document = buildPolicyDocument(startPoint('recipients-domain'), DOMAIN_ARN);
    expect(decide(document, 'a@ses-example.com', ['x@ses-example.com', 'y@ses-example.com'])).toBe('Allow');
    expect(decide(document, 'a@ses-example.com', ['x@ses-example.com', 'y@elsewhere.example'])).toBe(
      'ImplicitDeny',
    );
    expect(decide(document, 'a@ses-example.com', [])).toBe('ImplicitDeny');
  });

  it('time window: from today for 30 days', () => {
    const form = startPoint('time-window');
    expect(form.statements[0]?.conditions.map((c) => [c.operator, c.values])).toEqual([
      ['DateGreaterThan', '2026-11-22T00:00:00Z'],
      ['DateLessThan', '2026-12-22T00:00:00Z'],
    ]);
    expect(decide(buildPolicyDocument(form, DOMAIN_ARN), 'a@ses-example.com')).toBe('Allow');
  });

  it('deny one address: everything else allowed, ceo@ denied in any letter case', () => {
    const document = buildPolicyDocument(startPoint('deny-address'), DOMAIN_ARN);
    expect(decide(document, 'news@ses-example.com')).toBe('Allow');
    expect(decide(document, 'ceo@ses-example.com')).toBe('ExplicitDeny');
    expect(decide(document, 'CEO@ses-example.com')).toBe('ExplicitDeny');
    expect(send(document, 'ceo@ses-example.com').error?.code).toBe('AccessDenied');
  });
});

describe('buildPolicyDocument', () => {
  const statement = (patch: object) => ({ statements: [{ ...emptyStatement(), ...patch }] });

  it('sorts principals into AWS and Service, and actions into the catalog’s order', () => {
    const policy = buildPolicy(
      statement({
        principals: ' 999999999999 \n\nsns.amazonaws.com\narn:aws:iam::999999999999:role/sender',
        actions: ['ses:SendBulkTemplatedEmail', 'ses:SendEmail'],
      }),
      DOMAIN_ARN,
    );
    expect(policy.Statement[0]).toEqual({
      Effect: 'Allow',
      Principal: {
        AWS: ['999999999999', 'arn:aws:iam::999999999999:role/sender'],
        Service: ['sns.amazonaws.com'],
      },
      Action: ['ses:SendEmail', 'ses:SendBulkTemplatedEmail'],
      Resource: DOMAIN_ARN,
    });
  });

  it('groups conditions by operator; several values become a list; multi-valued keys always a list', () => {
    const policy = buildPolicy(
      statement({
        conditions: [
          { ...emptyCondition(), values: 'a*@ses-example.com\nb*@ses-example.com' },
          { key: 'ses:FromDisplayName', operator: 'StringLike', setOperator: '', values: 'Marketing*' },
          {
            key: 'ses:Recipients',
            operator: 'StringEquals',
            setOperator: 'ForAnyValue',
            values: 'x@y.example',
          },
          { key: 'ses:Recipients', operator: 'Null', setOperator: 'ForAllValues', values: 'false' },
        ],
      }),
      DOMAIN_ARN,
    );
    expect(policy.Statement[0]?.Condition).toEqual({
      StringLike: {
        'ses:FromAddress': ['a*@ses-example.com', 'b*@ses-example.com'],
        'ses:FromDisplayName': 'Marketing*',
      },
      'ForAnyValue:StringEquals': { 'ses:Recipients': ['x@y.example'] },
      // Null takes no set operator, whatever the field held.
      Null: { 'ses:Recipients': ['false'] },
    });
  });

  it('pretty-prints, and keeps the Sid only when given', () => {
    const text = buildPolicyDocument(statement({ sid: 'Delegate', principals: '999999999999' }), DOMAIN_ARN);
    expect(text).toContain('\n  "Statement": [\n');
    expect(JSON.parse(text).Statement[0].Sid).toBe('Delegate');
    expect(JSON.parse(buildPolicyDocument(statement({}), DOMAIN_ARN)).Statement[0]).not.toHaveProperty('Sid');
  });
});
