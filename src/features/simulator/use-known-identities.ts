/**
 * The identities of one account as the simulator's directory: every identity it can list
 * through the SES API with its verification status and saved policies (ListIdentities,
 * GetIdentityVerificationAttributes, ListIdentityPolicies + GetIdentityPolicies).
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { identityArn } from '../../policy-engine';
import type { SesConnection } from '../../lib/ses/client';
import { identityListQuery, verificationQuery } from '../../lib/ses/identities';
import { policiesQuery } from '../../lib/ses/policies';
import type { DirectoryIdentity } from './identity-directory';

export interface KnownIdentities {
  identities: DirectoryIdentity[];
  loading: boolean;
  error?: string;
}

const DISABLED: SesConnection = {
  region: 'us-east-1',
  credentials: { accessKeyId: '', secretAccessKey: '' },
};

export function useKnownIdentities(
  connection: SesConnection | undefined,
  account: string | undefined,
): KnownIdentities {
  const conn = connection ?? DISABLED;
  const enabled = !!connection && !!account;
  const list = useQuery({ ...identityListQuery(conn), enabled });
  const names = list.data ?? [];
  const verification = useQuery({ ...verificationQuery(conn, names), enabled: enabled && names.length > 0 });
  const policies = useQueries({
    queries: names.map((name) => ({ ...policiesQuery(conn, name), enabled })),
  });
  if (!enabled) return { identities: [], loading: false };
  const error = list.error ?? verification.error ?? policies.find((q) => q.error)?.error;
  const loading =
    list.isPending || (names.length > 0 && (verification.isPending || policies.some((q) => q.isPending)));
  const identities: DirectoryIdentity[] = names.map((name, i) => ({
    arn: identityArn(conn.region, account, name),
    account,
    region: conn.region,
    name,
    verified: verification.data?.[name]?.VerificationStatus === 'Success',
    policies: policies[i]?.data ?? [],
  }));
  return { identities, loading, error: error?.message };
}
