/**
 * The create-identity form's rules: an email address or a domain SES could verify, said
 * specifically (which part is wrong), and not one the account already has.
 */
import { z } from 'zod';
import { canonicalIdentityName, identityNameProblem } from '../../../policy-engine';

export type IdentityKindChoice = 'EmailAddress' | 'Domain';

export function createIdentitySchema(existing: readonly string[]) {
  // Keyed as SES keys identities: domains in any case are one, email addresses are exact.
  const taken = new Set(existing.map(canonicalIdentityName));
  return z
    .object({ kind: z.enum(['EmailAddress', 'Domain']), name: z.string() })
    .superRefine(({ kind, name }, ctx) => {
      const value = name.trim();
      const issue = (message: string) => ctx.addIssue({ code: 'custom', path: ['name'], message });
      if (!value)
        return issue(
          kind === 'Domain'
            ? 'Enter a domain, e.g. example.com.'
            : 'Enter an email address, e.g. sender@example.com.',
        );
      if (kind === 'Domain' && value.includes('@'))
        return issue('A domain has no @. To verify one address, choose Email address.');
      if (kind === 'EmailAddress' && !value.includes('@'))
        return issue(
          'An email address needs an @, e.g. sender@example.com. To verify a whole domain, choose Domain.',
        );
      const problem = identityNameProblem(value);
      if (problem) return issue(`${problem.charAt(0).toUpperCase()}${problem.slice(1)}.`);
      if (taken.has(canonicalIdentityName(value))) return issue(`You already have the identity ${value}.`);
      return undefined;
    });
}

export type CreateIdentityValues = z.infer<ReturnType<typeof createIdentitySchema>>;
