/**
 * The policy generator's form: statements made of an effect, principals, send actions and
 * conditions, each checked as typed with a message that says what is wrong and how to fix it.
 */
import { z } from 'zod';
import {
  familiesForKeyType,
  lookupConditionKey,
  OPERATORS,
  principalProblem,
  SEND_ACTIONS,
  type ConditionKeyInfo,
  type OperatorInfo,
} from '../../policy-engine';

/** The keys the generator offers: SES's own and the global keys that matter for sending. */
export const GENERATOR_KEYS = [
  'ses:FromAddress',
  'ses:Recipients',
  'ses:FromDisplayName',
  'ses:FeedbackAddress',
  'ses:ApiVersion',
  'aws:CurrentTime',
  'aws:EpochTime',
  'aws:SourceIp',
  'aws:SecureTransport',
  'aws:UserAgent',
] as const;

export const SET_OPERATORS = ['ForAllValues', 'ForAnyValue'] as const;

export function keyInfo(key: string): ConditionKeyInfo | undefined {
  return lookupConditionKey(key);
}

/** Operators that make sense for a key's type (dates also compare as numbers; Null for any). */
export function operatorsForKey(key: string): OperatorInfo[] {
  const info = keyInfo(key);
  if (!info) return [];
  const families = familiesForKeyType(info.type);
  return OPERATORS.filter((o) => families.includes(o.family) && !o.name.endsWith('IfExists'));
}

/** Splits a multi-line field into its non-empty trimmed lines. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

export type PrincipalKind = 'AWS' | 'Service';

export function principalKind(value: string): PrincipalKind {
  return /\.amazonaws\.com(\.cn)?$/.test(value) ? 'Service' : 'AWS';
}

const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(\/(\d{1,2}))?$/;

/** Why a value cannot be used with an operator of this family; undefined when fine. */
export function conditionValueProblem(family: OperatorInfo['family'], value: string): string | undefined {
  switch (family) {
    case 'Date':
      return Number.isNaN(Date.parse(value)) && !/^\d+$/.test(value)
        ? `"${value}" is not a date: use ISO 8601, e.g. 2027-01-01T00:00:00Z, or seconds since 1970.`
        : undefined;
    case 'Numeric':
      return /^-?\d+(\.\d+)?$/.test(value) ? undefined : `"${value}" is not a number.`;
    case 'Bool':
      return value === 'true' || value === 'false' ? undefined : `Use true or false, not "${value}".`;
    case 'Null':
      return value === 'true' || value === 'false'
        ? undefined
        : `Null takes true (the key is absent) or false (it is present), not "${value}".`;
    case 'IpAddress': {
      const m = IPV4_CIDR.exec(value);
      const v6 = value.includes(':') && /^[0-9a-fA-F:]+(\/\d{1,3})?$/.test(value);
      if (v6) return undefined;
      if (!m || m.slice(1, 5).some((o) => Number(o) > 255) || (m[6] !== undefined && Number(m[6]) > 32))
        return `"${value}" is not an IP address or CIDR range, e.g. 203.0.113.0/24.`;
      return undefined;
    }
    default:
      return undefined;
  }
}

const conditionSchema = z
  .object({ key: z.string(), operator: z.string(), setOperator: z.string(), values: z.string() })
  .superRefine((c, ctx) => {
    if (!c.key) ctx.addIssue({ code: 'custom', path: ['key'], message: 'Choose a condition key.' });
    const operator = OPERATORS.find((o) => o.name === c.operator);
    if (!operator)
      return ctx.addIssue({ code: 'custom', path: ['operator'], message: 'Choose an operator.' });
    const values = lines(c.values);
    if (values.length === 0)
      return ctx.addIssue({
        code: 'custom',
        path: ['values'],
        message: 'Enter at least one value, one per line.',
      });
    for (const value of values) {
      const problem = conditionValueProblem(operator.family, value);
      if (problem) return ctx.addIssue({ code: 'custom', path: ['values'], message: problem });
    }
    if (operator.family === 'String' && !operator.name.includes('Like') && values.some((v) => /[*?]/.test(v)))
      ctx.addIssue({
        code: 'custom',
        path: ['values'],
        message: `${operator.name} compares exactly, so * and ? match only themselves. Use StringLike for wildcards.`,
      });
    return undefined;
  });

const statementSchema = z
  .object({
    sid: z.string(),
    effect: z.enum(['Allow', 'Deny']),
    principals: z.string(),
    actions: z.array(z.string()),
    conditions: z.array(conditionSchema),
  })
  .superRefine((s, ctx) => {
    if (s.sid && !/^[A-Za-z0-9]+$/.test(s.sid))
      ctx.addIssue({ code: 'custom', path: ['sid'], message: 'A Sid may contain only letters and digits.' });
    const principals = lines(s.principals);
    if (principals.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['principals'],
        message: 'Name at least one principal: an account ID, an IAM user or role ARN, or a service.',
      });
    principals.forEach((p, i) => {
      const problem = principalProblem(principalKind(p), p);
      if (problem)
        ctx.addIssue({ code: 'custom', path: ['principals'], message: `Line ${i + 1}: ${problem}` });
    });
    if (s.actions.length === 0)
      ctx.addIssue({ code: 'custom', path: ['actions'], message: 'Choose at least one send action.' });
    const seen = new Set<string>();
    s.conditions.forEach((c, i) => {
      const pair = `${c.setOperator}:${c.operator}|${c.key}`;
      if (seen.has(pair))
        ctx.addIssue({
          code: 'custom',
          path: ['conditions', i, 'values'],
          message: `This statement already tests ${c.key} with ${c.operator}: put all the values in that one condition (any of them may match).`,
        });
      seen.add(pair);
    });
  });

export const generatorSchema = z.object({ statements: z.array(statementSchema).min(1) });

export type GeneratorForm = z.infer<typeof generatorSchema>;
export type StatementForm = GeneratorForm['statements'][number];
export type ConditionForm = StatementForm['conditions'][number];

export const SEND_ACTION_NAMES = SEND_ACTIONS.map((a) => a.name);

export function emptyCondition(): ConditionForm {
  return { key: 'ses:FromAddress', operator: 'StringLike', setOperator: '', values: '' };
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
