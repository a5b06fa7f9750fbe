/**
 * Email-over-domain precedence (SEMANTICS.md, "Email address identity before its domain"): a
 * send from an address that is itself an email address identity of the same account and Region,
 * verified and with at least one policy, is authorized by that identity's policies instead of its
 * domain's. Which domains an address could go through is the engine's own lookup
 * (`identityLookups`: the address, its domain and each parent domain).
 */
import { canonicalIdentityName, identityKindOf, identityLookups } from '../../policy-engine';

export interface IdentityFacts {
  name: string;
  verified: boolean;
  policyCount: number;
}

/** The domain identities among `identities` that the email address identity `email` belongs to. */
export function domainsOf(email: string, identities: readonly string[], account: string, region: string) {
  const candidates = new Set(
    identityLookups({ caller: `arn:aws:iam::${account}:root`, region, message: { source: email } })
      .filter((lookup) => lookup.name !== email)
      .map((lookup) => lookup.name),
  );
  return identities.filter(
    (name) => identityKindOf(name) === 'Domain' && candidates.has(canonicalIdentityName(name)),
  );
}

/** Whether an email address identity's policies take the place of its domain's. */
export function overridesDomain(email: IdentityFacts): boolean {
  return identityKindOf(email.name) === 'EmailAddress' && email.verified && email.policyCount > 0;
}

/** The email address identities under `domain` (listed in `identities`) that could override it. */
export function emailsUnder(domain: string, identities: readonly string[], account: string, region: string) {
  return identities.filter(
    (name) =>
      identityKindOf(name) === 'EmailAddress' && domainsOf(name, [domain], account, region).length > 0,
  );
}
