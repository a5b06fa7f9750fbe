import { describe, expect, it } from 'vitest';
import { matrixProblems, type MatrixLists } from './matrix-input';

const lists = (over: Partial<MatrixLists>): MatrixLists => ({
  principals: '999999999999',
  actions: ['SendEmail'],
  froms: 'marketing@ses-example.com',
  recipients: '',
  ...over,
});

describe('the matrix lists', () => {
  it('are fine with callers, an action and addresses', () => {
    expect(matrixProblems(lists({ recipients: 'a@example.com\nb@example.com' }))).toEqual({});
  });

  it('flag a From line that is not an email address as input, not as a refused send', () => {
    expect(matrixProblems(lists({ froms: 'marketing@ses-example.com\nnot an email' }))).toEqual({
      froms: 'The From address "not an email" is not an email address: write it as name@example.com.',
    });
  });

  it('name every bad line at once, in principals, From addresses and recipients', () => {
    const problems = matrixProblems(
      lists({
        principals: 'marketer\n999999999999\nbob',
        froms: 'x\ny@ses-example.com\nz',
        recipients: 'ok@example.com\nnope',
      }),
    );
    expect(problems.principals).toBe(
      '"marketer" and "bob" are not callers: use an account ID, an IAM or STS ARN, or a service principal.',
    );
    expect(problems.froms).toBe(
      '"x" and "z" are not email addresses: write each From address as name@example.com, one per line.',
    );
    expect(problems.recipients).toBe(
      'The recipient "nope" is not an email address: write it as name@example.com.',
    );
  });

  it('ask for at least one principal, action and From address', () => {
    expect(matrixProblems({ principals: ' \n', actions: [], froms: '', recipients: '' })).toEqual({
      principals: 'List at least one principal, one per line.',
      actions: 'Choose at least one action.',
      froms: 'List at least one From address, one per line.',
    });
  });
});
