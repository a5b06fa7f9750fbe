// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SEND_ACTIONS, SES_ACTIONS, familiesForKeyType, lookupAction, lookupConditionKey } from './catalog';

describe('catalog', () => {
  it('finds condition keys case-insensitively, including tag-style prefixes', () => {
    expect(lookupConditionKey('SES:fromaddress')).toMatchObject({
      name: 'ses:FromAddress',
      type: 'String',
      multiValued: false,
    });
    expect(lookupConditionKey('ses:Recipients')?.multiValued).toBe(true);
    expect(lookupConditionKey('aws:PrincipalTag/team')).toMatchObject({
      name: 'aws:PrincipalTag/',
      prefix: true,
    });
    expect(lookupConditionKey('aws:PrincipalTag/')).toBeUndefined();
    expect(lookupConditionKey('ses:From')).toBeUndefined();
  });

  it('offers operator families by key type and knows the send actions', () => {
    expect(familiesForKeyType('Date')).toEqual(['Date', 'Numeric', 'Null']);
    expect(familiesForKeyType('IpAddress')).toEqual(['IpAddress', 'Null']);
    expect(SEND_ACTIONS.map((a) => a.name)).toEqual([
      'ses:SendEmail',
      'ses:SendRawEmail',
      'ses:SendTemplatedEmail',
      'ses:SendBulkTemplatedEmail',
      'ses:SendBulkEmail',
    ]);
    expect(lookupAction('SES:sendrawemail')?.description).toMatch(/SMTP/);
    expect(lookupAction('ses:Nope')).toBeUndefined();
  });

  it('knows SES API v2: SendBulkEmail is a send action, the identity and policy operations are not', () => {
    expect(lookupAction('ses:SendBulkEmail')).toMatchObject({ send: true });
    for (const name of [
      'CreateEmailIdentity',
      'GetEmailIdentity',
      'ListEmailIdentities',
      'DeleteEmailIdentity',
      'CreateEmailIdentityPolicy',
      'GetEmailIdentityPolicies',
      'UpdateEmailIdentityPolicy',
      'DeleteEmailIdentityPolicy',
      'PutEmailIdentityFeedbackAttributes',
      'PutEmailIdentityConfigurationSetAttributes',
      'CreateConfigurationSet',
      'GetConfigurationSet',
      'DeleteConfigurationSet',
    ])
      expect(lookupAction(`ses:${name}`), name).toMatchObject({ send: false });
    // Listed once each, v1 and v2 sharing the prefix.
    const names = SES_ACTIONS.map((a) => a.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('says what ses:ApiVersion holds for each API', () => {
    const description = lookupConditionKey('ses:ApiVersion')?.description ?? '';
    expect(description).toMatch(/"1"/);
    expect(description).toMatch(/"2"/);
    expect(description).not.toMatch(/e\.g\. 2010-12-01/);
  });
});
