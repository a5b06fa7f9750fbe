/**
 * Where real SES's answers are, since it keeps no log a console can read: bounces, complaints
 * and deliveries go to the identity's SNS topics, sending events to configuration sets' event
 * destinations, and counts to CloudWatch. Links open the AWS console in the connection's Region.
 */
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useNavigate } from 'react-router';
import { PATHS } from '../../lib/paths';

/** A Region as Settings checks it; anything else builds no link (it would be a hostile URL part). */
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;

export function awsConsoleLinks(region: string) {
  if (!REGION.test(region)) return undefined;
  const home = `https://${region}.console.aws.amazon.com`;
  return {
    sesIdentities: `${home}/ses/home?region=${region}#/identities`,
    sesConfigurationSets: `${home}/ses/home?region=${region}#/configuration-sets`,
    sesAccount: `${home}/ses/home?region=${region}#/account`,
    snsTopics: `${home}/sns/v3/home?region=${region}#/topics`,
    cloudWatchMetrics: `${home}/cloudwatch/home?region=${region}#metricsV2:`,
  };
}

function External({ href, children }: { href: string | undefined; children: string }) {
  if (!href) return <>{children}</>;
  return (
    <Link href={href} external>
      {children}
    </Link>
  );
}

export function WhereSesAnswers({ region }: { region: string }) {
  const navigate = useNavigate();
  const links = awsConsoleLinks(region);
  return (
    <Container
      header={
        <Header
          variant="h2"
          description={`SES answers each send at once (a MessageId, or a refusal, listed below) and reports what happened next elsewhere, in ${region}.`}
        >
          Where SES’s answers are
        </Header>
      }
    >
      <SpaceBetween size="m">
        <div>
          <Box variant="h3">Bounces, complaints and deliveries</Box>
          <Box variant="p">
            SES publishes them to the SNS topics of the identity that was used (its owner’s) and, for a
            delegate’s send, to the delegate’s own topics. Set them on an identity’s{' '}
            <Link
              href={PATHS.identities}
              onFollow={(event) => {
                event.preventDefault();
                navigate(PATHS.identities);
              }}
            >
              Notifications tab
            </Link>{' '}
            (API v1 SetIdentityNotificationTopic), and subscribe an email address or an SQS queue to a topic
            to read them: <External href={links?.snsTopics}>SNS topics</External>,{' '}
            <External href={links?.sesIdentities}>SES identities</External>.
          </Box>
        </div>
        <div>
          <Box variant="h3">Sending events</Box>
          <Box variant="p">
            A send that names a configuration set has its events (send, reject, bounce, complaint, delivery)
            published to that set’s event destinations: SNS, CloudWatch, Kinesis Data Firehose or EventBridge.
            This console shows them on an identity’s Event destinations tab;{' '}
            <External href={links?.sesConfigurationSets}>SES configuration sets</External>.
          </Box>
        </div>
        <div>
          <Box variant="h3">Sending metrics</Box>
          <Box variant="p">
            CloudWatch counts the account’s sends, deliveries, bounces, complaints and rejects in the AWS/SES
            namespace: <External href={links?.cloudWatchMetrics}>CloudWatch metrics</External> (choose
            AWS/SES), and the <External href={links?.sesAccount}>SES account dashboard</External> shows the
            bounce and complaint rates.
          </Box>
        </div>
      </SpaceBetween>
    </Container>
  );
}
