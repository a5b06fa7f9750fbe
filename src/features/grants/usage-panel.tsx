/** How to send with a grant: which parameters and headers carry the ARN, and ready-to-copy snippets. */
import Box from '@cloudscape-design/components/box';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import SpaceBetween from '@cloudscape-design/components/space-between';
import styles from './grants.module.css';
import { usageSnippets, type SnippetInput } from './usage-snippets';

export function UsagePanel(input: SnippetInput) {
  return (
    <SpaceBetween size="m">
      <Box variant="p">
        Name the identity ARN in every request that uses one of its addresses. With SendEmail:{' '}
        <Box variant="code">SourceArn</Box> for the From (Source) address and{' '}
        <Box variant="code">ReturnPathArn</Box> for a Return-Path address. With SendRawEmail:{' '}
        <Box variant="code">SourceArn</Box>, <Box variant="code">FromArn</Box> and{' '}
        <Box variant="code">ReturnPathArn</Box>, or the same ARNs in the message’s{' '}
        <Box variant="code">X-SES-SOURCE-ARN</Box>, <Box variant="code">X-SES-FROM-ARN</Box> and{' '}
        <Box variant="code">X-SES-RETURN-PATH-ARN</Box> headers (the parameters win). Over SMTP, only the
        headers; SES removes them before delivery. With SES API v2’s SendEmail:{' '}
        <Box variant="code">FromEmailAddressIdentityArn</Box> for the From address (it takes precedence over
        both X-SES-SOURCE-ARN and X-SES-FROM-ARN in raw content) and{' '}
        <Box variant="code">FeedbackForwardingEmailAddressIdentityArn</Box> for the feedback address. An IAM
        user or role also needs its own IAM policy to allow the action.
      </Box>
      {usageSnippets(input).map((snippet) => (
        <div key={snippet.id}>
          <SpaceBetween direction="horizontal" size="xs" alignItems="center">
            <Box variant="h4" tagOverride="h3">
              {snippet.title}
            </Box>
            <CopyToClipboard
              variant="icon"
              textToCopy={snippet.text}
              copyButtonAriaLabel={`Copy the ${snippet.title} snippet`}
              copySuccessText={`${snippet.title} snippet copied`}
              copyErrorText="The snippet could not be copied"
            />
          </SpaceBetween>
          <pre className={styles.snippet}>{snippet.text}</pre>
        </div>
      ))}
    </SpaceBetween>
  );
}
