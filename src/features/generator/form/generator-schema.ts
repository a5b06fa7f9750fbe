/**
 * The generator's form and its zod rules: statements (Sid, effect, principals, send actions,
 * conditions) and the policy name. Every message says what is wrong and how to fix it, and
 * names the line for the one-per-line fields.
 */
import { z } from 'zod';
import { hasWildcard, policyLimitProblem, policyNameProblem, SEND_ACTIONS } from '../../../policy-engine';
import { keyInfo, operatorInfo, operatorsForKey, takesSetOperator } from '../conditions/condition-catalog';
import { conditionValueProblem } from '../conditions/condition-values';
import { principalLineProblem } from '../statements/principals';
import { numberedLines } from './text-lines';

const SEND_ACTION_NAMES = SEND_ACTIONS.map((a) => a.name);

/** Past this many, a one-per-line field's problems end with how many more lines have one. */
const MAX_LISTED_LINES = 10;

/** Every problem of a one-per-line field, each naming its line, so all can be fixed at once. */
function lineProblems(problems: string[]): string | undefined {
  if (problems.length === 0) return undefined;
  const listed = problems.slice(0, MAX_LISTED_LINES);
  const more = problems.length - listed.length;
  return more > 0
    ? `${listed.join(' ')} And ${more} more ${more === 1 ? 'line' : 'lines'}.`
    : listed.join(' ');
}

export const conditionSchema = z
  .object({
    key: z.string(),
    operator: z.string(),
    setOperator: z.enum(['', 'ForAllValues', 'ForAnyValue']),
    values: z.string(),
  })
  .superRefine((c, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (!keyInfo(c.key)) return issue('key', 'Choose a condition key.');
    const operator = operatorInfo(c.operator);
    if (!operator) return issue('operator', 'Choose an operator.');
    if (!operatorsForKey(c.key).includes(operator))
      return issue('operator', `${c.operator} does not suit ${c.key}: choose one of the operators offered.`);
    if (takesSetOperator(c.key, c.operator) && !c.setOperator)
      issue(
        'setOperator',
        `${c.key} holds several values: choose ForAllValues (every one must match) or ForAnyValue (at least one).`,
      );
    const values = numberedLines(c.values);
    if (values.length === 0) return issue('values', 'Enter at least one value, one per line.');
    if (operator.family === 'Bool' || operator.family === 'Null') {
      if (values.length > 1) return issue('values', `${operator.name} takes a single value: true or false.`);
    }
    const problems = values.flatMap(({ number, text }) => {
      const problem = conditionValueProblem(operator.family, text);
      if (problem) return [`Line ${number}: ${problem}`];
      if (operator.family === 'String' && !operator.name.includes('Like') && hasWildcard(text))
        return [
          `Line ${number}: ${operator.name} compares "${text}" exactly, so * and ? match only themselves. Use ${operator.negated ? 'StringNotLike' : 'StringLike'} for a pattern.`,
        ];
      return [];
    });
    const message = lineProblems(problems);
    if (message) issue('values', message);
    return undefined;
  });

export const statementSchema = z
  .object({
    sid: z.string(),
    effect: z.enum(['Allow', 'Deny']),
    principals: z.string(),
    actions: z.array(z.string()),
    conditions: z.array(conditionSchema),
  })
  .superRefine((s, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    if (s.sid && !/^[A-Za-z0-9]+$/.test(s.sid))
      issue(
        ['sid'],
        'A statement ID may contain only letters (A-Z, a-z) and digits, e.g. AuthorizeMarketer.',
      );
    const principals = numberedLines(s.principals);
    if (principals.length === 0)
      issue(
        ['principals'],
        'Name at least one principal: an AWS account ID, an IAM user or role ARN, or a service such as sns.amazonaws.com.',
      );
    const seen = new Map<string, number>();
    const problems = principals.flatMap(({ number, text }) => {
      const problem = principalLineProblem(text);
      if (problem) return [`Line ${number}: ${problem}`];
      const earlier = seen.get(text);
      seen.set(text, number);
      return earlier === undefined ? [] : [`Line ${number}: ${text} is already on line ${earlier}.`];
    });
    const message = lineProblems(problems);
    if (message) issue(['principals'], message);
    if (s.actions.length === 0) issue(['actions'], 'Choose at least one send action.');
    const unknown = s.actions.filter((a) => !SEND_ACTION_NAMES.includes(a));
    if (unknown.length) issue(['actions'], `Not a send action: ${unknown.join(', ')}.`);
    const tested = new Set<string>();
    s.conditions.forEach((c, i) => {
      const operator = c.setOperator ? `${c.setOperator}:${c.operator}` : c.operator;
      const pair = `${operator}|${c.key.toLowerCase()}`;
      if (tested.has(pair))
        issue(
          ['conditions', i, 'values'],
          `This statement already tests ${c.key} with ${operator}: put all the values in that condition instead (any of them may match).`,
        );
      tested.add(pair);
    });
  });

export const statementsSchema = z
  .array(statementSchema)
  .min(1, 'A policy needs at least one statement.')
  .superRefine((statements, ctx) => {
    const sids = new Map<string, number>();
    statements.forEach((s, i) => {
      if (!s.sid) return;
      const earlier = sids.get(s.sid);
      if (earlier !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: [i, 'sid'],
          message: `Statement ${earlier + 1} already uses the ID ${s.sid}; give each statement its own.`,
        });
      else sids.set(s.sid, i);
    });
  });

/** The new policy's name: SES's rule, a name the identity does not use yet, then SES's limit. */
export function policyNameError(name: string, existingNames: readonly string[]): string | undefined {
  return policyNameProblem(name, existingNames) ?? policyLimitProblem(existingNames.length);
}

/** The whole form; the name must differ from the identity's existing policy names. */
export function generatorSchema(existingNames: readonly string[]) {
  return z.object({
    name: z.string().superRefine((name, ctx) => {
      const message = policyNameError(name, existingNames);
      if (message) ctx.addIssue({ code: 'custom', message });
    }),
    statements: statementsSchema,
  });
}

export type GeneratorForm = z.infer<ReturnType<typeof generatorSchema>>;
export type StatementForm = z.infer<typeof statementSchema>;
export type ConditionForm = z.infer<typeof conditionSchema>;
