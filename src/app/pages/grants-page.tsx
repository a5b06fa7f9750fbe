import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import { useHref, useNavigate } from 'react-router';
// With this route's lazy chunk (see identity-details-page.tsx for why not a chunk of its own);
// the analysis itself runs in the access feature's worker.
import { GrantAccessSummary } from '../../features/access/grant-access-summary';
import { GrantsView } from '../../features/grants/grants-view';
import { SharedGrantsView } from '../../features/grants/shared-grants-view';
import { useConnectionState } from '../../lib/ses/connection-context';
import { useActingChoice } from '../acting/acting-choice';
import { RequireConnection } from './require-connection';
import { PATHS } from '../../lib/paths';

/** What a grant lets the acting principal send, from its policies (analysed in the access worker). */
function GrantAccessSummaryFor({
  identity,
  principal,
}: {
  identity: {
    name: string;
    identityArn: string;
    policies: Parameters<typeof GrantAccessSummary>[0]['policies'];
  };
  principal: { arn: string; label: string };
}) {
  return (
    <GrantAccessSummary
      identity={identity.name}
      identityArn={identity.identityArn}
      policies={identity.policies}
      principalArn={principal.arn}
      principalLabel={principal.label}
    />
  );
}

export function GrantsPage() {
  const state = useConnectionState();
  const { current } = useActingChoice();
  const navigate = useNavigate();
  const sendBase = useHref(PATHS.send);
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="The identities other accounts let you send from, what they allow, and how to use them."
        >
          Grants
        </Header>
      }
    >
      <RequireConnection state={state}>
        {({ connection, principal, emulator }) =>
          // Real SES never shows a delegate another account's policies: the list is what the
          // delegate added by hand. The emulator's list reads every account's.
          !emulator ? (
            <SharedGrantsView
              key={principal.arn}
              connection={connection}
              principal={principal}
              accessSummary={(identity) => (
                <GrantAccessSummaryFor identity={identity} principal={principal} />
              )}
            />
          ) : (
            <GrantsView
              key={principal.arn}
              connection={connection}
              principal={principal}
              accountTopics={current?.arn === principal.arn ? current.snsTopics : []}
              iamPolicies={current?.arn === principal.arn ? current.iamPolicies : undefined}
              sendHref={(example) => `${sendBase}?${new URLSearchParams(example).toString()}`}
              onFollowSend={(href) => void navigate(`${PATHS.send}${href.slice(href.indexOf('?'))}`)}
              accessSummary={(identity) => (
                <GrantAccessSummaryFor identity={identity} principal={principal} />
              )}
            />
          )
        }
      </RequireConnection>
    </ContentLayout>
  );
}
