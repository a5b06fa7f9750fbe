/** Router paths for an identity's pages; names are encoded (an address holds '@', a '+' ...). */
export const identityPath = (identity: string) => `/identities/${encodeURIComponent(identity)}`;
export const policyEditPath = (identity: string, policy: string) =>
  `${identityPath(identity)}/policies/${encodeURIComponent(policy)}/edit`;
export const policyCreatePath = (identity: string) => `${identityPath(identity)}/policies/create`;
export const policyGeneratePath = (identity: string) => `${identityPath(identity)}/policies/generate`;
