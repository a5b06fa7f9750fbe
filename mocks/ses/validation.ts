/**
 * Constraint checks of SES's API model, answered as AWS's request validation answers them:
 * `ValidationError` (400) with "1 validation error detected: Value '…' at '…' failed to satisfy
 * constraint: …". Required members that are absent are `MissingParameter` (SES's common errors).
 */
import { SesError, missingParameter } from './errors';
import type { QueryParams } from './query';

/** Long values are cut in the message: it must stay readable whatever the caller sent. */
function shown(value: string): string {
  return value.length > 100 ? `${value.slice(0, 100)}…` : value;
}

export function validationError(value: string, member: string, constraint: string): SesError {
  return new SesError(
    'ValidationError',
    `1 validation error detected: Value '${shown(value)}' at '${member}' failed to satisfy constraint: ${constraint}`,
  );
}

/** An enum member: undefined stays undefined; anything outside the set is refused. */
export function enumValue<T extends string>(
  value: string | undefined,
  member: string,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a === value);
  if (found === undefined)
    throw validationError(value, member, `Member must satisfy enum value set: [${allowed.join(', ')}]`);
  return found;
}

/** A string member's length constraint. */
export function checkLength(value: string, member: string, min: number, max: number): string {
  if (value.length < min)
    throw validationError(value, member, `Member must have length greater than or equal to ${min}`);
  if (value.length > max)
    throw validationError(value, member, `Member must have length less than or equal to ${max}`);
  return value;
}

/**
 * A required list: absent is MissingParameter. The Query protocol sends an empty list as the bare
 * member name (`Identities=`), which is present and empty.
 */
export function requiredList(params: QueryParams, name: string): string[] {
  const list = params.list(name);
  if (list.length === 0 && !params.has(name)) throw missingParameter(name);
  return list;
}
