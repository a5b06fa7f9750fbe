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
