import { policyNameProblem } from '../../policy-engine';

/**
 * Why a name cannot be used for a new policy: SES's name rules, or a name the identity already
 * uses (PutIdentityPolicy would silently replace that policy). Editing keeps the saved name.
 */
export function nameError(name: string, existingNames: string[], editing: boolean): string | undefined {
  if (editing) return undefined;
  const problem = policyNameProblem(name);
  if (problem) return problem;
  if (existingNames.includes(name))
    return `This identity already has a policy named "${name}". Choose another name, or edit that policy.`;
  return undefined;
}
