/**
 * The data behind the account report: every identity of the acting account (through the SES
 * query layer), the policies of each verified one, then whoCanSend over all of them in the
 * worker. Reports its progress through both phases.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { identityListQuery, verificationQuery } from '../../lib/ses/identities';
import { policiesQuery, type IdentityPolicy } from '../../lib/ses/policies';
import { connectionKey, type SesConnection } from '../../lib/ses/client';
import { ownValue } from '../../lib/own-keys';
import { identityArn } from '../../policy-engine';
import type { AccessJob } from './access-job';
import { accessRows, type AccessRow } from './access-rows';
import { domainsOf, overridesDomain } from './precedence';
import { useWhoCanSend } from './use-who-can-send';

export interface ReportPhase {
  label: string;
  done: number;
  total: number;
}

interface IdentityPolicies {
  name: string;
  /** Undefined when SES refused to list them. */
  documents: IdentityPolicy[] | undefined;
}

export function useAccountReport(connection: SesConnection, account: string) {
  const client = useQueryClient();
  const list = useQuery(identityListQuery(connection));
  const names = useMemo(() => [...(list.data ?? [])].sort(), [list.data]);
  const verification = useQuery({ ...verificationQuery(connection, names), enabled: names.length > 0 });
  const verified = names.filter((n) => ownValue(verification.data, n)?.VerificationStatus === 'Success');
  const unverified = verification.data ? names.filter((n) => !verified.includes(n)) : [];
  const listed = list.isSuccess && (names.length === 0 || verification.isSuccess);

  // SES answers policy operations for verified identities only. One query reads them all, each
  // through the identity's own policiesQuery (its cache is the identity page's), counting as it
  // goes; useQueries would be shared with the first load's chunk and split it, growing it.
  const [read, setRead] = useState(0);
  const policies = useQuery({
    queryKey: ['access', 'report-policies', connectionKey(connection), verified] as const,
    queryFn: async (): Promise<IdentityPolicies[]> => {
      let done = 0;
      setRead(0);
      return Promise.all(
        verified.map(async (name) => {
          const documents = await client.fetchQuery(policiesQuery(connection, name)).then(
            (found) => found,
            () => undefined,
          );
          setRead(++done);
          return { name, documents };
        }),
      );
    },
    enabled: listed,
  });
  const failed = (policies.data ?? []).filter((p) => !p.documents).map((p) => p.name);
  const jobs = useMemo<AccessJob[] | undefined>(
    () =>
      policies.data?.flatMap(({ name, documents }) =>
        documents
          ? [
              {
                identity: name,
                identityArn: identityArn(connection.region, account, name),
                policies: documents,
              },
            ]
          : [],
      ),
    [policies.data, connection.region, account],
  );

  const { query: analysis, progress } = useWhoCanSend(jobs);
  const rows = useMemo<AccessRow[]>(() => (analysis.data ?? []).flatMap(accessRows), [analysis.data]);
  const notes = (analysis.data ?? []).flatMap((r) => r.result.notes.map((note) => `${r.identity}: ${note}`));
  const overrides = (policies.data ?? []).flatMap(({ name, documents }) => {
    if (!overridesDomain({ name, verified: true, policyCount: documents?.length ?? 0 })) return [];
    const domains = domainsOf(name, names, account, connection.region);
    return domains.length ? [{ email: name, domains }] : [];
  });

  const phase: ReportPhase | undefined = !listed
    ? { label: 'Listing the identities', done: 0, total: 1 }
    : !jobs
      ? { label: 'Reading the policies', done: read, total: verified.length }
      : analysis.isPending
        ? { label: 'Analysing the policies', done: progress.done, total: jobs.length }
        : undefined;

  const error = list.error ?? verification.error ?? policies.error ?? analysis.error ?? undefined;
  return { rows, notes, overrides, unverified, failed, phase, error, identityCount: names.length };
}
