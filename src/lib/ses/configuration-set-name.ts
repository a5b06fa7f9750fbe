/**
 * SES's rule for a configuration set's name (CreateConfigurationSet): at most 64 characters,
 * only ASCII letters, digits, underscores and hyphens.
 */
const NAME = /^[A-Za-z0-9_-]{1,64}$/;

export function configurationSetNameProblem(name: string, existing: readonly string[]): string | undefined {
  if (!name) return 'Enter a name, e.g. marketing-events.';
  if (name.length > 64)
    return `A configuration set name has at most 64 characters; this one has ${name.length}.`;
  if (!NAME.test(name))
    return 'A configuration set name has only letters, digits, underscores (_) and hyphens (-).';
  if (existing.includes(name)) return `This account already has a configuration set named ${name}.`;
  return undefined;
}
