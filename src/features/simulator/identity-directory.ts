/**
 * The identities a simulation can look up, as plain data (it crosses into the matrix worker),
 * and the synchronous `lookupIdentity` that `authorizeSend` asks, keyed the way the emulator
 * keys its store: account, Region and the name without regard to case.
 */
import {
  identityKindOf,
  parseIdentityArn,
  type IdentityQuery,
  type IdentityRecord,
} from '../../policy-engine';

export interface DirectoryIdentity {
  arn: string;
  account: string;
  region: string;
  name: string;
  verified: boolean;
  policies: { name: string; document: string }[];
}

const keyOf = (account: string, region: string, name: string) => `${account}|${region}|${name.toLowerCase()}`;

/** An identity from its ARN alone (verified unless said otherwise), or undefined for a bad ARN. */
export function identityFromArn(
  arn: string,
  policies: DirectoryIdentity['policies'],
  verified = true,
): DirectoryIdentity | undefined {
  const parsed = parseIdentityArn(arn.trim());
  if (!parsed.ok) return undefined;
  const { account, region, name } = parsed.identity;
  return { arn: parsed.identity.arn, account, region, name, verified, policies };
}

/** Later entries replace earlier ones for the same identity (a scenario's policies win). */
export function identityDirectory(
  identities: DirectoryIdentity[],
): (query: IdentityQuery) => IdentityRecord | undefined {
  const records = new Map<string, IdentityRecord>();
  for (const identity of identities) {
    records.set(keyOf(identity.account, identity.region, identity.name), {
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
        ? records.get(keyOf(parsed.identity.account, parsed.identity.region, parsed.identity.name))
        : undefined;
      byArn.set(query.arn, found);
      return found;
    }
    return records.get(keyOf(query.account, query.region, query.name));
  };
}
