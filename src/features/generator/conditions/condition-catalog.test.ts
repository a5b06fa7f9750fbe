import { describe, expect, it } from 'vitest';
import { defaultOperatorFor, GENERATOR_KEYS, operatorsForKey, takesSetOperator } from './condition-catalog';

const names = (key: string) => operatorsForKey(key).map((o) => o.name);

describe('the generator’s condition keys', () => {
  it('are the SES keys and the sending-related global keys, from the engine’s catalog', () => {
    expect(GENERATOR_KEYS.map((k) => `${k.name}:${k.type}`)).toEqual([
      'ses:FromAddress:String',
      'ses:Recipients:String',
      'ses:FromDisplayName:String',
      'ses:FeedbackAddress:String',
      'ses:ApiVersion:String',
      'aws:CurrentTime:Date',
      'aws:EpochTime:Date',
      'aws:SourceIp:IpAddress',
      'aws:SecureTransport:Bool',
      'aws:UserAgent:String',
    ]);
  });

  it('offer operators by the key’s type', () => {
    expect(names('ses:FromAddress')).toContain('StringLike');
    expect(names('ses:FromAddress')).not.toContain('DateLessThan');
    expect(names('aws:CurrentTime')).toEqual(
      expect.arrayContaining(['DateLessThan', 'NumericLessThan', 'Null']),
    );
    expect(names('aws:SourceIp')).toEqual(['IpAddress', 'NotIpAddress', 'Null']);
    expect(names('aws:SecureTransport')).toEqual(['Bool', 'Null']);
    expect(names('unknown:Key')).toEqual([]);
  });

  it('take a set operator only for the multi-valued ses:Recipients, and not with Null', () => {
    expect(takesSetOperator('ses:Recipients', 'StringLike')).toBe(true);
    expect(takesSetOperator('ses:Recipients', 'Null')).toBe(false);
    expect(takesSetOperator('ses:FromAddress', 'StringLike')).toBe(false);
  });

  it('start a newly chosen key on a sensible operator', () => {
    expect(defaultOperatorFor('ses:Recipients')).toBe('StringLike');
    expect(defaultOperatorFor('aws:CurrentTime')).toBe('DateEquals');
    expect(defaultOperatorFor('aws:SourceIp')).toBe('IpAddress');
  });
});
