// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SEND_ACTIONS, familiesForKeyType, lookupAction, lookupConditionKey } from './catalog';

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
    ]);
    expect(lookupAction('SES:sendrawemail')?.description).toMatch(/SMTP/);
    expect(lookupAction('ses:Nope')).toBeUndefined();
  });
});
