import { describe, expect, it } from 'vitest';
import { namesToLoad, resolverOf, type DirectoryIdentity } from './identity-directory';

describe('namesToLoad', () => {
  it('asks for each address, its domain and parent domains, and the identity of each ARN', () => {
    expect(
      namesToLoad(
        ['"Spring Sale" <Marketing+Spring@Mail.SES-Example.com>', undefined, 'bounces@delegate.example'],
        ['arn:aws:ses:us-east-1:888888888888:identity/Ops@Example.org', ''],
      ).sort(),
    ).toEqual(
      [
        // An email address identity is case-sensitive (SES); domains are compared in lower case.
        'Marketing+Spring@Mail.SES-Example.com',
        'mail.ses-example.com',
        'ses-example.com',
        'bounces@delegate.example',
        'delegate.example',
        'Ops@Example.org',
      ].sort(),
    );
  });

  it('adds nothing for what cannot be read: a bare word, a malformed ARN', () => {
    expect(namesToLoad(['marketing', '   '], ['arn:aws:ses:us-east-1:8888:identity/x.com', 'nope'])).toEqual(
      [],
    );
  });
});

describe('resolverOf', () => {
  it('returns the identities with the asked names: domains in any case, email addresses exactly', async () => {
    const identity = (name: string): DirectoryIdentity => ({
      arn: `arn:aws:ses:us-east-1:888888888888:identity/${name}`,
      account: '888888888888',
      region: 'us-east-1',
      name,
      verified: true,
      policies: [],
    });
    const resolve = resolverOf([identity('ses-example.com'), identity('Ann@example.org')]);
    expect((await resolve(['ann@example.org', 'other.example'])).map((i) => i.name)).toEqual([]);
    expect((await resolve(['Ann@example.org', 'SES-Example.com'])).map((i) => i.name)).toEqual([
      'ses-example.com',
      'Ann@example.org',
    ]);
  });
});
