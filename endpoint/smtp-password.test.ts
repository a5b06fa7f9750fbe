import { describe, expect, it } from 'vitest';
import { smtpPassword, smtpPasswordMatches } from './smtp-password';

// Expected values computed with the Python script of "Obtaining Amazon SES SMTP credentials"
// (smtp-credentials.html), an implementation independent of this one.
describe('SES SMTP password', () => {
  it('derives SES documented SMTP password from a secret key and a Region', () => {
    expect(smtpPassword('emulator/delegate/999999999999/demo-secret-key', 'us-east-1')).toBe(
      'BEFY5AthhYhgWk0/fOmpxWd7n1p5ANgXYCLA9FIOtfJi',
    );
    expect(smtpPassword('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'us-west-2')).toBe(
      'BF2PynzbSCAjX08zhZZnP/kW+T9P5zs/1Er0pi5vTEmd',
    );
  });

  it('matches only the password of the same secret and Region', () => {
    const secret = 'emulator/delegate/999999999999/demo-secret-key';
    expect(smtpPasswordMatches(smtpPassword(secret, 'us-east-1'), secret, 'us-east-1')).toBe(true);
    expect(smtpPasswordMatches(smtpPassword(secret, 'us-west-2'), secret, 'us-east-1')).toBe(false);
    expect(smtpPasswordMatches(secret, secret, 'us-east-1')).toBe(false);
    expect(smtpPasswordMatches('', secret, 'us-east-1')).toBe(false);
  });
});
