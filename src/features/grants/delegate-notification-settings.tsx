/**
 * The delegate's own Bounce, Complaint and Delivery topics (and header flags) for an identity ARN
 * it sends from. SES keys them by the caller's account, apart from the owner's, because the
 * notification APIs are called with the identity ARN; SES then notifies both sides.
 */
import { V1OnlyNote } from '../../lib/ui/v1-only-note';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Form from '@cloudscape-design/components/form';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { SesConnection } from '../../lib/ses/client';
import {
  NOTIFICATION_TYPES,
  planTopicChanges,
  settingsFromAttributes,
  type TopicSettings,
} from '../../lib/ses/notification-settings';
import { notificationChangeMutation, notificationsQuery } from '../../lib/ses/notification-attributes';
import { sesErrorDetails } from '../../lib/ses/ses-error';
import { settingsFromChoices, topicChoices, type TopicChoices } from '../../lib/ui/topic-choice';
import { TopicField } from '../../lib/ui/topic-field';
import { delegateNotificationSchema } from './delegate-notification-schema';

interface Props {
  connection: SesConnection;
  identityArn: string;
  accountTopics: string[];
  /** A verified identity of the delegate's own, to suggest as Return-Path. */
  ownReturnPathDomain?: string;
}

export function DelegateNotificationSettings(props: Props) {
  const query = useQuery(notificationsQuery(props.connection, props.identityArn));
  if (query.isPending)
    return <StatusIndicator type="loading">Loading your notification settings</StatusIndicator>;
  if (query.isError) {
    const { code, message } = sesErrorDetails(query.error);
    return (
      <Alert type="error" header={`Your notification settings could not be read: ${code}`}>
        {message}
      </Alert>
    );
  }
  return <DelegateNotificationsForm {...props} saved={settingsFromAttributes(query.data)} />;
}

function DelegateNotificationsForm({
  connection,
  identityArn,
  accountTopics,
  ownReturnPathDomain,
  saved,
}: Props & { saved: TopicSettings }) {
  const queryClient = useQueryClient();
  const [savedMessage, setSavedMessage] = useState(false);
  const { control, handleSubmit, reset, formState } = useForm<TopicChoices>({
    resolver: zodResolver(delegateNotificationSchema),
    mode: 'onTouched',
    defaultValues: topicChoices(saved, accountTopics),
  });
  const save = useMutation(notificationChangeMutation(connection, queryClient, identityArn));
  const submit = handleSubmit((values) => {
    setSavedMessage(false);
    // Forwarding is the owner's: a delegate's plan holds topic and header calls only.
    save.mutate(planTopicChanges(saved, settingsFromChoices(values)), {
      onSuccess: () => {
        setSavedMessage(true);
        reset(values);
      },
    });
  });
  const error = save.isError ? sesErrorDetails(save.error) : undefined;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Form
        actions={
          <Button variant="primary" formAction="submit" loading={save.isPending}>
            Save my notification settings
          </Button>
        }
      >
        <SpaceBetween size="m">
          <V1OnlyNote connection={connection} feature="Your notification settings" />
          <Box variant="p">
            These topics receive notifications for the messages you send from this identity. The owner’s
            topics are kept apart from yours and are notified too; neither side sees the other’s settings.
          </Box>
          <ColumnLayout columns={3}>
            {NOTIFICATION_TYPES.map((type) => (
              <Controller
                key={type}
                control={control}
                name={type}
                render={({ field }) => (
                  <TopicField
                    type={type}
                    value={field.value}
                    accountTopics={accountTopics}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    arnError={formState.errors[type]?.other?.message}
                  />
                )}
              />
            ))}
          </ColumnLayout>
          <Alert type="info" header="Feedback forwarding stays with the owner">
            Only the identity’s owner can turn email feedback forwarding on or off. To receive bounces and
            complaints by email yourself, send with a Return-Path address at an identity you own
            {ownReturnPathDomain ? ` (for example bounces@${ownReturnPathDomain})` : ''}: SES forwards
            feedback to the Return-Path.
          </Alert>
          {error && (
            <Alert type="error" header={`SES refused the change: ${error.code}`}>
              {error.message}
              {error.requestId ? ` (request ID ${error.requestId})` : ''}
            </Alert>
          )}
          <div aria-live="polite">
            {savedMessage && (
              <StatusIndicator type="success">Your notification settings are saved.</StatusIndicator>
            )}
          </div>
        </SpaceBetween>
      </Form>
    </form>
  );
}
