/**
 * The owner's notification settings for one identity: a topic and the header flag for Bounce,
 * Complaint and Delivery, and email feedback forwarding, saved through the SES API. Forwarding can
 * be off only while Bounce and Complaint both have topics, and the form says so.
 */
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
import { connectionKey } from '../../lib/ses/client';
import { applyNotificationChange, notificationsQuery } from '../../lib/ses/notifications';
import { sesKeys } from '../../lib/ses/query-keys';
import { sesErrorDetails } from '../../lib/ses/ses-error';
import {
  forwardingMayBeDisabled,
  NOTIFICATION_TYPES,
  planNotificationChanges,
  settingsFromAttributes,
  type NotificationSettings,
} from './notification-plan';
import { TopicField, topicFieldError } from './topic-field';

interface OwnerNotificationsProps {
  connection: SesConnection;
  /** The identity's name (the owner) or its ARN (a delegate's own settings for it). */
  identity: string;
  accountTopics: string[];
  verified: boolean;
  /** A delegate sets only its own topics and header flags; forwarding stays the owner's. */
  delegate?: boolean;
}

export function OwnerNotifications(props: OwnerNotificationsProps) {
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

function NotificationsForm({
  connection,
  identity,
  accountTopics,
  verified,
  delegate = false,
  saved,
}: OwnerNotificationsProps & { saved: NotificationSettings }) {
  const queryClient = useQueryClient();
  const [wanted, setWanted] = useState(saved);
  const [attempted, setAttempted] = useState(false);
  const [savedMessage, setSavedMessage] = useState(false);
  const save = useMutation({
    mutationFn: async () => {
      // One call per change, in an order SES accepts; the first refusal stops the rest.
      for (const c of planNotificationChanges(saved, wanted, { ownerSettings: !delegate }))
        await applyNotificationChange(connection, identity, c);
    },
    // Some changes may have landed before a refusal: re-read what SES holds either way.
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: sesKeys.notifications(connectionKey(connection), identity) }),
    onSuccess: () => setSavedMessage(true),
  });
  const errors = NOTIFICATION_TYPES.map((t) => topicFieldError(wanted.topics[t], accountTopics)).filter(
    Boolean,
  );
  const canDisableForwarding = forwardingMayBeDisabled(wanted);
  const plan = planNotificationChanges(saved, wanted, { ownerSettings: !delegate });
  const error = save.isError ? sesErrorDetails(save.error) : undefined;
  const edit = (next: NotificationSettings) => {
    setSavedMessage(false);
    save.reset();
    // Forwarding goes back on when the topics it depended on are removed.
    setWanted(delegate || forwardingMayBeDisabled(next) ? next : { ...next, forwarding: true });
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setAttempted(true);
        if (errors.length === 0 && plan.length > 0) save.mutate();
      }}
    >
      <Form
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" disabled={plan.length === 0} onClick={() => edit(saved)}>
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
          {!verified && (
            <Alert type="info">
              SES accepts notification topics only for verified identities; verify this one first.
            </Alert>
          )}
          <Container
            header={
              <Header
                variant="h2"
                description={
                  delegate
                    ? 'Your own topics for the messages you send from this identity. The owner’s topics are kept apart, and SES notifies both.'
                    : 'SNS topics that receive this identity’s notifications. Delegates set their own topics for the identity ARN they send from, and SES notifies both.'
                }
              >
                SNS notifications
              </Header>
            }
          >
            <ColumnLayout columns={3}>
              {NOTIFICATION_TYPES.map((type) => (
                <TopicField
                  key={type}
                  type={type}
                  topic={wanted.topics[type]}
                  headers={wanted.headers[type]}
                  accountTopics={accountTopics}
                  showErrors={attempted}
                  onChange={({ topic, headers }) =>
                    edit({
                      ...wanted,
                      topics: { ...wanted.topics, [type]: topic },
                      headers: { ...wanted.headers, [type]: headers },
                    })
                  }
                />
              ))}
            </ColumnLayout>
          </Container>
          {delegate ? (
            <Container header={<Header variant="h2">Email feedback forwarding</Header>}>
              <Box variant="p">
                Feedback forwarding belongs to the identity’s owner. To receive bounces and complaints by
                email yourself, send with a Return-Path address at an identity you own.
              </Box>
            </Container>
          ) : (
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
                  checked={wanted.forwarding}
                  disabled={wanted.forwarding && !canDisableForwarding}
                  onChange={({ detail }) => edit({ ...wanted, forwarding: detail.checked })}
                >
                  {wanted.forwarding ? 'Enabled' : 'Disabled'}
                </Toggle>
              </FormField>
            </Container>
          )}
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
