/**
 * On an identity's Access tab, the email-over-domain precedence that applies to it: on a domain,
 * which of its email address identities authorize their own sends instead; on an email address,
 * which domain it overrides (or why it does not).
 */
import Alert from '@cloudscape-design/components/alert';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { identityListQuery, verificationQuery } from '../../lib/ses/identities';
import { policyNamesQuery } from '../../lib/ses/policy-names';
import { connectionKey, type SesConnection } from '../../lib/ses/client';
import { ownValue } from '../../lib/own-keys';
import { identityKindOf } from '../../policy-engine';
import { domainsOf, emailsUnder, overridesDomain } from './precedence';

interface PrecedenceNoteProps {
  connection: SesConnection;
  identity: string;
  account: string;
  /** The identity's own verification and policy count (known to the tab). */
  verified: boolean;
  policyCount: number | undefined;
}

export function PrecedenceNote(props: PrecedenceNoteProps) {
  return identityKindOf(props.identity) === 'Domain' ? <DomainNote {...props} /> : <EmailNote {...props} />;
}

function DomainNote({ connection, identity, account }: PrecedenceNoteProps) {
  const list = useQuery(identityListQuery(connection));
  const emails = list.data ? emailsUnder(identity, list.data, account, connection.region) : [];
  const verification = useQuery({ ...verificationQuery(connection, emails), enabled: emails.length > 0 });
  const verified = emails.filter((e) => ownValue(verification.data, e)?.VerificationStatus === 'Success');
  // Each address's policy names through its own query (cached with the identities list's);
  // useQueries would be shared with the first load's chunk and grow it.
  const client = useQueryClient();
  const counts = useQuery({
    queryKey: ['access', 'policy-counts', connectionKey(connection), verified] as const,
    queryFn: () =>
      Promise.all(
        verified.map((e) => client.fetchQuery(policyNamesQuery(connection, e)).then((n) => n.length)),
      ),
    enabled: verified.length > 0,
  });
  const overriding = verified.filter((name, i) =>
    overridesDomain({ name, verified: true, policyCount: counts.data?.[i] ?? 0 }),
  );
  if (overriding.length === 0) return null;
  return (
    <Alert type="info" header="Email address identities take precedence over this domain">
      {overriding.join(', ')}{' '}
      {overriding.length === 1 ? 'is an email address identity' : 'are email address identities'} with
      policies: a send from {overriding.length === 1 ? 'that address' : 'any of them'} is authorized by its
      own policies, not by this domain’s, even when the request names this domain’s ARN. The rows below do not
      apply to {overriding.length === 1 ? 'it' : 'them'}.
    </Alert>
  );
}

function EmailNote({ connection, identity, account, verified, policyCount }: PrecedenceNoteProps) {
  const list = useQuery(identityListQuery(connection));
  const domains = list.data ? domainsOf(identity, list.data, account, connection.region) : [];
  if (domains.length === 0 || policyCount === undefined) return null;
  const named = domains.join(', ');
  if (overridesDomain({ name: identity, verified, policyCount }))
    return (
      <Alert type="info" header={`This address takes precedence over ${named}`}>
        A send from {identity} is authorized by this identity’s policies below, not by those of {named}, even
        when the request names the domain’s ARN.
      </Alert>
    );
  return (
    <Alert type="info" header={`Sends from this address follow ${named}`}>
      {verified
        ? 'This identity has no policies'
        : 'This identity is not verified, so its policies are not used'}
      : a send from {identity} through {named} is authorized by the domain’s policies. Once it is verified and
      has a policy, its own policies take precedence over the domain’s.
    </Alert>
  );
}
