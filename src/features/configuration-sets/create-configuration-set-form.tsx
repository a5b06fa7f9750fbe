/** Creates a configuration set, optionally with an SNS event destination for chosen event types. */
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Multiselect from '@cloudscape-design/components/multiselect';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { EventType } from '@aws-sdk/client-sesv2';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { SesConnection } from '../../lib/ses/client';
import { EVENT_TYPES, createConfigurationSetMutation } from '../../lib/ses/configuration-sets';
import { sesErrorDetails } from '../../lib/ses/ses-error';
import { topicArnProblem } from '../../lib/ses/sns-topic-arn';
import { configurationSetNameProblem } from '../../lib/ses/configuration-set-name';

const DEFAULT_TYPES: EventType[] = ['BOUNCE', 'COMPLAINT', 'DELIVERY'];

export function CreateConfigurationSetForm({
  connection,
  existing,
  accountTopics,
}: {
  connection: SesConnection;
  existing: readonly string[];
  accountTopics: readonly string[];
}) {
  const queryClient = useQueryClient();
  const create = useMutation(createConfigurationSetMutation(connection, queryClient));
  const [name, setName] = useState('');
  const [topicArn, setTopicArn] = useState(accountTopics[0] ?? '');
  const [types, setTypes] = useState<EventType[]>(DEFAULT_TYPES);
  const [attempted, setAttempted] = useState(false);
  const nameProblem = configurationSetNameProblem(name.trim(), existing);
  const topicProblem = topicArn.trim() ? topicArnProblem(topicArn.trim()) : undefined;
  const typesProblem = topicArn.trim() && types.length === 0 ? 'Choose at least one event type.' : undefined;
  const error = create.error ? sesErrorDetails(create.error) : undefined;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setAttempted(true);
        if (nameProblem || topicProblem || typesProblem) return;
        create.mutate(
          { name: name.trim(), topicArn: topicArn.trim() || undefined, eventTypes: types },
          {
            onSuccess: () => {
              setName('');
              setAttempted(false);
            },
          },
        );
      }}
      noValidate
    >
      <Container
        header={
          <Header
            variant="h2"
            description="In this account, for this identity or any other of its identities."
          >
            Create a configuration set
          </Header>
        }
      >
        <SpaceBetween size="m">
          <FormField
            label="Name"
            constraintText="Up to 64 letters, digits, underscores and hyphens."
            errorText={attempted ? nameProblem : undefined}
          >
            <Input
              value={name}
              onChange={({ detail }) => setName(detail.value)}
              ariaLabel="Configuration set name"
            />
          </FormField>
          <FormField
            label="SNS topic for events (optional)"
            description={
              accountTopics.length
                ? `This account’s topics: ${accountTopics.join(', ')}.`
                : 'The ARN of an SNS topic that receives the events.'
            }
            errorText={attempted ? topicProblem : undefined}
          >
            <Input
              value={topicArn}
              onChange={({ detail }) => setTopicArn(detail.value)}
              ariaLabel="SNS topic for events"
              placeholder="arn:aws:sns:us-east-1:123456789012:my-topic"
            />
          </FormField>
          <FormField label="Event types" errorText={attempted ? typesProblem : undefined}>
            <Multiselect
              ariaLabel="Event types"
              selectedOptions={types.map((t) => ({ value: t, label: t }))}
              options={EVENT_TYPES.map((t) => ({ value: t, label: t }))}
              onChange={({ detail }) =>
                setTypes(
                  detail.selectedOptions
                    .map((o) => o.value)
                    .filter((v): v is EventType => EVENT_TYPES.some((t) => t === v)),
                )
              }
              disabled={!topicArn.trim()}
            />
          </FormField>
          {error && (
            <Alert type="error" header={`SES refused: ${error.code}`}>
              {error.message}
            </Alert>
          )}
          <Button formAction="submit" loading={create.isPending}>
            Create configuration set
          </Button>
        </SpaceBetween>
      </Container>
    </form>
  );
}
