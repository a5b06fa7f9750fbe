/**
 * The data behind the account report: every identity of the acting account (through the SES
 * query layer), the policies of each verified one, then whoCanSend over all of them in the
 * worker. Reports its progress through both phases.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { identityListQuery, verificationQuery } from '../../lib/ses/identities';
import { policiesQuery } from '../../lib/ses/policies';
import type { SesConnection } from '../../lib/ses/client';
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

export function useAccountReport(connection: SesConnection, account: string) {
  const list = useQuery(identityListQuery(connection));
  const names = useMemo(() => list.data ?? [], [list.data]);
  const verification = useQuery({ ...verificationQuery(connection, names), enabled: names.length > 0 });
  const verified = names.filter((n) => ownValue(verification.data, n)?.VerificationStatus === 'Success');
  const unverified = verification.data ? names.filter((n) => !verified.includes(n)) : [];
  // SES answers policy operations for verified identities only.
  const policies = useQueries({ queries: verified.map((name) => policiesQuery(connection, name)) });
  const settled = policies.filter((p) => !p.isPending).length;
  const failed = verified.filter((_, i) => policies[i]?.isError);
  const listed = list.isSuccess && (names.length === 0 || verification.isSuccess);
  const jobs: AccessJob[] | undefined =
    listed && settled === verified.length
      ? verified.flatMap((name, i) => {
          const data = policies[i]?.data;
          return data
            ? [{ identity: name, identityArn: identityArn(connection.region, account, name), policies: data }]
            : [];
        })
      : undefined;
  const { query: analysis, progress } = useWhoCanSend(jobs);
  const rows = useMemo<AccessRow[]>(() => (analysis.data ?? []).flatMap(accessRows), [analysis.data]);
  const notes = (analysis.data ?? []).flatMap((r) => r.result.notes.map((note) => `${r.identity}: ${note}`));
  const overrides = verified.flatMap((name, i) => {
    const count = policies[i]?.data?.length ?? 0;
    if (!overridesDomain({ name, verified: true, policyCount: count })) return [];
    const domains = domainsOf(name, names, account, connection.region);
    return domains.length ? [{ email: name, domains }] : [];
  });

  const phase: ReportPhase | undefined = !listed
    ? { label: 'Listing the identities', done: 0, total: 1 }
    : !jobs
      ? { label: 'Reading the policies', done: settled, total: verified.length }
      : analysis.isPending
        ? { label: 'Analysing the policies', done: progress.done, total: jobs.length }
        : undefined;

  const error = list.error ?? verification.error ?? analysis.error ?? undefined;
  return { rows, notes, overrides, unverified, failed, phase, error, identityCount: names.length };
}
