import { describe, expect, it } from 'vitest';
import { sendEmailSchema, sendRawSchema, sourceWithName } from './send-schema';

const valid = {
  from: 'marketing+spring@ses-example.com',
  displayName: 'Spring sale',
  to: 'success@simulator.amazonses.com',
  cc: '',
  bcc: '',
  returnPath: '',
  sourceArn: 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com',
  returnPathArn: '',
  subject: 'Hello',
  body: 'Hi',
};
const issues = (value: object) => {
  const result = sendEmailSchema.safeParse({ ...valid, ...value });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('sendEmailSchema', () => {
  it('accepts a delegate send with a Source ARN', () => {
    expect(issues({})).toEqual([]);
  });

  it('says which field is wrong and why', () => {
    expect(issues({ from: 'marketing' })).toEqual([
      'from: "marketing" is not an email address: it has no @.',
    ]);
    expect(issues({ to: '', cc: '', bcc: '' })).toEqual(['to: Add at least one recipient (To, Cc or Bcc).']);
    expect(issues({ cc: 'a@example.com, b@exa mple.com' })[0]).toMatch(/^cc: /);
    expect(issues({ sourceArn: 'arn:aws:ses:us-east-1:8888:identity/ses-example.com' })[0]).toMatch(
      /^sourceArn: .*account/i,
    );
    expect(issues({ displayName: 'A <b>' })).toEqual([
      'displayName: A display name cannot contain quotes, angle brackets or line breaks.',
    ]);
  });

  it('puts the display name into Source', () => {
    expect(sourceWithName('a@example.com', 'Sales')).toBe('"Sales" <a@example.com>');
    expect(sourceWithName('a@example.com', ' ')).toBe('a@example.com');
  });
});

describe('sendRawSchema', () => {
  it('needs a message and checks the optional ARNs', () => {
    const result = sendRawSchema.safeParse({
      raw: '',
      source: '',
      destinations: '',
      sourceArn: '',
      fromArn: 'identity/ses-example.com',
      returnPathArn: '',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(['raw', 'fromArn']);
  });
});
