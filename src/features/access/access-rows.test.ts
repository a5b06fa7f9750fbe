import { describe, expect, it } from 'vitest';
import { whoCanSend } from '../../policy-engine';
import { accessRows, isOutsideAccount, whoText } from './access-rows';
import { rowAppliesTo } from './principal-rows';
import { domainsOf, emailsUnder, overridesDomain } from './precedence';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const row = (principals: string[], principalsNegated = false) => ({
  principals,
  principalsNegated,
  source: [{ policyName: 'P', statementIndex: 0 }],
});

describe('accessRows', () => {
  it("reads the own account's row and each Allow, with its source and carve-outs", () => {
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: '999999999999' }, Action: 'ses:SendEmail', Resource: ARN },
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 'ses:SendEmail',
          Resource: ARN,
          Condition: { StringLike: { 'ses:FromAddress': 'ceo@*' } },
        },
      ],
    });
    const rows = accessRows({
      identity: 'ses-example.com',
      identityArn: ARN,
      result: whoCanSend({ identityArn: ARN, policies: [{ name: 'Mixed', document }] }),
    });
    const own = rows.find((r) => r.row.source === 'own-account');
    expect(own?.who).toBe("account 888888888888 (the identity's own account)");
    expect(own?.sources).toEqual(["the identity's own account"]);
    expect(own?.outsideAccount).toBe(false);
    const delegate = rows.find((r) => r.who === 'account 999999999999');
    expect(delegate?.sources).toEqual(['Mixed, statement #1']);
    expect(delegate?.outsideAccount).toBe(true);
    expect(delegate?.carveOuts).toHaveLength(1);
    expect(delegate?.carveOuts[0]).toContain('Mixed, statement #2');
  });

  it('says who in words', () => {
    expect(whoText(row(['*']), '1')).toBe('anyone');
    expect(whoText(row(['111122223333'], true), '1')).toBe('everyone except account 111122223333');
    expect(whoText(row(['arn:aws:iam::111122223333:user/a']), '1')).toBe('arn:aws:iam::111122223333:user/a');
  });

  it('tells rows reaching other accounts from those that stay inside', () => {
    const owner = '888888888888';
    const full = (p: string[], negated = false) => ({
      ...row(p, negated),
      source: [{ policyName: 'P', statementIndex: 0 }],
      actions: [],
      conditions: { from: [], recipients: [], returnPath: [], other: [] },
      carvedOutBy: [],
      description: '',
    });
    expect(isOutsideAccount(full(['arn:aws:iam::888888888888:user/u']), owner)).toBe(false);
    expect(isOutsideAccount(full([owner]), owner)).toBe(false);
    expect(isOutsideAccount(full(['999999999999']), owner)).toBe(true);
    expect(isOutsideAccount(full(['*']), owner)).toBe(true);
    expect(isOutsideAccount(full(['ses.amazonaws.com']), owner)).toBe(true);
    expect(isOutsideAccount(full([owner], true), owner)).toBe(true);
  });
});

describe('rowAppliesTo', () => {
  const marketer = 'arn:aws:iam::999999999999:user/marketer';
  it('matches accounts, root ARNs, exact ARNs, role sessions and *', () => {
    expect(rowAppliesTo(row(['999999999999']), marketer)).toBe(true);
    expect(rowAppliesTo(row(['arn:aws:iam::999999999999:root']), marketer)).toBe(true);
    expect(rowAppliesTo(row([marketer]), marketer)).toBe(true);
    expect(rowAppliesTo(row(['arn:aws:iam::999999999999:user/other']), marketer)).toBe(false);
    expect(rowAppliesTo(row(['111122223333']), marketer)).toBe(false);
    expect(rowAppliesTo(row(['*']), marketer)).toBe(true);
    expect(
      rowAppliesTo(
        row(['arn:aws:iam::999999999999:role/path/Sender']),
        'arn:aws:sts::999999999999:assumed-role/Sender/s1',
      ),
    ).toBe(true);
  });

  it('reverses for "everyone except" rows', () => {
    expect(rowAppliesTo(row(['999999999999'], true), marketer)).toBe(false);
    expect(rowAppliesTo(row(['111122223333'], true), marketer)).toBe(true);
  });
});

describe('email-over-domain precedence', () => {
  const names = [
    'ses-example.com',
    'News@Mail.SES-example.com',
    'other.example',
    '__proto__@ses-example.com',
  ];
  it('finds the domains an address belongs to, parents included, case-insensitively', () => {
    expect(domainsOf('News@Mail.SES-example.com', names, '888888888888', 'us-east-1')).toEqual([
      'ses-example.com',
    ]);
    expect(domainsOf('a@notses-example.com', names, '888888888888', 'us-east-1')).toEqual([]);
  });

  it('finds the email identities under a domain', () => {
    expect(emailsUnder('ses-example.com', names, '888888888888', 'us-east-1')).toEqual([
      'News@Mail.SES-example.com',
      '__proto__@ses-example.com',
    ]);
  });

  it('overrides only when verified and with a policy', () => {
    expect(overridesDomain({ name: 'a@x.com', verified: true, policyCount: 1 })).toBe(true);
    expect(overridesDomain({ name: 'a@x.com', verified: true, policyCount: 0 })).toBe(false);
    expect(overridesDomain({ name: 'a@x.com', verified: false, policyCount: 2 })).toBe(false);
    expect(overridesDomain({ name: 'x.com', verified: true, policyCount: 2 })).toBe(false);
  });
});
