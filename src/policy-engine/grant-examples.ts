/**
 * Addresses for a grant's ready-to-copy snippets: a From address and a recipient that the
 * conditions of its Allow statements accept, read from their clauses.
 */
import type { Grant } from './grants';

const STRING_EQUAL = new Set(['StringEquals', 'StringEqualsIgnoreCase']);

/** A value a clause on `key` accepts (a glob's wildcards filled in), if it names one. */
function allowedValue(grant: Grant, key: string, filler: string): string | undefined {
  for (const statement of grant.allows) {
    for (const c of statement.clauses) {
      if (c.keyLower !== key || c.negated || c.family !== 'String') continue;
      const value = c.values[0]?.value;
      if (typeof value !== 'string') continue;
      if (STRING_EQUAL.has(c.operator)) return value;
      if (c.operator === 'StringLike') return value.replace(/\*/g, filler).replace(/\?/g, 'x');
    }
  }
  return undefined;
}

/** A From address the grant allows, for the ready-to-copy snippets. */
export function exampleFromAddress(grant: Grant): string {
  if (grant.identity.includes('@')) return grant.identity;
  const fromCondition = allowedValue(grant, 'ses:fromaddress', 'example');
  if (fromCondition?.includes('@')) return fromCondition;
  return `sender@${grant.identity}`;
}

/** A recipient the grant allows: the mailbox simulator unless the grant limits recipients. */
export function exampleRecipient(grant: Grant): string {
  const recipient = allowedValue(grant, 'ses:recipients', 'recipient');
  return recipient?.includes('@') ? recipient : 'success@simulator.amazonses.com';
}
