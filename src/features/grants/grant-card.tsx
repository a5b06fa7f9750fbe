/**
 * One identity the acting principal may send from: owner, ARN, actions, each condition in plain
 * English, how to use it, and the delegate's own notification settings for that identity ARN.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { SesConnection } from '../../lib/ses/client';
import { OwnerNotifications } from '../notifications/owner-notifications';
import { exampleFromAddress, type Grant, type GrantStatement } from './compute-grants';
import styles from './grants.module.css';
import { usageSnippets } from './usage-snippets';

interface GrantCardProps {
  grant: Grant;
  region: string;
  /** Present when the console can manage notifications for this grant (a connected delegate). */
  connection?: SesConnection;
  accountTopics: string[];
}

function StatementSummary({ statement }: { statement: GrantStatement }) {
  return (
    <li>
      <strong>{statement.actions.join(', ')}</strong>
      {statement.conditions.length === 0 ? (
        ' with no conditions.'
      ) : (
        <ul>
          {statement.conditions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      <Box variant="small" color="text-body-secondary">
        From policy {statement.policyName}
        {statement.sid ? `, statement ${statement.sid}` : ''}
      </Box>
    </li>
  );
}

export function GrantCard({ grant, region, connection, accountTopics }: GrantCardProps) {
  const from = exampleFromAddress(grant);
  return (
    <Container
      header={
        <Header variant="h2" description={`Owned by account ${grant.ownerAccount}`}>
          {grant.identity}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <ColumnLayout columns={2} variant="text-grid">
          <div>
            <Box variant="awsui-key-label">Identity ARN</Box>
            <CopyToClipboard
              variant="inline"
              textToCopy={grant.identityArn}
              copyButtonAriaLabel={`Copy the ARN of ${grant.identity}`}
              copySuccessText="Identity ARN copied"
              copyErrorText="The ARN could not be copied"
            />
          </div>
          <div>
            <Box variant="awsui-key-label">Verification</Box>
            {grant.verified ? (
              <StatusIndicator type="success">Verified</StatusIndicator>
            ) : (
              <StatusIndicator type="pending">
                Not verified yet: SES refuses sends until the owner verifies it
              </StatusIndicator>
            )}
          </div>
        </ColumnLayout>
        <div>
          <Box variant="awsui-key-label">You may send</Box>
          <ul className={styles.statements}>
            {grant.allows.map((s, i) => (
              <StatementSummary key={`${s.policyName}-${i}`} statement={s} />
            ))}
          </ul>
        </div>
        {grant.denies.length > 0 && (
          <Alert type="warning" header="Also denied">
            These statements refuse you whatever the grants above allow:
            <ul className={styles.statements}>
              {grant.denies.map((s, i) => (
                <StatementSummary key={`${s.policyName}-deny-${i}`} statement={s} />
              ))}
            </ul>
          </Alert>
        )}
        <ExpandableSection headerText="How to send with this grant" variant="footer">
          <SpaceBetween size="m">
            <Box variant="p">
              Give the identity ARN as SourceArn (the From/Source address) and ReturnPathArn (the Return-Path)
              with SendEmail; as SourceArn, FromArn and ReturnPathArn with SendRawEmail; or as the
              X-SES-SOURCE-ARN, X-SES-FROM-ARN and X-SES-RETURN-PATH-ARN headers over SMTP. An IAM user or
              role also needs its own IAM policy to allow the action.
            </Box>
            {usageSnippets(grant.identityArn, from, region).map((snippet) => (
              <div key={snippet.id}>
                <SpaceBetween direction="horizontal" size="xs" alignItems="center">
                  <Box variant="h4">{snippet.title}</Box>
                  <CopyToClipboard
                    variant="icon"
                    textToCopy={snippet.text}
                    copyButtonAriaLabel={`Copy the ${snippet.title} snippet`}
                    copySuccessText="Snippet copied"
                    copyErrorText="The snippet could not be copied"
                  />
                </SpaceBetween>
                <pre className={styles.snippet}>{snippet.text}</pre>
              </div>
            ))}
          </SpaceBetween>
        </ExpandableSection>
        {connection && (
          <ExpandableSection headerText="Your notifications for this identity" variant="footer">
            <OwnerNotifications
              connection={connection}
              identity={grant.identityArn}
              accountTopics={accountTopics}
              verified={grant.verified}
              delegate
            />
          </ExpandableSection>
        )}
      </SpaceBetween>
    </Container>
  );
}
