/**
 * An identity's event destinations over SES API v2: its default configuration set (the one SES
 * applies to a send that names none), the account's configuration sets with their SNS
 * destinations, and a form to create a set with one. On a v1 connection it says where this lives
 * instead of hiding it. A delegate's sends use the delegate's own sets, never this identity's.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { apiVersionOf, type SesConnection } from '../../lib/ses/client';
import {
  configurationSetsQuery,
  defaultConfigurationSetQuery,
  setDefaultConfigurationSetMutation,
} from '../../lib/ses/configuration-sets';
import { sesErrorDetails } from '../../lib/ses/ses-error';
import { PATHS } from '../../lib/paths';
import { CreateConfigurationSetForm } from './create-configuration-set-form';

interface Props {
  connection: SesConnection;
  identity: string;
  /** The account's own SNS topics, offered for a new destination. */
  accountTopics: readonly string[];
}

export function EventDestinations({ connection, identity, accountTopics }: Props) {
  if (apiVersionOf(connection) !== 'v2')
    return (
      <Alert type="info" header="Event destinations: SES API v2">
        An identity’s default configuration set, and the SNS event destinations that receive its bounce,
        complaint and delivery events, are managed over SES API v2, and this tab speaks v1. Choose SES API v2
        in <Link to={PATHS.settings}>Settings</Link> to manage them; the identity-level topics on the
        Notifications tab work in v1.
      </Alert>
    );
  return <V2EventDestinations connection={connection} identity={identity} accountTopics={accountTopics} />;
}

function V2EventDestinations({ connection, identity, accountTopics }: Props) {
  const queryClient = useQueryClient();
  const sets = useQuery(configurationSetsQuery(connection));
  const current = useQuery(defaultConfigurationSetQuery(connection, identity));
  const save = useMutation(setDefaultConfigurationSetMutation(connection, queryClient, identity));
  const [chosen, setChosen] = useState<string | null>();
  const value = chosen === undefined ? (current.data ?? null) : chosen;
  const readError = sets.error ?? current.error;
  if (readError) {
    const error = sesErrorDetails(readError);
    return (
      <Alert type="error" header={`The configuration sets could not be read: ${error.code}`}>
        {error.message}
      </Alert>
    );
  }
  const names = sets.data?.map((s) => s.name) ?? [];
  const options = [
    { value: '', label: 'None', description: 'Sends that name no configuration set publish no events' },
    ...names.map((name) => ({ value: name, label: name })),
  ];
  const saveError = save.error ? sesErrorDetails(save.error) : undefined;
  return (
    <SpaceBetween size="l">
      <Container
        header={
          <Header
            variant="h2"
            description="SES applies it to every send from this identity that names no configuration set, including a delegate’s. A delegate who names its own set gets that set’s events, not yours."
          >
            Default configuration set
          </Header>
        }
      >
        <SpaceBetween size="s">
          <FormField
            label="Default configuration set"
            errorText={saveError && `${saveError.code}: ${saveError.message}`}
          >
            <Select
              ariaLabel="Default configuration set"
              statusType={sets.isPending || current.isPending ? 'loading' : 'finished'}
              loadingText="Loading the configuration sets"
              selectedOption={options.find((o) => o.value === (value ?? '')) ?? null}
              options={options}
              onChange={({ detail }) => setChosen(detail.selectedOption.value || null)}
            />
          </FormField>
          <Button
            loading={save.isPending}
            disabled={value === (current.data ?? null)}
            disabledReason="No change to save."
            onClick={() => save.mutate(value, { onSuccess: () => setChosen(undefined) })}
          >
            Save default configuration set
          </Button>
        </SpaceBetween>
      </Container>
      <Table
        variant="container"
        header={
          <Header
            variant="h2"
            description="Every configuration set of this account in the Region, with its event destinations."
          >
            Configuration sets
          </Header>
        }
        ariaLabels={{ tableLabel: 'Configuration sets' }}
        loading={sets.isPending}
        loadingText="Loading the configuration sets"
        items={sets.data ?? []}
        trackBy="name"
        columnDefinitions={[
          { id: 'name', header: 'Name', cell: (s) => s.name, isRowHeader: true },
          {
            id: 'destinations',
            header: 'Event destinations',
            cell: (s) =>
              s.destinations.length === 0 ? (
                'None'
              ) : (
                <SpaceBetween size="xxs">
                  {s.destinations.map((d) => (
                    <Box key={d.name}>
                      {d.name}: {d.topicArn ?? `${d.otherKind ?? 'other'} destination`} (
                      {d.eventTypes.join(', ')}){d.enabled ? '' : ', disabled'}
                    </Box>
                  ))}
                </SpaceBetween>
              ),
          },
        ]}
        empty="This account has no configuration sets in this Region."
      />
      <CreateConfigurationSetForm connection={connection} existing={names} accountTopics={accountTopics} />
    </SpaceBetween>
  );
}
