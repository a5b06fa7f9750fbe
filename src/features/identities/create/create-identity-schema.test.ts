import { describe, expect, it } from 'vitest';
import { createIdentitySchema } from './create-identity-schema';

const errorOf = (kind: 'EmailAddress' | 'Domain', name: string, existing: string[] = []) => {
  const result = createIdentitySchema(existing).safeParse({ kind, name });
  return result.success ? undefined : result.error.issues[0]?.message;
};

describe('createIdentitySchema', () => {
  it('accepts addresses and domains SES could verify', () => {
    expect(errorOf('EmailAddress', 'sender@example.com')).toBeUndefined();
    expect(errorOf('Domain', 'mail.example.com')).toBeUndefined();
  });

  it('says which kind of value the field expects', () => {
    expect(errorOf('Domain', 'sender@example.com')).toMatch(/A domain has no @/);
    expect(errorOf('EmailAddress', 'example.com')).toMatch(/needs an @/);
    expect(errorOf('EmailAddress', '  ')).toMatch(/Enter an email address/);
  });

  it('says which part of a malformed name is wrong', () => {
    expect(errorOf('Domain', 'exa_mple.com')).toMatch(/not a valid domain label/);
    expect(errorOf('Domain', 'example..com')).toMatch(/empty label/);
    expect(errorOf('EmailAddress', '@example.com')).toMatch(/nothing before the @/);
  });

  it('refuses an identity the account already has, whatever its case', () => {
    expect(errorOf('Domain', 'Example.com', ['example.com'])).toBe(
      'You already have the identity Example.com.',
    );
  });
});
