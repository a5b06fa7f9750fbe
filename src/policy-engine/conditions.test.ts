// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decide, holds, policyWith } from './test-helpers';

describe('String operators', () => {
  it('StringEquals is exact and case-sensitive; IgnoreCase is not', () => {
    expect(
      holds({ StringEquals: { 'ses:FromAddress': 'a@example.com' } }, { 'ses:FromAddress': 'a@example.com' }),
    ).toBe(true);
    expect(
      holds({ StringEquals: { 'ses:FromAddress': 'a@example.com' } }, { 'ses:FromAddress': 'A@example.com' }),
    ).toBe(false);
    expect(
      holds(
        { StringEqualsIgnoreCase: { 'ses:FromAddress': 'a@EXAMPLE.com' } },
        { 'ses:FromAddress': 'A@example.com' },
      ),
    ).toBe(true);
    expect(
      holds(
        { StringNotEqualsIgnoreCase: { 'ses:FromAddress': 'a@EXAMPLE.com' } },
        { 'ses:FromAddress': 'A@example.com' },
      ),
    ).toBe(false);
  });

  it('StringLike matches * and ? over the whole value, with regex characters literal', () => {
    const like = (pattern: string, value: string) =>
      holds({ StringLike: { 'ses:FromAddress': pattern } }, { 'ses:FromAddress': value });
    expect(like('marketing+*@ses-example.com', 'marketing+spring@ses-example.com')).toBe(true);
    expect(like('marketing+.*@ses-example.com', 'marketing+spring@ses-example.com')).toBe(false);
    expect(like('a?c', 'abc')).toBe(true);
    expect(like('a?c', 'ac')).toBe(false);
    expect(like('*@example.com', 'x@example.com.evil.org')).toBe(false);
    expect(like('[a]*', 'a1')).toBe(false);
  });

  it('* matches across newlines (see SEMANTICS.md)', () => {
    expect(
      holds(
        { StringLike: { 'ses:FromDisplayName': 'Deals*' } },
        { 'ses:FromDisplayName': 'Deals\nand more' },
      ),
    ).toBe(true);
  });

  it('several values are ORed; under a negated operator they are NORed', () => {
    const values = ['a@example.com', 'b@example.com'];
    expect(
      holds({ StringEquals: { 'ses:FromAddress': values } }, { 'ses:FromAddress': 'b@example.com' }),
    ).toBe(true);
    expect(
      holds({ StringNotEquals: { 'ses:FromAddress': values } }, { 'ses:FromAddress': 'b@example.com' }),
    ).toBe(false);
    expect(
      holds({ StringNotEquals: { 'ses:FromAddress': values } }, { 'ses:FromAddress': 'c@example.com' }),
    ).toBe(true);
  });

  it('several operators and keys are ANDed', () => {
    const condition = {
      StringLike: { 'ses:FromAddress': '*@example.com' },
      StringEquals: { 'ses:FromDisplayName': 'News' },
    };
    expect(holds(condition, { 'ses:FromAddress': 'n@example.com', 'ses:FromDisplayName': 'News' })).toBe(
      true,
    );
    expect(holds(condition, { 'ses:FromAddress': 'n@example.com', 'ses:FromDisplayName': 'Other' })).toBe(
      false,
    );
  });

  it('condition key names are case-insensitive; values are not', () => {
    expect(
      holds({ StringEquals: { 'SES:fromaddress': 'a@example.com' } }, { 'ses:FromAddress': 'a@example.com' }),
    ).toBe(true);
    expect(
      holds({ StringEquals: { 'ses:FromAddress': 'a@example.com' } }, { 'SES:FROMADDRESS': 'a@example.com' }),
    ).toBe(true);
  });
});

