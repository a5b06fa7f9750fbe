/**
 * Every route of the console in one place: the segments the router (src/app/router.tsx) declares,
 * and the paths that links and navigations build from them, relative to the router's basename.
 * It is here, not in src/app, because features build links too and a feature imports nothing
 * from src/app. Names in paths are encoded: an address holds '@', a '+' and more.
 */

/** The router's path segments, each relative to its parent route. */
export const ROUTE_SEGMENTS = {
  identities: 'identities',
  /** Under identities. */
  createIdentity: 'create',
  /** Under identities; the identity's name. */
  identity: ':identity',
  /** The next three are under an identity. */
  createPolicy: 'policies/create',
  generatePolicy: 'policies/generate',
  editPolicy: 'policies/:policy/edit',
  grants: 'grants',
  send: 'send',
  simulator: 'simulator',
  activity: 'activity',
  settings: 'settings',
} as const;

const top = (segment: string) => `/${segment}`;

/** The pages without parameters; the identities list is the console's home. */
export const PATHS = {
  identities: top(ROUTE_SEGMENTS.identities),
  createIdentity: `${top(ROUTE_SEGMENTS.identities)}/${ROUTE_SEGMENTS.createIdentity}`,
  grants: top(ROUTE_SEGMENTS.grants),
  send: top(ROUTE_SEGMENTS.send),
  simulator: top(ROUTE_SEGMENTS.simulator),
  activity: top(ROUTE_SEGMENTS.activity),
  settings: top(ROUTE_SEGMENTS.settings),
} as const;

/** The tabs of an identity's page, named in its `?tab=`. */
export const IDENTITY_TABS = ['authorization', 'notifications'] as const;
export type IdentityTab = (typeof IDENTITY_TABS)[number];

export function identityPath(identity: string, tab?: IdentityTab): string {
  const path = `${PATHS.identities}/${encodeURIComponent(identity)}`;
  return tab ? `${path}?tab=${tab}` : path;
}

export const policyCreatePath = (identity: string) =>
  `${identityPath(identity)}/${ROUTE_SEGMENTS.createPolicy}`;

export const policyGeneratePath = (identity: string) =>
  `${identityPath(identity)}/${ROUTE_SEGMENTS.generatePolicy}`;

export const policyEditPath = (identity: string, policy: string) =>
  `${identityPath(identity)}/${ROUTE_SEGMENTS.editPolicy.replace(':policy', () => encodeURIComponent(policy))}`;
