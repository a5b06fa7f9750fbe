// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  addressBelongsToIdentity,
  addressDomain,
  candidateIdentities,
  identityArn,
  identityKindOf,
  identityNameProblem,
  parseIdentityArn,
  parseMailbox,
  parseMailboxList,
  sameAddress,
  canonicalIdentityName,
} from './identity';

const DOMAIN_ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';

describe('parseIdentityArn', () => {
  it('reads domain and email address identities', () => {
    expect(parseIdentityArn(DOMAIN_ARN)).toEqual({
      ok: true,
      identity: {
        arn: DOMAIN_ARN,
        partition: 'aws',
        region: 'us-east-1',
        account: '888888888888',
        name: 'ses-example.com',
        kind: 'Domain',
      },
    });
    expect(
      parseIdentityArn(' arn:aws-us-gov:ses:us-gov-west-1:123456789012:identity/marketing+x@example.com '),
    ).toMatchObject({
      ok: true,
      identity: {
        arn: 'arn:aws-us-gov:ses:us-gov-west-1:123456789012:identity/marketing+x@example.com',
        partition: 'aws-us-gov',
        region: 'us-gov-west-1',
        name: 'marketing+x@example.com',
        kind: 'EmailAddress',
      },
    });
  });

  const malformed: [string, string][] = [
    [
      '',
      'The identity ARN is empty: identity ARNs look like arn:aws:ses:us-east-1:123456789012:identity/example.com.',
    ],
    [
      'ses-example.com',
      '"ses-example.com" is not an ARN: identity ARNs look like arn:aws:ses:us-east-1:123456789012:identity/example.com. To use the identity ses-example.com, give its ARN, arn:aws:ses:REGION:ACCOUNT:identity/ses-example.com.',
    ],
    [
      'arn:aws:ses:us-east-1',
      '"arn:aws:ses:us-east-1" has too few parts: an identity ARN has six, arn:PARTITION:ses:REGION:ACCOUNT:identity/NAME.',
    ],
    [
      'arn:amazon:ses:us-east-1:888888888888:identity/x.com',
      '"arn:amazon:ses:us-east-1:888888888888:identity/x.com" has an unknown partition "amazon": use "aws" (or aws-cn, aws-us-gov).',
    ],
    [
      'arn:aws:sns:us-east-1:888888888888:topic',
      '"arn:aws:sns:us-east-1:888888888888:topic" is not an SES ARN: its service is "sns", not "ses".',
    ],
    [
      'arn:aws:ses::888888888888:identity/x.com',
      '"arn:aws:ses::888888888888:identity/x.com" has no Region: write one such as us-east-1 after "ses:".',
    ],
    [
      'arn:aws:ses:US-EAST-1:888888888888:identity/x.com',
      '"arn:aws:ses:US-EAST-1:888888888888:identity/x.com" writes its Region in capitals: Regions are lower-case, e.g. us-east-1.',
    ],
    [
      'arn:aws:ses:virginia:888888888888:identity/x.com',
      '"arn:aws:ses:virginia:888888888888:identity/x.com" has "virginia" where a Region such as us-east-1 belongs.',
    ],
    [
      'arn:aws:ses:us-east-1:8888-8888-8888:identity/x.com',
      '"arn:aws:ses:us-east-1:8888-8888-8888:identity/x.com" needs the owner\'s 12-digit account ID after the Region, not "8888-8888-8888".',
    ],
    [
      'arn:aws:ses:us-east-1:888888888888:configuration-set/main',
      '"arn:aws:ses:us-east-1:888888888888:configuration-set/main" names a configuration-set, not an identity: the last part must be identity/<email address or domain>.',
    ],
    [
      'arn:aws:ses:us-east-1:888888888888:ses-example.com',
      '"arn:aws:ses:us-east-1:888888888888:ses-example.com" has no resource type before "ses-example.com": write identity/ses-example.com.',
    ],
    [
      'arn:aws:ses:us-east-1:888888888888:identity/',
      '"arn:aws:ses:us-east-1:888888888888:identity/" does not name a valid identity: the identity name is empty.',
    ],
    [
      'arn:aws:ses:us-east-1:888888888888:identity/localhost',
      '"arn:aws:ses:us-east-1:888888888888:identity/localhost" does not name a valid identity: "localhost" is not a domain name such as example.com.',
    ],
    [
      'arn:aws:ses:us-east-1:888888888888:identity/@x.com',
      '"arn:aws:ses:us-east-1:888888888888:identity/@x.com" does not name a valid identity: "@x.com" has nothing before the @.',
    ],
    [
      'arn:aws:ses:us-east-1:888888888888:identity/a@bad_domain.com',
      '"arn:aws:ses:us-east-1:888888888888:identity/a@bad_domain.com" does not name a valid identity: the domain of a@bad_domain.com is not valid: "bad_domain" is not a valid domain label (letters, digits and inner hyphens only).',
    ],
    [
      'arn:aws:ses:us-east-1:888888888888:identity/x..com',
      '"arn:aws:ses:us-east-1:888888888888:identity/x..com" does not name a valid identity: "x..com" has an empty label (two dots in a row, or a leading or trailing dot).',
    ],
  ];
  it.each(malformed)('explains %j', (arn, error) => {
    expect(parseIdentityArn(arn)).toEqual({ ok: false, error });
  });

  it('never throws on a non-string', () => {
    expect(parseIdentityArn(undefined as never).ok).toBe(false);
    expect(parseIdentityArn(42 as never).ok).toBe(false);
  });

  it('round-trips with identityArn', () => {
    const arn = identityArn('eu-west-1', '999999999999', 'news@delegate.example');
    expect(arn).toBe('arn:aws:ses:eu-west-1:999999999999:identity/news@delegate.example');
    expect(parseIdentityArn(arn)).toMatchObject({ ok: true, identity: { name: 'news@delegate.example' } });
    expect(identityArn('cn-north-1', '123456789012', 'x.cn', 'aws-cn')).toBe(
      'arn:aws-cn:ses:cn-north-1:123456789012:identity/x.cn',
    );
  });
});

