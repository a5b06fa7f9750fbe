/**
 * The identities a simulation can look up, as plain data (it crosses into the matrix worker),
 * and the synchronous `lookupIdentity` that `authorizeSend` asks, keyed by the engine's
 * `identityKey` as the emulator keys its store: account, Region and the canonical name (a domain
 * in ASCII lower case, an email address exactly: SES's email address identities are
 * case-sensitive).
 */
import {
  canonicalIdentityName,
  identityKey,
  identityKindOf,
  parseIdentityArn,
  type IdentityQuery,
  type IdentityRecord,
} from '../../../policy-engine';

export interface KnownIdentity {
  arn: string;
  account: string;
  region: string;
  name: string;
  verified: boolean;
  policies: { name: string; document: string }[];
}

/** An identity from its ARN alone (verified unless said otherwise), or undefined for a bad ARN. */
export function identityFromArn(
  arn: string,
  policies: KnownIdentity['policies'],
  verified = true,
): KnownIdentity | undefined {
  const parsed = parseIdentityArn(arn.trim());
  if (!parsed.ok) return undefined;
  const { account, region, name } = parsed.identity;
  return { arn: parsed.identity.arn, account, region, name, verified, policies };
}

/** Later entries replace earlier ones for the same identity (a scenario's policies win). */
export function createIdentityLookup(
  identities: KnownIdentity[],
): (query: IdentityQuery) => IdentityRecord | undefined {
  const records = new Map<string, IdentityRecord>();
  for (const identity of identities) {
    records.set(identityKey(identity.account, identity.region, identity.name), {
      ...identity,
      kind: identityKindOf(identity.name),
    });
  }
  // The matrix asks about the same few ARNs hundreds of thousands of times: parse each once.
  const byArn = new Map<string, IdentityRecord | undefined>();
  return (query) => {
    if ('arn' in query) {
      if (byArn.has(query.arn)) return byArn.get(query.arn);
      const parsed = parseIdentityArn(query.arn);
      const found = parsed.ok
        ? records.get(identityKey(parsed.identity.account, parsed.identity.region, parsed.identity.name))
        : undefined;
      byArn.set(query.arn, found);
      return found;
    }
    return records.get(identityKey(query.account, query.region, query.name));
  };
}

/**
 * Reads the identities with these names (those that exist) with their verification and saved
 * policies. The simulator asks only for the names a simulation can look up, so an account with
 * thousands of identities costs a few reads, not thousands.
 */
export type IdentityResolver = (names: string[]) => Promise<KnownIdentity[]>;

/** A resolver over identities already in hand (tests, scenarios). */
export function resolverOf(identities: KnownIdentity[]): IdentityResolver {
  return (names) => {
    const wanted = new Set(names.map(canonicalIdentityName));
    return Promise.resolve(identities.filter((i) => wanted.has(canonicalIdentityName(i.name))));
  };
}
