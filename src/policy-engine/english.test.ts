// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describePolicy } from './english';
import { compilePolicy } from './parse';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const describe1 = (statement: object) =>
  describePolicy(compilePolicy(JSON.stringify({ Version: '2012-10-17', Statement: [statement] }), 'p'))
    .statements[0]?.text;
const grant = {
  Effect: 'Allow',
  Principal: { AWS: ['999999999999'] },
  Action: ['ses:SendEmail', 'ses:SendRawEmail'],
  Resource: ARN,
};

describe('plain English', () => {
  it("describes the announcement's policy precisely", () => {
    expect(
      describe1({
        ...grant,
        Condition: { StringLike: { 'ses:FromAddress': 'marketing+*@ses-example.com' } },
      }),
    ).toBe(
      'Allows account 999999999999 (any user or role in it) to send with SendEmail or SendRawEmail from ses-example.com when the From address matches `marketing+*@ses-example.com`.',
    );
  });

  it('summarises a long list of principals: the first few and how many more', () => {
    const accounts = Array.from({ length: 300 }, (_, i) => String(100000000000 + i));
    const text = describe1({ ...grant, Principal: { AWS: accounts } }) ?? '';
    expect(text).toMatch(
      /^Allows account 100000000000 \(any user or role in it\), account 100000000001 .*, account 100000000003 \(any user or role in it\) and 296 more principals to send/,
    );
    expect(text).not.toContain('100000000004');
    const six = describe1({ ...grant, Principal: { AWS: accounts.slice(0, 6) } }) ?? '';
    expect(six).toContain('100000000005');
  });

  it('describes recipients, time windows, IP ranges and transport', () => {
    expect(
      describe1({
        ...grant,
        Condition: {
          'ForAllValues:StringLike': { 'ses:Recipients': '*@example.com' },
          DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' },
          IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] },
          Bool: { 'aws:SecureTransport': 'true' },
        },
      }),
    ).toBe(
      'Allows account 999999999999 (any user or role in it) to send with SendEmail or SendRawEmail from ses-example.com when only to recipients at example.com, until `2027-01-01T00:00:00Z`, from IP addresses in `203.0.113.0/24` and only over HTTPS.',
    );
  });

  it('describes denies, users, roles, services, wildcards and exclusions', () => {
    expect(
      describe1({
        Effect: 'Deny',
        Principal: { AWS: 'arn:aws:iam::999999999999:user/marketer' },
        Action: 'ses:Send*',
        Resource: ARN,
        Condition: { StringNotLike: { 'ses:FromAddress': ['news@*', 'info@*'] } },
      }),
    ).toBe(
      'Denies IAM user marketer in account 999999999999 to send with SendEmail, SendRawEmail, SendTemplatedEmail, SendBulkTemplatedEmail or SendBulkEmail from ses-example.com when the From address matches none of `news@*` and `info@*`.',
    );
    expect(describe1({ ...grant, Principal: { Service: 'cognito-idp.amazonaws.com' } })).toMatch(
      /^Allows the service cognito-idp.amazonaws.com to/,
    );
    expect(describe1({ ...grant, Principal: { AWS: 'arn:aws:iam::999999999999:role/Mailer' } })).toMatch(
      /IAM role Mailer in account 999999999999 \(and its sessions\)/,
    );
    expect(describe1({ ...grant, Principal: undefined, NotPrincipal: { AWS: '111122223333' } })).toMatch(
      /^Allows everyone except account 111122223333/,
    );
    expect(describe1({ ...grant, Action: '*', Resource: '*' })).toMatch(
      /to perform any SES action from any identity\.$/,
    );
  });

  it('summarises a policy and never claims an unreadable one allows anything', () => {
    expect(describePolicy(compilePolicy('{', 'p')).summary).toBe(
      'This policy cannot be read; fix the errors to see what it does.',
    );
    expect(describePolicy(compilePolicy('{"Version":"2012-10-17","Statement":[]}', 'p')).summary).toBe(
      'This policy has no statements, so it allows nothing.',
    );
  });
});
