import { describe, expect, it } from 'vitest';
import { conditionGuidance, globFromRegex } from './condition-guidance';
import type { ConditionForm } from '../form/generator-schema';

const allow = (conditions: ConditionForm[] = []) => ({ effect: 'Allow' as const, conditions });
const ids = (c: ConditionForm, statement = allow([c])) =>
  conditionGuidance(c, statement).map((n) => `${n.id}:${n.type}`);

describe('condition guidance', () => {
  const from: ConditionForm = {
    key: 'ses:FromAddress',
    operator: 'StringLike',
    setOperator: '',
    values: 'a*@x.example',
  };

  it('explains StringLike’s wildcards and case-sensitive matching', () => {
    expect(ids(from)).toEqual(['glob:info', 'case:info']);
    expect(conditionGuidance(from, allow())[0]?.text).toMatch(
      /StringLike takes \* \(any run of characters\) and \?/,
    );
  });

  it('spots a regular expression and suggests the glob (the announcement’s own mistake)', () => {
    const notes = conditionGuidance({ ...from, values: 'marketing+.*@ses-example.com' }, allow());
    expect(notes.find((n) => n.type === 'warning')?.text).toMatch(
      /Did you mean "marketing\+\*@ses-example\.com"\?/,
    );
    expect(globFromRegex('^marketing\\+.*@example\\.com$')).toBe('marketing+*@example.com');
  });

  it('warns of ForAllValues on an Allow until there is a Null check', () => {
    const forAll: ConditionForm = {
      key: 'ses:Recipients',
      operator: 'StringLike',
      setOperator: 'ForAllValues',
      values: '*@x.example',
    };
    expect(ids(forAll)).toContain('for-all-values:warning');
    const guard: ConditionForm = {
      key: 'ses:Recipients',
      operator: 'Null',
      setOperator: '',
      values: 'false',
    };
    expect(ids(forAll, allow([forAll, guard]))).toContain('for-all-values:info');
    expect(ids({ ...forAll, setOperator: 'ForAnyValue' })).toContain('for-any-value:info');
  });

  it('warns that a case-sensitive Deny can be dodged, but not an ignore-case one', () => {
    const exact: ConditionForm = { ...from, operator: 'StringEquals', values: 'ceo@x.example' };
    expect(conditionGuidance(exact, { effect: 'Deny', conditions: [exact] }).map((n) => n.id)).toContain(
      'deny-case',
    );
    const ignoreCase = { ...exact, operator: 'StringEqualsIgnoreCase' };
    expect(conditionGuidance(ignoreCase, { effect: 'Deny', conditions: [] })).toEqual([]);
  });
});
