/**
 * SES's rules for an identity's policies as a set: a policy name's form, names unique per
 * identity, at most 20 policies. The editor, the generator, the policies table and the emulator
 * all ask these, so a name or a 21st policy is refused everywhere in the same words.
 */
export const MAX_POLICIES_PER_IDENTITY = 20;
export const MAX_POLICY_NAME_LENGTH = 64;

/** Why a name is taken: PutIdentityPolicy with it would silently replace that policy. */
export function duplicatePolicyNameProblem(name: string): string {
  return `This identity already has a policy named "${name}". Choose another name, or edit that policy.`;
}

/**
 * SES's policy name rule: 1 to 64 letters, digits, hyphens and underscores. Given the names the
 * identity's policies already have, also that the name is not one of them (for a new policy).
 */
export function policyNameProblem(name: string, existingNames?: readonly string[]): string | undefined {
  if (name.length === 0) return 'Enter a policy name.';
  if (name.length > MAX_POLICY_NAME_LENGTH) {
    return `A policy name can be at most ${MAX_POLICY_NAME_LENGTH} characters; this one has ${name.length}.`;
  }
  const bad = [...new Set([...name].filter((c) => !/[A-Za-z0-9_-]/.test(c)))];
  if (bad.length) {
    return `A policy name can contain only letters, digits, hyphens and underscores; remove ${bad.map((c) => (c === ' ' ? 'the spaces' : `"${c}"`)).join(', ')}.`;
  }
  // SES's policy names are case-sensitive: only the same name, exactly, is taken.
  if (existingNames?.includes(name)) return duplicatePolicyNameProblem(name);
  return undefined;
}

/**
 * Why an identity that has `count` policies cannot take another (SES's limit of 20), naming the
 * identity when it is known; undefined below the limit. Replacing a policy is always possible.
 */
export function policyLimitProblem(count: number, identity?: string): string | undefined {
  if (count < MAX_POLICIES_PER_IDENTITY) return undefined;
  const who = identity ? `Identity ${identity}` : 'This identity';
  return `${who} already has ${count} policies, the most SES allows. Delete one first, or edit an existing policy.`;
}
