/** What the start points need to know about the identity: its name, domain and kind. */
import { parseIdentityArn } from '../../../policy-engine';

export interface IdentityContext {
  arn: string;
  /** The identity's name: a domain or an email address. */
  name: string;
  domain: string;
  isEmailAddress: boolean;
}

export function identityContext(arn: string): IdentityContext {
  const parsed = parseIdentityArn(arn);
  const name = parsed.ok ? parsed.identity.name : (arn.split('identity/')[1] ?? 'example.com');
  const isEmailAddress = name.includes('@');
  return { arn, name, domain: isEmailAddress ? name.slice(name.lastIndexOf('@') + 1) : name, isEmailAddress };
}

/** An address of the identity: `local@domain` for a domain, the address itself for an address identity. */
export function addressOf(identity: IdentityContext, local: string): string {
  return identity.isEmailAddress ? identity.name : `${local}@${identity.domain}`;
}
