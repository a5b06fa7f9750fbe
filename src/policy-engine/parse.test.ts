// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compilePolicy, compilePolicyDocument } from './parse';

const text = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "One",
      "Effect": "Allow",
      "Principal": {"AWS": ["999999999999", "arn:aws:iam::999999999999:user/marketer"]},
      "Action": "ses:SendEmail",
      "Resource": "arn:aws:ses:us-east-1:888888888888:identity/ses-example.com",
      "Condition": {"ForAnyValue:StringLikeIfExists": {"ses:Recipients": ["*@example.com", 5, true]}}
    }
  ]
}`;

describe('compilePolicy', () => {
  it('builds the model with paths and 1-based positions for every element', () => {
    const policy = compilePolicy(text, 'p');
    expect(policy.readable).toBe(true);
    expect(policy.diagnostics).toEqual([]);
    const [s] = policy.statements;
    expect(s).toMatchObject({ index: 0, sid: 'One', effect: 'Allow', path: ['Statement', 0] });
    expect(s?.range.start).toEqual({ offset: text.indexOf('    {') + 4, line: 4, column: 5 });
    expect(s?.principal?.entries.map((e) => [e.type, e.value, e.range.start.line, e.path])).toEqual([
      ['AWS', '999999999999', 7, ['Statement', 0, 'Principal', 'AWS', 0]],
      ['AWS', 'arn:aws:iam::999999999999:user/marketer', 7, ['Statement', 0, 'Principal', 'AWS', 1]],
    ]);
    const [c] = s?.conditions ?? [];
    expect(c).toMatchObject({
      operatorText: 'ForAnyValue:StringLikeIfExists',
      operator: 'StringLike',
      family: 'String',
      setOperator: 'ForAnyValue',
      ifExists: true,
      negated: false,
      key: 'ses:Recipients',
      keyLower: 'ses:recipients',
    });
    expect(c?.values.map((v) => v.value)).toEqual(['*@example.com', 5, true]);
    expect(c?.keyRange.start.line).toBe(10);
  });

  it('marks what cannot be read, with a code, a message and where', () => {
    const unreadable = (t: string) => {
      const policy = compilePolicy(t, 'p');
      expect(policy.readable).toBe(false);
      return policy.diagnostics[0];
    };
    expect(unreadable('{"Statement": {"Effect": "Allow",}}')).toMatchObject({
      code: 'invalid-json',
      range: { start: { line: 1, column: 34 } },
    });
    expect(unreadable('{"Statement": {"Effect": "allow"}}')).toMatchObject({
      code: 'invalid-effect',
      message: expect.stringMatching(/case-sensitive/),
    });
    expect(unreadable('{"Statement": {"Action": "ses:SendEmail"}}')).toMatchObject({
      code: 'missing-effect',
    });
    expect(unreadable('{"Statement": {"Effect": "Allow", "Conditions": {}}}')).toMatchObject({
      code: 'unknown-element',
      message: expect.stringMatching(/"Conditions" is not a statement element/),
      path: ['Statement', 'Conditions'],
    });
    expect(unreadable('{"Statement": {"Effect": "Allow", "Action": "a", "NotAction": "b"}}')).toMatchObject({
      code: 'conflicting-elements',
    });
    expect(
      unreadable('{"Statement": {"Effect": "Allow", "Condition": {"StringEquals": {"k": {"nested": 1}}}}}'),
    ).toMatchObject({
      code: 'invalid-value-type',
    });
    expect(unreadable('[]')).toMatchObject({ code: 'not-an-object' });
    expect(unreadable('')).toMatchObject({ code: 'invalid-json' });
    expect(unreadable('{} // comment')).toMatchObject({
      code: 'invalid-json',
      message: expect.stringMatching(/comments are not allowed/),
    });
  });

  it('reads a document given as an object, printed with positions', () => {
    const policy = compilePolicyDocument({ Version: '2012-10-17', Statement: [{ Effect: 'Deny' }] }, 'obj');
    expect(policy.statements[0]?.effect).toBe('Deny');
    expect(policy.statements[0]?.range.start.line).toBe(4);
  });
});
