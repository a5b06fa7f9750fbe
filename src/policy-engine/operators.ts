/** The IAM condition operators: each name's family, whether it is negated, and what it does. */
import type { OperatorFamily } from './types';

export interface OperatorInfo {
  name: string;
  family: OperatorFamily;
  negated: boolean;
  description: string;
}

const list: OperatorInfo[] = [
  ['StringEquals', 'String', false, 'Exact, case-sensitive match of the whole value.'],
  [
    'StringNotEquals',
    'String',
    true,
    'Matches when the value equals none of the listed strings (case-sensitive).',
  ],
  ['StringEqualsIgnoreCase', 'String', false, 'Exact match of the whole value, ignoring case.'],
  [
    'StringNotEqualsIgnoreCase',
    'String',
    true,
    'Matches when the value equals none of the listed strings, ignoring case.',
  ],
  [
    'StringLike',
    'String',
    false,
    'Case-sensitive match with the wildcards * (any run of characters) and ? (one character); not a regular expression.',
  ],
  [
    'StringNotLike',
    'String',
    true,
    'Matches when the value matches none of the listed wildcard patterns (* and ?).',
  ],
  ['NumericEquals', 'Numeric', false, 'The number equals a listed value.'],
  ['NumericNotEquals', 'Numeric', true, 'The number equals none of the listed values.'],
  ['NumericLessThan', 'Numeric', false, 'The number is less than the value.'],
  ['NumericLessThanEquals', 'Numeric', false, 'The number is less than or equal to the value.'],
  ['NumericGreaterThan', 'Numeric', false, 'The number is greater than the value.'],
  ['NumericGreaterThanEquals', 'Numeric', false, 'The number is greater than or equal to the value.'],
  ['DateEquals', 'Date', false, 'The date equals the value (ISO 8601 or epoch seconds).'],
  ['DateNotEquals', 'Date', true, 'The date equals none of the values.'],
  ['DateLessThan', 'Date', false, 'The date is before the value.'],
  ['DateLessThanEquals', 'Date', false, 'The date is at or before the value.'],
  ['DateGreaterThan', 'Date', false, 'The date is after the value.'],
  ['DateGreaterThanEquals', 'Date', false, 'The date is at or after the value.'],
  ['Bool', 'Bool', false, 'The boolean key has the value "true" or "false".'],
  ['BinaryEquals', 'Binary', false, 'The binary value, base64-encoded, equals the value.'],
  ['IpAddress', 'IpAddress', false, 'The IP address is in one of the CIDR ranges (IPv4 or IPv6).'],
  ['NotIpAddress', 'IpAddress', true, 'The IP address is in none of the CIDR ranges.'],
  ['ArnEquals', 'Arn', false, 'The ARN matches, segment by segment, with * and ? wildcards inside segments.'],
  ['ArnLike', 'Arn', false, 'The ARN matches, segment by segment, with * and ? wildcards inside segments.'],
  ['ArnNotEquals', 'Arn', true, 'The ARN matches none of the patterns.'],
  ['ArnNotLike', 'Arn', true, 'The ARN matches none of the patterns.'],
  ['Null', 'Null', false, '"true": the key is absent from the request; "false": the key is present.'],
].map(([name, family, negated, description]) => ({
  name: name as string,
  family: family as OperatorFamily,
  negated: negated as boolean,
  description: description as string,
}));

const byName = new Map(list.map((op) => [op.name, op]));

export const OPERATORS: readonly OperatorInfo[] = list;

/** Operator names are matched exactly as AWS documents them (case-sensitive). */
export function lookupOperator(name: string): OperatorInfo | undefined {
  return byName.get(name);
}

export interface ParsedOperator {
  info: OperatorInfo;
  setOperator?: 'ForAllValues' | 'ForAnyValue';
  ifExists: boolean;
}

/** Splits `ForAllValues:StringLikeIfExists` into its parts; undefined for an unknown operator. */
export function parseOperator(text: string): ParsedOperator | undefined {
  let rest = text;
  let setOperator: ParsedOperator['setOperator'];
  const colon = rest.indexOf(':');
  if (colon !== -1) {
    const prefix = rest.slice(0, colon);
    if (prefix !== 'ForAllValues' && prefix !== 'ForAnyValue') return undefined;
    setOperator = prefix;
    rest = rest.slice(colon + 1);
  }
  let ifExists = false;
  if (rest.endsWith('IfExists') && rest !== 'IfExists') {
    ifExists = true;
    rest = rest.slice(0, -'IfExists'.length);
  }
  const info = lookupOperator(rest);
  if (!info) return undefined;
  return { info, setOperator, ifExists };
}
