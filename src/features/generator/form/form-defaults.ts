/** Blank statements and conditions, as "Add statement" and "Add condition" create them. */
import type { ConditionForm, GeneratorForm, StatementForm } from './generator-schema';

export function emptyCondition(key = 'ses:FromAddress'): ConditionForm {
  return { key, operator: 'StringLike', setOperator: '', values: '' };
}

export function emptyStatement(): StatementForm {
  return {
    sid: '',
    effect: 'Allow',
    principals: '',
    actions: ['ses:SendEmail', 'ses:SendRawEmail'],
    conditions: [],
  };
}

export function emptyForm(): GeneratorForm {
  return { name: '', statements: [emptyStatement()] };
}
