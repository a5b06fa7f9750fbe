// @vitest-environment node
/** The seeds' example policies, edited, with the verdicts and witnesses compareAccess must give. */
import { describe, expect, it } from 'vitest';
import { compareAccess } from './compare';
import { whoCanSend } from './who-can-send';
import { ANNOUNCEMENT, ARN, one, statement, witnessesHold, type StatementSpec } from './test-fixtures';

function compare(before: StatementSpec[], after: StatementSpec[]) {
  const b = one(before);
  const a = one(after);
  const result = compareAccess({ identityArn: ARN, before: b, after: a });
  expect(witnessesHold(result, b, a)).toBe(true);
  return result;
}

const fromLike = (pattern: string, extra: StatementSpec = {}) =>
  statement({
    Sid: 'AuthorizeMarketer',
    Condition: { StringLike: { 'ses:FromAddress': pattern } },
    ...extra,
  });

describe('the announcement (sending-authorization-announcement.md)', () => {
  it('is equivalent to itself, and to itself with its statements reordered or repeated', () => {
    expect(compare([ANNOUNCEMENT], [ANNOUNCEMENT]).verdict).toBe('equivalent');
    const deny = statement({
      Effect: 'Deny',
      Principal: '*',
      Condition: { StringLike: { 'ses:FromAddress': 'ceo*' } },
    });
    expect(compare([ANNOUNCEMENT, deny], [deny, ANNOUNCEMENT, ANNOUNCEMENT]).verdict).toBe('equivalent');
  });

  it('adding an account gains exactly that account', () => {
    const r = compare(
      [ANNOUNCEMENT],
      [fromLike('marketing+*@ses-example.com', { Principal: { AWS: ['999999999999', '111111111111'] } })],
    );
    expect(r.verdict).toBe('gains');
    expect(r.gained.map((w) => w.principal)).toEqual(['111111111111']);
    expect(r.gained[0]!.description).toBe(
      'account 111111111111 could now send with ses:SendEmail from marketing+x@ses-example.com',
    );
  });

  it('widening the FromAddress glob gains other addresses of the domain', () => {
    const r = compare([ANNOUNCEMENT], [fromLike('*@ses-example.com')]);
    expect(r.verdict).toBe('gains');
    expect(r.gained).toHaveLength(1);
    expect(r.gained[0]).toMatchObject({
      principal: '999999999999',
      context: { 'ses:FromAddress': 'x@ses-example.com' },
    });
  });

  it('the glob as the blog wrote it (marketing+.*@) loses the intended addresses', () => {
    const r = compare([ANNOUNCEMENT], [fromLike('marketing+.*@ses-example.com')]);
    // marketing+.* is a subset of marketing+*: only addresses after a literal "." remain.
    expect(r.verdict).toBe('loses');
    expect(r.lost[0]!.context['ses:FromAddress']).toBe('marketing+x@ses-example.com');
  });

  it('removing a Deny gains what it carved out', () => {
    const deny = statement({
      Sid: 'NoCeo',
      Effect: 'Deny',
      Principal: '*',
      Condition: { StringLike: { 'ses:FromAddress': 'marketing+ceo*@ses-example.com' } },
    });
    const r = compare([ANNOUNCEMENT, deny], [ANNOUNCEMENT]);
    expect(r.verdict).toBe('gains');
    const principals = r.gained.map((w) => w.principal);
    expect(principals).toContain('999999999999');
    // The Deny also bound the identity's own account, which needs no Allow.
    expect(principals).toContain('888888888888');
    expect(String(r.gained[0]!.context['ses:FromAddress'])).toMatch(/^marketing\+ceo.*@ses-example\.com$/);
  });

  it('adding a condition loses the requests outside it', () => {
    const r = compare(
      [ANNOUNCEMENT],
      [
        fromLike('marketing+*@ses-example.com', {
          Condition: {
            StringLike: { 'ses:FromAddress': 'marketing+*@ses-example.com' },
            'ForAllValues:StringLike': { 'ses:Recipients': ['*@example.com'] },
          },
        }),
      ],
    );
    expect(r.verdict).toBe('loses');
    expect(r.lost[0]!.context['ses:Recipients']).toEqual(['someone@example.net']);
  });
});

