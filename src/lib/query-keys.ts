/**
 * Hierarchical query keys. Every key starts with the connection (region, endpoint, access key),
 * so switching who you act as never shows another principal's data, and each mutation
 * invalidates exactly the branch it changed:
 *   ['ses', conn, 'identities']                              every identity query
 *   ['ses', conn, 'identities', 'list', type]                the list
 *   ['ses', conn, 'identities', name, 'verification']        one identity's verification
 *   ['ses', conn, 'identities', name, 'policies']            its policies (names and documents)
 *   ['ses', conn, 'identities', name, 'notifications']       its notification attributes
 */
export type IdentityTypeFilter = 'EmailAddress' | 'Domain' | 'All';

export const sesKeys = {
  all: (conn: string) => ['ses', conn] as const,
  identities: (conn: string) => ['ses', conn, 'identities'] as const,
  identityList: (conn: string, type: IdentityTypeFilter) =>
    ['ses', conn, 'identities', 'list', type] as const,
  identity: (conn: string, identity: string) => ['ses', conn, 'identities', identity] as const,
  verification: (conn: string, identity: string) =>
    ['ses', conn, 'identities', identity, 'verification'] as const,
  policies: (conn: string, identity: string) => ['ses', conn, 'identities', identity, 'policies'] as const,
  notifications: (conn: string, identity: string) =>
    ['ses', conn, 'identities', identity, 'notifications'] as const,
};

/**
 * The emulator-only API's reads, keyed by where that API is (the page's own emulator, or a local
 * endpoint), all under ['emulator'] so that one invalidation re-reads every one of them:
 *   ['emulator', 'directory', base]     the principals to act as
 *   ['emulator', 'grants', base]        every identity of every account, with its policies
 *   ['emulator', 'activity', base]      the send attempts
 *   ['emulator', 'deliveries', base]    what each SNS topic received
 */
export const emulatorKeys = {
  all: ['emulator'] as const,
  directory: (base: string) => ['emulator', 'directory', base] as const,
  grants: (base: string) => ['emulator', 'grants', base] as const,
  activity: (base: string) => ['emulator', 'activity', base] as const,
  deliveries: (base: string) => ['emulator', 'deliveries', base] as const,
};
