/** The action and the message: fields, or a raw MIME message read with the engine's parser. */
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { Controller, useWatch, type Control } from 'react-hook-form';
import { SEND_APIS } from '../../../policy-engine';
import { TextField } from '../../../lib/ui/text-field';
import type { SimulatorFormValues } from './form-values';

const ACTION_OPTIONS = SEND_APIS.map((api) => ({ value: api, label: `ses:${api}` }));

export function MessageSection({ control }: { control: Control<SimulatorFormValues> }) {
  const mode = useWatch({ control, name: 'messageMode' });
  return (
    <Container header={<Header variant="h2">Action and message</Header>}>
      <SpaceBetween size="m">
        <ColumnLayout columns={2}>
          <Controller
            control={control}
            name="action"
            render={({ field }) => (
              <FormField label="Action">
                <Select
                  selectedOption={ACTION_OPTIONS.find((o) => o.value === field.value) ?? null}
                  onChange={({ detail }) => field.onChange(detail.selectedOption.value)}
                  options={ACTION_OPTIONS}
                />
              </FormField>
            )}
          />
          <Controller
            control={control}
            name="messageMode"
            render={({ field }) => (
              <FormField label="Message given as">
                <SegmentedControl
                  label="Message given as"
                  selectedId={field.value}
                  onChange={({ detail }) => field.onChange(detail.selectedId)}
                  options={[
                    { id: 'fields', text: 'Fields' },
                    { id: 'raw', text: 'Raw MIME message' },
                  ]}
                />
              </FormField>
            )}
          />
        </ColumnLayout>
        {/* Both stay mounted, so switching never loses what was typed. */}
        <div hidden={mode !== 'fields'}>
          <SpaceBetween size="m">
            <ColumnLayout columns={2}>
              <TextField
                control={control}
                name="from"
                label="From address"
                placeholder="marketing+spring@ses-example.com"
              />
              <TextField control={control} name="fromDisplayName" label="Display name (optional)" />
            </ColumnLayout>
            <TextField control={control} name="to" label="To" constraint="Separate addresses with commas." />
            <ColumnLayout columns={2}>
              <TextField control={control} name="cc" label="Cc (optional)" />
              <TextField control={control} name="bcc" label="Bcc (optional)" />
            </ColumnLayout>
            <TextField control={control} name="returnPath" label="Return-Path address (optional)" />
          </SpaceBetween>
        </div>
        <div hidden={mode !== 'raw'}>
          <SpaceBetween size="m">
            <TextField
              control={control}
              name="raw"
              label="Raw MIME message"
              description="From, display name, recipients, Return-Path and X-SES-SOURCE-ARN, X-SES-FROM-ARN and X-SES-RETURN-PATH-ARN headers are read from it."
              rows={10}
              placeholder={
                'X-SES-SOURCE-ARN: arn:aws:ses:us-east-1:888888888888:identity/ses-example.com\nFrom: Marketing <marketing+spring@ses-example.com>\nTo: success@simulator.amazonses.com\nSubject: Hello\n\nBody'
              }
            />
            <ColumnLayout columns={2}>
              <TextField
                control={control}
                name="rawSource"
                label="Source (optional)"
                constraint="SendRawEmail's Source parameter; blank: the message's From address."
              />
              <TextField
                control={control}
                name="rawDestinations"
                label="Destinations (optional)"
                constraint="SendRawEmail's Destinations; blank: the message's To, Cc and Bcc. Separate with commas."
              />
            </ColumnLayout>
          </SpaceBetween>
        </div>
        <ColumnLayout columns={3}>
          <TextField
            control={control}
            name="sourceArn"
            label="Source ARN (optional)"
            constraint="Filled in with the identity chosen above; blank: the caller’s own identity."
          />
          <TextField control={control} name="fromArn" label="From ARN (optional)" />
          <TextField control={control} name="returnPathArn" label="Return-Path ARN (optional)" />
        </ColumnLayout>
      </SpaceBetween>
    </Container>
  );
}
