/**
 * Every query key of the console, in one factory, so that a mutation invalidates exactly the
 * branch it changed. SES keys start with the connection (region, endpoint, access key), so
 * switching who you act as never shows another principal's data:
 *   ['ses', conn, 'identities']                                every identity query
 *   ['ses', conn, 'identities', 'list', type]                  the list (every ListIdentities page)
 *   ['ses', conn, 'identities', 'verification', names]         verification attributes of a batch
 *   ['ses', conn, 'identities', name, 'policies']              one identity's policies (documents)
 *   ['ses', conn, 'identities', name, 'policies', 'names']     just their names (a table's count)
 *   ['ses', conn, 'identities', name, 'notifications']         its notification attributes
 *   ['ses', conn, 'identities', name, 'configuration-set']     its default configuration set (v2)
 *   ['ses', conn, 'configuration-sets']                        the account's sets and destinations (v2)
 */
export type IdentityTypeFilter = 'EmailAddress' | 'Domain' | 'All';

export const sesKeys = {
  identities: (conn: string) => ['ses', conn, 'identities'] as const,
  identityList: (conn: string, type: IdentityTypeFilter) =>
    ['ses', conn, 'identities', 'list', type] as const,
  verification: (conn: string, identities: readonly string[]) =>
    ['ses', conn, 'identities', 'verification', identities] as const,
  policies: (conn: string, identity: string) => ['ses', conn, 'identities', identity, 'policies'] as const,
  policyNames: (conn: string, identity: string) =>
    ['ses', conn, 'identities', identity, 'policies', 'names'] as const,
  notifications: (conn: string, identity: string) =>
    ['ses', conn, 'identities', identity, 'notifications'] as const,
  defaultConfigurationSet: (conn: string, identity: string) =>
    ['ses', conn, 'identities', identity, 'configuration-set'] as const,
  configurationSets: (conn: string) => ['ses', conn, 'configuration-sets'] as const,
};

/**
 * The emulator-only API's reads, keyed by where that API is (the page's own emulator, or a local
 * endpoint), all under ['emulator'], apart from SES's:
 *   ['emulator', 'directory', base]     the principals to act as
 *   ['emulator', 'grants', base]        every identity of every account, with its policies
 *   ['emulator', 'activity', base]      the send attempts
 *   ['emulator', 'deliveries', base]    what each SNS topic received
 *   ['emulator', 'events', base]        what configuration sets' event destinations published (v2)
 */
export const emulatorKeys = {
  read: (name: 'directory' | 'grants' | 'activity' | 'deliveries' | 'events', base: string) =>
    ['emulator', name, base] as const,
};
