import { describe, expect, it } from 'vitest';
import { policyLimitProblem, policyNameProblem } from './policy-names';

describe('a new policy for an identity', () => {
  it('takes a name SES accepts that the identity does not use yet, case-sensitively', () => {
    expect(policyNameProblem('Marketing', ['Other'])).toBeUndefined();
    expect(policyNameProblem('marketing', ['Marketing'])).toBeUndefined();
    expect(policyNameProblem('Marketing', ['Marketing'])).toBe(
      'This identity already has a policy named "Marketing". Choose another name, or edit that policy.',
    );
    // The form comes first: a bad name is bad whether or not it is taken.
    expect(policyNameProblem('a b', ['a b'])).toMatch(/remove the spaces/);
    expect(policyNameProblem('constructor', [])).toBeUndefined();
  });

  it('fits while the identity has fewer than 20 policies', () => {
    expect(policyLimitProblem(19, 'ses-example.com')).toBeUndefined();
    expect(policyLimitProblem(20, 'ses-example.com')).toBe(
      'Identity ses-example.com already has 20 policies, the most SES allows. Delete one first, or edit an existing policy.',
    );
    expect(policyLimitProblem(20)).toMatch(/^This identity already has 20 policies/);
  });
});
