import { describe, expect, it } from 'vitest';
import { changeHints, closestAllow, conditionText, missingFor, statementLabel } from './explain';
import { decide, policyWith } from './test-helpers';

const fromSpring = { StringLike: { 'ses:FromAddress': 'marketing+*@example.com' } };

describe('what would change the answer', () => {
  it('names the Allow statement closest to applying and what it is missing', () => {
    const evaluation = decide(policyWith(fromSpring, { Sid: 'Spring' }), {
      'ses:FromAddress': 'ceo@example.com',
    });
    expect(evaluation.decision).toBe('ImplicitDeny');
    const candidate = closestAllow(evaluation);
    expect(candidate && statementLabel(candidate)).toBe('statement "Spring"');
    expect(candidate && missingFor(candidate)).toEqual([
      expect.stringMatching(
        /^the condition StringLike ses:FromAddress \(marketing\+\*@example\.com\): the request has ceo@example\.com; /,
      ),
    ]);
    expect(changeHints(evaluation, 'ses:SendEmail')).toEqual([
      expect.stringMatching(
        /^statement "Spring" of p would allow it if this changed: the condition StringLike/,
      ),
    ]);
  });

  it('prefers the statement with fewer failures: a wrong principal is furthest', () => {
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'ses:SendEmail', Resource: '*' },
        {
          Effect: 'Allow',
          Principal: { AWS: '123456789012' },
          Action: 'ses:SendEmail',
          Resource: '*',
          Condition: { ...fromSpring, Bool: { 'aws:SecureTransport': 'true' } },
        },
      ],
    });
    const candidate = closestAllow(decide(document, { 'ses:FromAddress': 'ceo@example.com' }));
    expect(candidate && statementLabel(candidate)).toBe('statement 2');
    expect(candidate && missingFor(candidate)).toHaveLength(2);
  });

  it('names every Allow that could decide, closest first, in sentences with one full stop', () => {
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'ses:SendEmail', Resource: '*' },
        {
          Sid: 'Spring',
          Effect: 'Allow',
          Principal: { AWS: '123456789012' },
          Action: 'ses:SendEmail',
          Resource: '*',
          Condition: fromSpring,
        },
      ],
    });
    const hints = changeHints(decide(document, { 'ses:FromAddress': 'ceo@example.com' }), 'ses:SendEmail');
    expect(hints).toHaveLength(2);
    expect(hints[0]).toMatch(/^statement "Spring" of p would allow it if this changed: the condition/);
    expect(hints[1]).toMatch(/^statement 1 of p would allow it if this changed: the principal: /);
    for (const hint of hints) {
      expect(hint).toMatch(/[^.]\.$/);
      expect(hint).not.toContain('..');
    }
  });

  it('says when no Allow statement could apply', () => {
    const evaluation = decide(policyWith(undefined, { Action: 'ses:SendRawEmail' }));
    expect(closestAllow(evaluation)).toBeDefined();
    const none = decide(policyWith(undefined, { Effect: 'Deny', Principal: { AWS: '111122223333' } }));
    expect(closestAllow(none)).toBeUndefined();
    expect(changeHints(none, 'ses:SendEmail')).toEqual([
      'No Allow statement in the identity’s sending authorization policies could apply to ses:SendEmail: add one that names this caller, the action ses:SendEmail and this identity.',
    ]);
  });

  it('explains an Allow, and an explicit Deny with and without conditions', () => {
    const allowed = decide(policyWith(undefined, { Sid: 'Open' }));
    expect(closestAllow(allowed)).toBeUndefined();
    expect(changeHints(allowed, 'ses:SendEmail')[0]).toMatch(/^Allowed by statement "Open" of p\. /);
    const deny = decide(policyWith(fromSpring, { Effect: 'Deny' }), {
      'ses:FromAddress': 'marketing+a@example.com',
    });
    expect(changeHints(deny, 'ses:SendEmail')).toEqual([
      'statement 1 of p denies it because all of its conditions hold (StringLike ses:FromAddress marketing+*@example.com). It stops applying when any one of them does not; no Allow can override an explicit Deny.',
    ]);
    const flat = decide(policyWith(undefined, { Effect: 'Deny' }));
    expect(changeHints(flat, 'ses:SendEmail')[0]).toMatch(/denies it without conditions/);
  });

  it('writes a condition in one line', () => {
    expect(
      conditionText({ operator: 'StringEquals', key: 'ses:FromAddress', policyValues: ['a', 'b'] }),
    ).toBe('StringEquals ses:FromAddress a, b');
  });
});
