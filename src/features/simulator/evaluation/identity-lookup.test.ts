import { describe, expect, it } from 'vitest';
import { resolverOf, type KnownIdentity } from './identity-lookup';

describe('resolverOf', () => {
  it('returns the identities with the asked names: domains in any case, email addresses exactly', async () => {
    const identity = (name: string): KnownIdentity => ({
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