describe('identity names', () => {
  it('tells email addresses from domains', () => {
    expect(identityKindOf('a@example.com')).toBe('EmailAddress');
    expect(identityKindOf('example.com')).toBe('Domain');
    expect(identityNameProblem('xn--bcher-kva.example')).toBeUndefined();
    expect(identityNameProblem('"odd@local"@example.com')).toBeUndefined();
    expect(identityNameProblem('a b@example.com')).toMatch(/whitespace/);
    expect(identityNameProblem('a@b@example.com')).toMatch(/more than one @/);
    expect(identityNameProblem('http://foo.com')).toBe(
      '"http://foo.com" is a web address, not an identity: enter the domain alone, foo.com',
    );
    expect(identityNameProblem('https://user@www.example.com:8080/x')).toMatch(
      /enter the domain alone, www\.example\.com$/,
    );
    expect(identityNameProblem('-x.example.com')).toMatch(/"-x" is not a valid domain label/);
  });
});

describe('address ownership', () => {
  it('a domain identity covers the domain and its subdomains, case-insensitively', () => {
    expect(addressBelongsToIdentity('a@ses-example.com', 'ses-example.com')).toBe(true);
    expect(addressBelongsToIdentity('a@mail.SES-example.com', 'ses-example.com')).toBe(true);
    expect(addressBelongsToIdentity('a@x.y.ses-example.com', 'SES-Example.com')).toBe(true);
    expect(addressBelongsToIdentity('a@notses-example.com', 'ses-example.com')).toBe(false);
    expect(addressBelongsToIdentity('a@ses-example.com.evil.example', 'ses-example.com')).toBe(false);
    expect(addressBelongsToIdentity('a@example.com', 'mail.example.com')).toBe(false);
    expect(addressBelongsToIdentity('not-an-address', 'example.com')).toBe(false);
  });

  it('an email identity covers exactly its address, case included (SES: email addresses are case sensitive)', () => {
    expect(addressBelongsToIdentity('news@ses-example.com', 'news@ses-example.com')).toBe(true);
    expect(addressBelongsToIdentity('News@ses-example.com', 'news@ses-example.com')).toBe(false);
    expect(addressBelongsToIdentity('news@SES-example.com', 'news@ses-example.com')).toBe(false);
    expect(addressBelongsToIdentity('\u212Aelvin@ses-example.com', 'kelvin@ses-example.com')).toBe(false);
    expect(addressBelongsToIdentity('other@ses-example.com', 'news@ses-example.com')).toBe(false);
    expect(addressBelongsToIdentity('news+tag@ses-example.com', 'news@ses-example.com')).toBe(false);
    expect(addressBelongsToIdentity('news@mail.ses-example.com', 'news@ses-example.com')).toBe(false);
    expect(sameAddress('A@X.com', 'a@x.COM')).toBe(false);
    expect(sameAddress('a@x.com', 'a@x.com')).toBe(true);
  });

  it('compares domains in ASCII case only: no Unicode case folding', () => {
    expect(addressBelongsToIdentity('a@\u212Aelvin.example', 'kelvin.example')).toBe(false);
    expect(addressBelongsToIdentity('a@KELVIN.example', 'kelvin.example')).toBe(true);
    expect(canonicalIdentityName('News@Example.COM')).toBe('News@Example.COM');
    expect(canonicalIdentityName('Mail.Example.COM')).toBe('mail.example.com');
    expect(canonicalIdentityName('\u212Aelvin.example')).toBe('\u212Aelvin.example');
  });

  it('refuses names SES cannot keep or the console could not address afterwards', () => {
    expect(identityNameProblem('arn:x@ses-example.com')).toMatch(/starts with "arn:"/);
    expect(identityNameProblem('a%2Fb@ses-example.com')).toMatch(/encoded slash/);
    expect(identityNameProblem('a\u202Eb@ses-example.com')).toMatch(/U\+202E/);
    expect(identityNameProblem('a\u0000b@ses-example.com')).toMatch(/U\+0000/);
    expect(identityNameProblem('jörg@ses-example.com')).toMatch(/7-bit ASCII/);
    expect(identityNameProblem('\u212Aelvin@ses-example.com')).toMatch(/7-bit ASCII/);
    expect(identityNameProblem('bücher.example')).toMatch(/7-bit ASCII/);
    expect(identityNameProblem('xn--bcher-kva.example')).toBeUndefined();
    expect(identityNameProblem('News+Tag@ses-example.com')).toBeUndefined();
  });

  it('lists the identities an address may be sent through, most specific first', () => {
    expect(candidateIdentities('Marketing+Spring@Mail.SES-Example.com')).toEqual([
      'Marketing+Spring@Mail.SES-Example.com',
      'mail.ses-example.com',
      'ses-example.com',
    ]);
    expect(addressDomain('a@B.Example')).toBe('b.example');
  });
});

