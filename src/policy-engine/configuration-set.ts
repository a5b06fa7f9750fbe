/**
 * Configuration sets in a send. A configuration set belongs to one account and Region, and a
 * send can use only the sender's own: sending authorization lends an identity, never the
 * owner's configuration sets (the delegate sender applies "a configuration set" of its own for
 * event publishing). SES API v2's send actions take the configuration-set resource type, so the
 * caller's IAM policies must allow the send action on the set's ARN as well as on the identity.
 * Sources and decisions: SEMANTICS.md, "Configuration sets".
 */
import { parseArn } from './arn';

/** SES's configuration set names: 1 to 64 ASCII letters, digits, underscores and hyphens. */
const CONFIGURATION_SET_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/** The ARN of a configuration set: `arn:aws:ses:REGION:ACCOUNT:configuration-set/NAME`. */
export function configurationSetArn(region: string, account: string, name: string): string {
  return `arn:aws:ses:${region}:${account}:configuration-set/${name}`;
}

export interface ConfigurationSetRef {
  arn: string;
  region: string;
  account: string;
  name: string;
}

/** Why `name` cannot be a configuration set name, or undefined when it can. */
export function configurationSetNameProblem(name: unknown): string | undefined {
  if (typeof name !== 'string' || !name) return 'The configuration set name is missing.';
  if (!CONFIGURATION_SET_NAME.test(name))
    return `"${name}" is not a configuration set name: use at most 64 letters, digits, underscores (_) and hyphens (-).`;
  return undefined;
}

/** A configuration set ARN read back, or why it is not one. */
export function parseConfigurationSetArn(
  arn: unknown,
): { ok: true; set: ConfigurationSetRef } | { ok: false; error: string } {
  const parsed = typeof arn === 'string' ? parseArn(arn) : undefined;
  const prefix = 'configuration-set/';
  if (!parsed || parsed.service !== 'ses' || !parsed.resource.startsWith(prefix) || !parsed.account)
    return {
      ok: false,
      error: `"${String(arn)}" is not a configuration set ARN such as arn:aws:ses:us-east-1:123456789012:configuration-set/my-set.`,
    };
  const name = parsed.resource.slice(prefix.length);
  const problem = configurationSetNameProblem(name);
  if (problem) return { ok: false, error: problem };
  return { ok: true, set: { arn: arn as string, region: parsed.region, account: parsed.account, name } };
}