describe('absent keys, IfExists and set operators', () => {
  it('absent key: positive operators false, negated true, IfExists true', () => {
    expect(holds({ StringEquals: { 'ses:FromAddress': 'a@example.com' } }, {})).toBe(false);
    expect(holds({ StringNotEquals: { 'ses:FromAddress': 'a@example.com' } }, {})).toBe(true);
    expect(holds({ StringEqualsIfExists: { 'ses:FromAddress': 'a@example.com' } }, {})).toBe(true);
    expect(
      holds(
        { StringEqualsIfExists: { 'ses:FromAddress': 'a@example.com' } },
        { 'ses:FromAddress': 'b@x.com' },
      ),
    ).toBe(false);
  });

  it('ForAllValues: every value must match; vacuously true when absent or empty', () => {
    const c = { 'ForAllValues:StringLike': { 'ses:Recipients': '*@example.com' } };
    expect(holds(c, { 'ses:Recipients': ['a@example.com', 'b@example.com'] })).toBe(true);
    expect(holds(c, { 'ses:Recipients': ['a@example.com', 'b@other.com'] })).toBe(false);
    expect(holds(c, {})).toBe(true);
    expect(holds(c, { 'ses:Recipients': [] })).toBe(true);
  });

  it('ForAnyValue: one match suffices; false when absent or empty', () => {
    const c = { 'ForAnyValue:StringLike': { 'ses:Recipients': '*@example.com' } };
    expect(holds(c, { 'ses:Recipients': ['a@other.com', 'b@example.com'] })).toBe(true);
    expect(holds(c, { 'ses:Recipients': ['a@other.com'] })).toBe(false);
    expect(holds(c, {})).toBe(false);
    expect(holds(c, { 'ses:Recipients': [] })).toBe(false);
  });

  it('ForAllValues with a negated operator: no value may match any listed value', () => {
    const c = { 'ForAllValues:StringNotLike': { 'ses:Recipients': '*@competitor.com' } };
    expect(holds(c, { 'ses:Recipients': ['a@example.com'] })).toBe(true);
    expect(holds(c, { 'ses:Recipients': ['a@example.com', 'b@competitor.com'] })).toBe(false);
  });

  it('a single-valued operator on a multi-valued key: any value for positive, none for negated', () => {
    expect(
      holds(
        { StringLike: { 'ses:Recipients': '*@example.com' } },
        { 'ses:Recipients': ['x@o.com', 'a@example.com'] },
      ),
    ).toBe(true);
    expect(
      holds(
        { StringNotLike: { 'ses:Recipients': '*@example.com' } },
        { 'ses:Recipients': ['x@o.com', 'a@example.com'] },
      ),
    ).toBe(false);
  });

  it('Null tests presence; an empty list counts as absent', () => {
    expect(holds({ Null: { 'ses:FeedbackAddress': 'true' } }, {})).toBe(true);
    expect(
      holds({ Null: { 'ses:FeedbackAddress': 'false' } }, { 'ses:FeedbackAddress': 'b@example.com' }),
    ).toBe(true);
    expect(holds({ Null: { 'ses:FeedbackAddress': 'false' } }, {})).toBe(false);
    expect(holds({ Null: { 'ses:Recipients': 'true' } }, { 'ses:Recipients': [] })).toBe(true);
  });
});

