/**
 * A configuration set name the console can send to SES: the engine's naming rule (1 to 64 ASCII
 * letters, digits, underscores and hyphens), and, when creating one, a name the account does not
 * use yet.
 */
import { configurationSetNameProblem as nameRuleProblem } from '../../policy-engine';

export function configurationSetNameProblem(name: string, existing: readonly string[]): string | undefined {
  if (!name) return 'Enter a name, e.g. marketing-events.';
  const problem = nameRuleProblem(name);
  if (problem) return problem;
  if (existing.includes(name)) return `This account already has a configuration set named ${name}.`;
  return undefined;
}
