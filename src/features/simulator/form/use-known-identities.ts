/**
 * The identities of one account for the simulator to look up. The list (ListIdentities) is read
 * up front, for choosing an identity; verification and saved policies
 * (GetIdentityVerificationAttributes, ListIdentityPolicies + GetIdentityPolicies) are read only
 * for the names a simulation asks about, through the query cache, so that an account with
 * 10,000 identities costs a handful of requests per simulation rather than 20,000 on opening.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { identityArn } from '../../../policy-engine';
import { connectionKey, type SesConnection } from '../../../lib/ses/client';
import { identityListQuery, verificationQuery } from '../../../lib/ses/identities';
import { policiesQuery } from '../../../lib/ses/policies';
import type { KnownIdentity, IdentityResolver } from '../evaluation/identity-lookup';
import { ownValue } from '../../../lib/own-keys';

export interface ListedIdentity {
  arn: string;
  name: string;
}

export interface KnownIdentities {
  /** Every identity the account has in the connection's Region. */
  listed: ListedIdentity[];
  loading: boolean;
  error?: string;
  /** Verification and saved policies of those of these names that the account has. */
  load: IdentityResolver;
}

const DISABLED: SesConnection = {
  region: 'us-east-1',
  credentials: { accessKeyId: '', secretAccessKey: '' },
};

export function useKnownIdentities(
  connection: SesConnection | undefined,
  account: string | undefined,
): KnownIdentities {
  const queryClient = useQueryClient();
  // Callers build connections per render; the key says when one really changed.
  const key = connection ? connectionKey(connection) : '';
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `connection`
  const conn = useMemo(() => connection ?? DISABLED, [key]);
  const enabled = !!connection && !!account;
  const list = useQuery({ ...identityListQuery(conn), enabled });
  const names = useMemo(() => (enabled ? (list.data ?? []) : []), [enabled, list.data]);
  const listed = useMemo(
    () => (account ? names.map((name) => ({ arn: identityArn(conn.region, account, name), name })) : []),
    [account, conn.region, names],
  );
  const byLowerName = useMemo(() => new Map(names.map((n) => [n.toLowerCase(), n])), [names]);

  const load = useCallback<IdentityResolver>(
    async (wanted) => {
      if (!enabled || !account) return [];
      const present = [
        ...new Set(wanted.map((n) => byLowerName.get(n.toLowerCase())).filter((n) => n !== undefined)),
      ].sort();
      if (present.length === 0) return [];
      const [verification, policies] = await Promise.all([
        queryClient.fetchQuery(verificationQuery(conn, present)),
        Promise.all(present.map((name) => queryClient.fetchQuery(policiesQuery(conn, name)))),
      ]);
      return present.map((name, i): KnownIdentity => ({
        arn: identityArn(conn.region, account, name),
        account,
        region: conn.region,
        name,
        verified: ownValue(verification, name)?.VerificationStatus === 'Success',
        policies: policies[i] ?? [],
      }));
    },
    [account, byLowerName, conn, enabled, queryClient],
  );

  if (!enabled) return { listed: [], loading: false, load };
  return { listed, loading: list.isPending, error: list.error?.message, load };
}