describe('Numeric, Date, Bool, Binary', () => {
  it('Numeric operators compare numbers and refuse non-numbers', () => {
    expect(
      holds({ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }, { 'aws:MultiFactorAuthAge': 100 }),
    ).toBe(true);
    expect(
      holds({ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }, { 'aws:MultiFactorAuthAge': '7200' }),
    ).toBe(false);
    expect(
      holds({ NumericEquals: { 'aws:MultiFactorAuthAge': 10 } }, { 'aws:MultiFactorAuthAge': '10.0' }),
    ).toBe(true);
    expect(
      holds(
        { NumericGreaterThanEquals: { 'aws:MultiFactorAuthAge': '10' } },
        { 'aws:MultiFactorAuthAge': 'ten' },
      ),
    ).toBe(false);
    expect(
      holds({ NumericNotEquals: { 'aws:MultiFactorAuthAge': '10' } }, { 'aws:MultiFactorAuthAge': '11' }),
    ).toBe(true);
  });

  it('Date operators accept ISO 8601 forms and epoch seconds on both sides', () => {
    const before = { DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' } };
    expect(holds(before, { 'aws:CurrentTime': '2026-12-31T23:59:59Z' })).toBe(true);
    expect(holds(before, { 'aws:CurrentTime': '2027-01-01T00:00:00Z' })).toBe(false);
    expect(holds(before, { 'aws:CurrentTime': '1798761599' })).toBe(true);
    expect(
      holds(
        { DateGreaterThanEquals: { 'aws:CurrentTime': '2027-01-01' } },
        { 'aws:CurrentTime': '2027-01-01T00:00:00+00:00' },
      ),
    ).toBe(true);
    expect(
      holds(
        { DateLessThanEquals: { 'aws:CurrentTime': '1633089600' } },
        { 'aws:CurrentTime': '2021-10-01T12:00:00Z' },
      ),
    ).toBe(true);
    expect(holds(before, { 'aws:CurrentTime': 'tomorrow' })).toBe(false);
  });

  it('Bool compares true/false; BinaryEquals compares base64 exactly', () => {
    expect(holds({ Bool: { 'aws:SecureTransport': 'true' } }, { 'aws:SecureTransport': true })).toBe(true);
    expect(holds({ Bool: { 'aws:SecureTransport': 'true' } }, { 'aws:SecureTransport': false })).toBe(false);
    expect(holds({ Bool: { 'aws:SecureTransport': true } }, { 'aws:SecureTransport': 'TRUE' })).toBe(true);
    expect(holds({ BinaryEquals: { 'aws:Blob': 'QmluYXJ5' } }, { 'aws:Blob': 'QmluYXJ5' })).toBe(true);
    expect(holds({ BinaryEquals: { 'aws:Blob': 'QmluYXJ5' } }, { 'aws:Blob': 'qmluyxj5' })).toBe(false);
  });
});

describe('IpAddress and Arn', () => {
  it('IPv4 and IPv6 ranges; a bare address is a single host; host bits are ignored', () => {
    expect(
      holds({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, { 'aws:SourceIp': '203.0.113.77' }),
    ).toBe(true);
    expect(
      holds({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, { 'aws:SourceIp': '203.0.114.1' }),
    ).toBe(false);
    expect(holds({ IpAddress: { 'aws:SourceIp': '203.0.113.5' } }, { 'aws:SourceIp': '203.0.113.5' })).toBe(
      true,
    );
    expect(holds({ IpAddress: { 'aws:SourceIp': '203.0.113.5' } }, { 'aws:SourceIp': '203.0.113.6' })).toBe(
      false,
    );
    expect(
      holds({ IpAddress: { 'aws:SourceIp': '203.0.113.5/24' } }, { 'aws:SourceIp': '203.0.113.200' }),
    ).toBe(true);
    expect(
      holds({ IpAddress: { 'aws:SourceIp': '2001:db8::/32' } }, { 'aws:SourceIp': '2001:db8:1::9' }),
    ).toBe(true);
    expect(holds({ IpAddress: { 'aws:SourceIp': '2001:db8::/32' } }, { 'aws:SourceIp': '203.0.113.5' })).toBe(
      false,
    );
    expect(holds({ NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }, { 'aws:SourceIp': '192.0.2.1' })).toBe(
      true,
    );
    expect(holds({ IpAddress: { 'aws:SourceIp': 'not-an-ip' } }, { 'aws:SourceIp': '192.0.2.1' })).toBe(
      false,
    );
  });

  it('ARNs match segment by segment', () => {
    const c = { ArnLike: { 'aws:SourceArn': 'arn:aws:cognito-idp:*:888888888888:userpool/*' } };
    expect(holds(c, { 'aws:SourceArn': 'arn:aws:cognito-idp:us-east-1:888888888888:userpool/p1' })).toBe(
      true,
    );
    expect(holds(c, { 'aws:SourceArn': 'arn:aws:cognito-idp:us-east-1:999999999999:userpool/p1' })).toBe(
      false,
    );
    expect(
      holds(
        { ArnNotLike: { 'aws:SourceArn': 'arn:aws:sns:*:*:*' } },
        { 'aws:SourceArn': 'arn:aws:cognito-idp:us-east-1:1:x' },
      ),
    ).toBe(true);
  });
});

describe('policy variables', () => {
  it('substitutes under 2012-10-17, with defaults and escapes', () => {
    const c = { StringLike: { 'ses:FromAddress': '${aws:username}@example.com' } };
    expect(holds(c, { 'ses:FromAddress': 'sender@example.com' })).toBe(true);
    expect(holds(c, { 'ses:FromAddress': 'other@example.com' })).toBe(false);
    const d = { StringEquals: { 'ses:FromDisplayName': "${aws:PrincipalTag/team, 'Marketing'}" } };
    expect(holds(d, { 'ses:FromDisplayName': 'Marketing' })).toBe(true);
    expect(
      holds({ StringLike: { 'ses:FromDisplayName': 'Price ${$}5' } }, { 'ses:FromDisplayName': 'Price $5' }),
    ).toBe(true);
  });

  it('keeps text literal under 2008-10-17', () => {
    const c = { StringEquals: { 'ses:FromAddress': '${aws:username}@example.com' } };
    expect(holds(c, { 'ses:FromAddress': '${aws:username}@example.com' }, '2008-10-17')).toBe(true);
    expect(holds(c, { 'ses:FromAddress': 'sender@example.com' }, '2008-10-17')).toBe(false);
  });

  it('a substituted value is literal: a * in it is not a wildcard', () => {
    const c = { StringLike: { 'ses:FromAddress': '${aws:username}@example.com' } };
    const result = decide(policyWith(c), { 'aws:username': '*', 'ses:FromAddress': 'anyone@example.com' });
    expect(result.decision).toBe('ImplicitDeny');
  });
});

describe('SEMANTICS.md decisions', () => {
  it('ForAllValues:Null and NullIfExists test presence like Null', () => {
    expect(holds({ 'ForAllValues:Null': { 'ses:FeedbackAddress': 'true' } }, {})).toBe(true);
    expect(
      holds({ 'ForAllValues:Null': { 'ses:FeedbackAddress': 'true' } }, { 'ses:FeedbackAddress': 'b@x.com' }),
    ).toBe(false);
    expect(holds({ NullIfExists: { 'ses:FeedbackAddress': 'false' } }, {})).toBe(false);
  });

  it('compares IPv4-mapped IPv6 request addresses as IPv4', () => {
    expect(
      holds({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, { 'aws:SourceIp': '::ffff:203.0.113.5' }),
    ).toBe(true);
  });

  it('reads dates without a zone as UTC', () => {
    const c = { DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00' } };
    expect(holds(c, { 'aws:CurrentTime': '2026-12-31T23:59:59Z' })).toBe(true);
    expect(holds(c, { 'aws:CurrentTime': '2027-01-01T00:00:01Z' })).toBe(false);
  });

  it('an unparseable policy value never matches: negated operators then hold', () => {
    expect(holds({ IpAddress: { 'aws:SourceIp': '300.1.1.1' } }, { 'aws:SourceIp': '192.0.2.1' })).toBe(
      false,
    );
    expect(holds({ NotIpAddress: { 'aws:SourceIp': '300.1.1.1' } }, { 'aws:SourceIp': '192.0.2.1' })).toBe(
      true,
    );
  });

  it('operator names are case-sensitive: an unknown spelling makes the policy unreadable', () => {
    expect(holds({ stringlike: { 'ses:FromAddress': '*' } }, { 'ses:FromAddress': 'a@example.com' })).toBe(
      false,
    );
  });

  it('derives aws:PrincipalArn (a session’s role) and aws:username from the caller', () => {
    const session = 'arn:aws:sts::123456789012:assumed-role/Mailer/s1';
    const byRole = policyWith({ ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/Mailer' } });
    expect(decide(byRole, {}, session).decision).toBe('Allow');
    expect(
      decide(byRole, { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/Other' }, session).decision,
    ).toBe('ImplicitDeny');
  });

  it('a role ARN with a path covers the sessions of that role', () => {
    const grant = policyWith(undefined, { Principal: { AWS: 'arn:aws:iam::123456789012:role/mail/Mailer' } });
    expect(decide(grant, {}, 'arn:aws:sts::123456789012:assumed-role/Mailer/s1').decision).toBe('Allow');
  });
});
