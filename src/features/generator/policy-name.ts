/** The new policy's name: SES's rule (the engine's) and the names the identity already uses. */
import { MAX_POLICIES_PER_IDENTITY, policyNameProblem } from '../../policy-engine';

export function policyNameError(name: string, existingNames: readonly string[]): string | undefined {
  const problem = policyNameProblem(name);
  if (problem) return problem;
  if (existingNames.includes(name))
    return `This identity already has a policy named "${name}"; saving would replace it. Choose another name.`;
  if (existingNames.length >= MAX_POLICIES_PER_IDENTITY)
    return `This identity already has ${existingNames.length} policies, the most SES allows (${MAX_POLICIES_PER_IDENTITY}). Delete or merge one first.`;
  return undefined;
}
