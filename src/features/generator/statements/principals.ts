/**
 * Principals as the generator takes them, one per line: AWS account IDs, IAM user or role ARNs
 * (Principal.AWS) and service principals such as sns.amazonaws.com (Principal.Service).
 * Each line is checked with the engine's principal rule, plus what people commonly get wrong.
 */
import { principalProblem } from '../../../policy-engine';

export type PrincipalKind = 'AWS' | 'Service';

export function principalKind(value: string): PrincipalKind {
  return /\.amazonaws\.com(\.cn)?$/i.test(value) ? 'Service' : 'AWS';
}

/** Why one principal line is not usable; undefined when it is. */
export function principalLineProblem(value: string): string | undefined {
  if (value === '*')
    return '"*" would let every AWS account send as this identity. Name the accounts, users or roles instead.';
  if (/^arn:aws[a-z-]*:iam::\d{12}:group\//.test(value))
    return `"${value}" is an IAM group, and groups cannot be principals: name the users or roles, or the account.`;
  if (/^[a-z][a-z0-9-]*$/.test(value))
    return `"${value}" is not a principal. For an AWS service write its full name, e.g. ${value}.amazonaws.com.`;
  if (principalKind(value) === 'Service' && value !== value.toLowerCase())
    return `"${value}": service principals are lower case, e.g. ${value.toLowerCase()}.`;
  return principalProblem(principalKind(value), value);
}