describe('the other seeds', () => {
  const anatomy = statement({
    Sid: 'AuthorizeAccount',
    Principal: { AWS: ['123456789012'] },
    Action: ['ses:SendEmail', 'ses:SendTemplatedEmail', 'ses:SendRawEmail', 'ses:SendBulkTemplatedEmail'],
  });

  it('policy anatomy: Send* is the four actions plus SES API v2 SendBulkEmail', () => {
    const widened = compare([anatomy], [{ ...anatomy, Action: 'ses:Send*' }]);
    expect(widened.verdict).toBe('gains');
    expect(widened.gained.map((w) => w.action)).toEqual(['ses:SendBulkEmail']);
    const five = { ...anatomy, Action: [...(anatomy.Action as string[]), 'ses:SendBulkEmail'] };
    expect(compare([five], [{ ...anatomy, Action: 'ses:Send*' }]).verdict).toBe('equivalent');
  });

  it('policy anatomy: StringNotLike *admin*example.com refuses admin addresses', () => {
    const r = compare(
      [anatomy],
      [{ ...anatomy, Condition: { StringNotLike: { 'ses:FromAddress': '*admin*example.com' } } }],
    );
    expect(r.verdict).toBe('loses');
    expect(String(r.lost[0]!.context['ses:FromAddress'])).toMatch(/admin.*example\.com$/);
  });

  it('IAM access control: the September 2018 window, widened by a day', () => {
    const window = (end: string) =>
      statement({
        Condition: {
          DateGreaterThan: { 'aws:CurrentTime': '2018-08-31T12:00Z' },
          DateLessThan: { 'aws:CurrentTime': end },
        },
      });
    const r = compare([window('2018-10-01T12:00Z')], [window('2018-10-02T12:00Z')]);
    expect(r.verdict).toBe('gains');
    expect(r.gained[0]!.context['aws:CurrentTime']).toBe('2018-10-01T12:00:00Z');
  });

  it('IAM access control: ApiVersion 2 only', () => {
    const r = compare([anatomy], [{ ...anatomy, Condition: { StringEquals: { 'ses:ApiVersion': '2' } } }]);
    expect(r.verdict).toBe('loses');
    expect(r.lost[0]!.context['ses:ApiVersion']).not.toBe('2');
  });

  it('IAM access control: display name and feedback address restrictions', () => {
    const r = compare(
      [statement({ Condition: { StringLike: { 'ses:FromDisplayName': 'Marketing' } } })],
      [
        statement({
          Condition: {
            StringLike: { 'ses:FromDisplayName': '*Marketing*' },
            StringEquals: { 'ses:FeedbackAddress': 'feedback@example.com' },
          },
        }),
      ],
    );
    expect(r.verdict).toBe('gains-and-loses');
    expect(r.gained[0]!.context['ses:FeedbackAddress']).toBe('feedback@example.com');
  });

  it('a service principal (cognito-idp) added', () => {
    const r = compare(
      [anatomy],
      [anatomy, statement({ Principal: { Service: 'cognito-idp.amazonaws.com' } })],
    );
    expect(r.verdict).toBe('gains');
    expect(r.gained.map((w) => w.principal)).toEqual(['cognito-idp.amazonaws.com']);
    expect(r.gained[0]!.description).toMatch(/^the service cognito-idp\.amazonaws\.com could now send/);
  });

  it('an unreadable edit loses everything, even for the own account', () => {
    const b = one([anatomy]);
    const r = compareAccess({
      identityArn: ARN,
      before: b,
      after: [{ name: 'p', document: '{"Statement": [' }],
    });
    expect(r.verdict).toBe('loses');
    expect(r.lost.map((w) => w.principal)).toContain('888888888888');
  });

  it('never throws on hostile input', () => {
    const bad = compareAccess({ identityArn: 42 as unknown as string, before: [], after: [] });
    expect(bad.verdict).toBe('unknown');
    const r = compareAccess({
      identityArn: ARN,
      before: null as unknown as [],
      after: [{ name: '__proto__', document: 7 as unknown as string }],
    });
    expect(['loses', 'equivalent', 'unknown']).toContain(r.verdict);
  });
});

describe('whoCanSend', () => {
  it('lists the own account and each Allow, with the Denies that carve them', () => {
    const deny = statement({
      Sid: 'NoCeo',
      Effect: 'Deny',
      Principal: '*',
      Condition: { StringLike: { 'ses:FromAddress': 'ceo*@ses-example.com' } },
    });
    const result = whoCanSend({ identityArn: ARN, policies: one([ANNOUNCEMENT, deny]) });
    expect(result.rows).toHaveLength(2);
    const [own, marketer] = result.rows;
    expect(own!.source).toBe('own-account');
    expect(own!.carvedOutBy.map((c) => c.sid)).toEqual(['NoCeo']);
    expect(marketer!.principals).toEqual(['999999999999']);
    expect(marketer!.conditions.from[0]!.values).toEqual(['marketing+*@ses-example.com']);
    // ceo*@ cannot overlap marketing+*@: the Deny carves nothing from this row.
    expect(marketer!.carvedOutBy).toEqual([]);
    expect(marketer!.description).toMatch(/^account 999999999999/);
  });

  it('drops an Allow a Deny removes entirely, and says so', () => {
    const deny = statement({ Effect: 'Deny', Principal: { AWS: '999999999999' } });
    const result = whoCanSend({ identityArn: ARN, policies: one([ANNOUNCEMENT, deny]) });
    expect(result.rows.map((r) => r.source)).toEqual(['own-account']);
    expect(result.notes.join(' ')).toMatch(/allows nothing/);
  });

  it('merges Allows that differ only in principals', () => {
    const result = whoCanSend({
      identityArn: ARN,
      policies: one([ANNOUNCEMENT, { ...ANNOUNCEMENT, Sid: 'Other', Principal: { AWS: '111111111111' } }]),
    });
    expect(result.rows).toHaveLength(2);
    expect(result.rows[1]!.principals).toEqual(['999999999999', '111111111111']);
  });

  it('shows nothing allowed when a policy cannot be read', () => {
    const result = whoCanSend({ identityArn: ARN, policies: [{ name: 'bad', document: '{' }] });
    expect(result.rows).toEqual([]);
    expect(result.notes[0]).toMatch(/cannot be read/);
  });
});
