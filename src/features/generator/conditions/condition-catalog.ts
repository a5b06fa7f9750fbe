/**
 * The condition keys the generator offers (SES's own and the global keys that matter for
 * sending, all read from the engine's catalog) and the operators each key's type allows.
 */
import {
  CONDITION_KEYS,
  familiesForKeyType,
  lookupConditionKey,
  OPERATORS,
  type ConditionKeyInfo,
  type OperatorInfo,
} from '../../../policy-engine';

const OFFERED = [
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

export const GENERATOR_KEYS: readonly ConditionKeyInfo[] = OFFERED.map((name) => {
  const info = CONDITION_KEYS.find((k) => k.name === name);
  if (!info) throw new Error(`The policy engine's catalog has no condition key ${name}.`);
  return info;
});

export const SET_OPERATORS = [
  {
    value: 'ForAllValues',
    label: 'ForAllValues',
    description: 'Every value in the request must match (also true when there are none).',
  },
  {
    value: 'ForAnyValue',
    label: 'ForAnyValue',
    description: 'At least one value in the request must match.',
  },
] as const;

export type SetOperatorName = (typeof SET_OPERATORS)[number]['value'];

export function keyInfo(key: string): ConditionKeyInfo | undefined {
  return lookupConditionKey(key);
}

/** The operators whose family suits the key's type (the engine's familiesForKeyType). */
export function operatorsForKey(key: string): OperatorInfo[] {
  const info = keyInfo(key);
  if (!info) return [];
  const families = familiesForKeyType(info.type);
  return OPERATORS.filter((o) => families.includes(o.family));
}

export function operatorInfo(name: string): OperatorInfo | undefined {
  return OPERATORS.find((o) => o.name === name);
}

/** Whether a set operator applies: a multi-valued key tested by anything but Null. */
export function takesSetOperator(key: string, operator: string): boolean {
  return !!keyInfo(key)?.multiValued && operator !== 'Null';
}

/** The operator a key starts with when chosen: the first of the key's own family (Date for dates). */
export function defaultOperatorFor(key: string): string {
  if (key.startsWith('ses:') && key !== 'ses:ApiVersion') return 'StringLike';
  const operators = operatorsForKey(key);
  const type = keyInfo(key)?.type;
  return (operators.find((o) => o.family === type) ?? operators[0])?.name ?? '';
}