describe('addresses out of header values', () => {
  it('reads a display name and the address', () => {
    expect(parseMailbox('"Marketing" <marketing+spring@ses-example.com>')).toEqual({
      address: 'marketing+spring@ses-example.com',
      name: 'Marketing',
    });
    expect(parseMailbox('marketing@ses-example.com')).toEqual({
      address: 'marketing@ses-example.com',
      name: '',
    });
    expect(parseMailbox('Spring Team <s@ses-example.com>')?.name).toBe('Spring Team');
  });

  it('decodes RFC 2047 display names', () => {
    expect(parseMailbox('=?UTF-8?B?SsO8cmdlbg==?= <j@ses-example.com>')).toEqual({
      address: 'j@ses-example.com',
      name: 'Jürgen',
    });
    expect(parseMailbox('=?ISO-8859-1?Q?Andr=E9?= <a@ses-example.com>')?.name).toBe('André');
  });

  it('reads lists and groups, and nothing out of non-addresses', () => {
    expect(parseMailboxList('a@x.com, "B" <b@x.com>, Team: c@x.com, d@x.com;').map((m) => m.address)).toEqual(
      ['a@x.com', 'b@x.com', 'c@x.com', 'd@x.com'],
    );
    expect(parseMailbox('Marketing')).toBeUndefined();
    expect(parseMailbox('<>')).toBeUndefined();
    expect(parseMailbox('')).toBeUndefined();
    expect(parseMailboxList(undefined as never)).toEqual([]);
  });
});
