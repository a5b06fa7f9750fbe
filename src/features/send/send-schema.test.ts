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
  configurationSet: '',
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
      configurationSet: '',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(['raw', 'fromArn']);
  });

  it('takes a configuration set by a name SES could have given it', () => {
    const parse = (configurationSet: string) =>
      sendRawSchema
        .safeParse({
          raw: 'From: a@example.com\r\n\r\nHi',
          source: '',
          destinations: '',
          sourceArn: '',
          fromArn: '',
          returnPathArn: '',
          configurationSet,
        })
        .error?.issues.map((i) => i.message) ?? [];
    expect(parse('')).toEqual([]);
    expect(parse('marketing-events_2')).toEqual([]);
    expect(parse('my set')).toEqual([
      '"my set" is not a configuration set name: use at most 64 letters, digits, underscores (_) and hyphens (-).',
    ]);
    expect(parse('x'.repeat(65))[0]).toMatch(/is not a configuration set name: use at most 64/);
  });
});
