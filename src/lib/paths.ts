/**
 * Every route of the console in one place: the router (src/app/router.tsx) declares its routes
 * with these paths and patterns, and links and navigations build their paths here, relative to
 * the router's basename. It is here, not in src/app, because features build links too and a
 * feature imports nothing from src/app.
 */

/** The pages without parameters; the identities list is the console's home. */
export const PATHS = {
  identities: '/identities',
  createIdentity: '/identities/create',
  accessReport: '/access-report',
  grants: '/grants',
  send: '/send',
  simulator: '/simulator',
  activity: '/activity',
  settings: '/settings',
} as const;

/** The routes with parameters, as the router declares them. */
export const PATTERNS = {
  identity: '/identities/:identity',
  createPolicy: '/identities/:identity/policies/create',
  generatePolicy: '/identities/:identity/policies/generate',
  editPolicy: '/identities/:identity/policies/:policy/edit',
} as const;

/** The tabs of an identity's page, named in its `?tab=`. */
export type IdentityTab = 'authorization' | 'access' | 'notifications' | 'events';

/** A pattern with its parameters filled in, encoded: an address holds '@', a '+' and more. */
function fill(pattern: string, identity: string, policy = ''): string {
  return pattern
    .replace(':identity', () => encodeURIComponent(identity))
    .replace(':policy', () => encodeURIComponent(policy));
}

export const identityPath = (identity: string, tab?: IdentityTab) =>
  fill(PATTERNS.identity, identity) + (tab ? `?tab=${tab}` : '');

export const policyCreatePath = (identity: string) => fill(PATTERNS.createPolicy, identity);

export const policyGeneratePath = (identity: string) => fill(PATTERNS.generatePolicy, identity);

export const policyEditPath = (identity: string, policy: string) =>
  fill(PATTERNS.editPolicy, identity, policy);
