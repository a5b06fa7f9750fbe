import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../../policy-engine';
import { conditionValueProblem } from './condition-values';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';

/** The engine's lint codes for a value it cannot read, for the same key and operator. */
function engineRefuses(key: string, operator: string, value: string): boolean {
  const document = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Deny',
        Principal: { AWS: ['999999999999'] },
        Action: ['ses:SendEmail'],
        Resource: ARN,
        Condition: { [operator]: { [key]: value } },
      },
    ],
  });
  return validatePolicy(document, { identityArn: ARN }).some((d) =>
    ['invalid-date', 'invalid-ip-range'].includes(d.code),
  );
}

describe('condition values agree with the engine', () => {
  it.each([
    '2027-01-01T00:00:00Z',
    '2027-01-01',
    '2018-08-31T12:00Z',
    '2027-01-01T00:00:00+02:00',
    '1767225600',
    'tomorrow',
    '2027-1-1',
    '2027-02-30T00:00:00Z',
  ])('date %s', (value) => {
    expect(conditionValueProblem('Date', value) !== undefined).toBe(
      engineRefuses('aws:CurrentTime', 'DateLessThan', value),
    );
  });

  it.each(['203.0.113.0/24', '203.0.113.7', '2001:db8::/32', '::1', '300.0.0.1', '10.0.0.0/40', 'abc'])(
    'IP %s',
    (value) => {
      expect(conditionValueProblem('IpAddress', value) !== undefined).toBe(
        engineRefuses('aws:SourceIp', 'IpAddress', value),
      );
    },
  );

  it('is stricter than the engine on shorthand IPv4 (ipaddr.js reads 1.2.3 as 1.2.0.3)', () => {
    expect(engineRefuses('aws:SourceIp', 'IpAddress', '1.2.3')).toBe(false);
    expect(conditionValueProblem('IpAddress', '1.2.3')).toMatch(/not an IP address/);
  });

  it('strings take anything', () => {
    expect(conditionValueProblem('String', '*anything?')).toBeUndefined();
  });
});
