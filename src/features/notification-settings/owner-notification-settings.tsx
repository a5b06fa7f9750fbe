/**
 * The owner's notification settings for one identity: a topic and the header flag for Bounce,
 * Complaint and Delivery, and email feedback forwarding, saved through the SES API. Forwarding can
 * be off only while Bounce and Complaint both have topics, and the form says so.
 */
import { V1OnlyNote } from '../../lib/ui/v1-only-note';
import type { NotificationType } from '@aws-sdk/client-ses';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Toggle from '@cloudscape-design/components/toggle';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { SesConnection } from '../../lib/ses/client';
import {
  forwardingMayBeDisabled,
  NOTIFICATION_TYPES,
  planNotificationChanges,
  settingsFromAttributes,
  type NotificationSettings,
} from '../../lib/ses/notification-settings';
import { notificationChangeMutation, notificationsQuery } from '../../lib/ses/notification-attributes';
import { sesErrorDetails } from '../../lib/ses/ses-error';
import {
  settingsFromChoices,
  topicChoices,
  typedTopicProblem,
  type TopicChoices,
} from '../../lib/ui/topic-choice';
import { TopicField } from '../../lib/ui/topic-field';

interface OwnerNotificationSettingsProps {
  connection: SesConnection;
  /** The identity's name. */
  identity: string;
  accountTopics: string[];
  verified: boolean;
}

export function OwnerNotificationSettings(props: OwnerNotificationSettingsProps) {
  const query = useQuery(notificationsQuery(props.connection, props.identity));
  if (query.isPending) return <Spinner size="large" />;
  if (query.isError) {
    const error = sesErrorDetails(query.error);
    return (
      <Alert type="error" header={`The notification settings could not be read: ${error.code}`}>
        {error.message}
      </Alert>
    );
  }
  return <NotificationsForm {...props} saved={settingsFromAttributes(query.data)} />;
}

interface Wanted {
  choices: TopicChoices;
  forwarding: boolean;
}

function NotificationsForm({
  connection,
  identity,
  accountTopics,
  verified,
  saved,
}: OwnerNotificationSettingsProps & { saved: NotificationSettings }) {
  const queryClient = useQueryClient();
  const initial = (): Wanted => ({
    choices: topicChoices(saved, accountTopics),
    forwarding: saved.forwarding,
  });
  const [form, setForm] = useState(initial);
  // A typed ARN's problem shows once its field was left, or after a save attempt.
  const [touched, setTouched] = useState<ReadonlySet<NotificationType>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [savedMessage, setSavedMessage] = useState(false);
  const save = useMutation(notificationChangeMutation(connection, queryClient, identity));
  const wanted: NotificationSettings = { ...settingsFromChoices(form.choices), forwarding: form.forwarding };
  const problems = NOTIFICATION_TYPES.map((type) => typedTopicProblem(form.choices[type]));
  const canDisableForwarding = forwardingMayBeDisabled(wanted);
  const plan = planNotificationChanges(saved, wanted);
  const error = save.isError ? sesErrorDetails(save.error) : undefined;
  const edit = (next: Wanted) => {
    setSavedMessage(false);
    save.reset();
    // Forwarding goes back on when the topics it depended on are removed.
    const keepsForwardingOff = forwardingMayBeDisabled(settingsFromChoices(next.choices));
    setForm(keepsForwardingOff ? next : { ...next, forwarding: true });
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setAttempted(true);
        if (problems.every((p) => p === undefined) && plan.length > 0)
          save.mutate(plan, { onSuccess: () => setSavedMessage(true) });
      }}
    >
      <Form
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button
              formAction="none"
              variant="link"
              disabled={plan.length === 0}
              onClick={() => edit(initial())}
            >
              Reset
            </Button>
            <Button
              variant="primary"
              formAction="submit"
              loading={save.isPending}
              disabled={plan.length === 0 || !verified}
              disabledReason={
                !verified ? 'Verify the identity before setting notifications.' : 'No changes to save.'
              }
            >
              Save notification settings
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          <V1OnlyNote connection={connection} feature="Notification settings" />
          {!verified && (
            <Alert type="info">
              SES accepts notification topics only for verified identities; verify this one first.
            </Alert>
          )}
          <Container
            header={
              <Header
                variant="h2"
                description="SNS topics that receive this identity’s notifications. Delegates set their own topics for the identity ARN they send from, and SES notifies both."
              >
                SNS notifications
              </Header>
            }
          >
            <ColumnLayout columns={3}>
              {NOTIFICATION_TYPES.map((type, i) => (
                <TopicField
                  key={type}
                  type={type}
                  value={form.choices[type]}
                  accountTopics={accountTopics}
                  onChange={(value) => edit({ ...form, choices: { ...form.choices, [type]: value } })}
                  onBlur={() => setTouched(new Set(touched).add(type))}
                  arnError={attempted || touched.has(type) ? problems[i] : undefined}
                />
              ))}
            </ColumnLayout>
          </Container>
          <Container header={<Header variant="h2">Email feedback forwarding</Header>}>
            <FormField
              label="Forward bounces and complaints by email"
              description="SES emails bounces and complaints to the message’s Return-Path address (or its Source)."
              constraintText={
                canDisableForwarding
                  ? undefined
                  : 'Forwarding can be turned off only while both Bounce and Complaint have SNS topics; otherwise nobody would hear of bounces or complaints.'
              }
            >
              <Toggle
                checked={form.forwarding}
                disabled={form.forwarding && !canDisableForwarding}
                onChange={({ detail }) => edit({ ...form, forwarding: detail.checked })}
              >
                {form.forwarding ? 'Enabled' : 'Disabled'}
              </Toggle>
            </FormField>
          </Container>
          {error && (
            <Alert type="error" header={`SES refused a change: ${error.code}`}>
              {error.message} Your choices are still in the form.
            </Alert>
          )}
          {savedMessage && plan.length === 0 && (
            <Alert type="success" statusIconAriaLabel="Saved">
              Notification settings saved.
            </Alert>
          )}
          {plan.length > 0 && (
            <Box variant="small">
              {plan.length} {plan.length === 1 ? 'change' : 'changes'} not saved yet.
            </Box>
          )}
        </SpaceBetween>
      </Form>
    </form>
  );
}
