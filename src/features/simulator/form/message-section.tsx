/**
 * How the message is sent (the API and operation, which fix the action and ses:ApiVersion) and the
 * message: fields, or a raw MIME message read with the engine's parser. The ARN fields carry the
 * names the chosen API gives them; over SMTP the ARNs travel only in X-SES-*-ARN headers.
 */
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { Controller, useWatch, type Control } from 'react-hook-form';
import Box from '@cloudscape-design/components/box';
import { TextField } from '../../../lib/ui/text-field';
import type { SimulatorFormValues } from './form-values';
import { DEFAULT_SEND_METHOD, SEND_METHODS, methodSummary, sendMethod } from './send-methods';

const GROUPS = [
  { api: 'v1', label: 'SES API v1 (ses:ApiVersion "1")' },
  { api: 'v2', label: 'SES API v2 (ses:ApiVersion "2")' },
  { api: 'smtp', label: 'SMTP (ses:ApiVersion "2")' },
] as const;
const METHOD_OPTIONS = GROUPS.map((group) => ({
  label: group.label,
  options: SEND_METHODS.filter((m) => m.api === group.api).map((m) => ({
    value: m.id,
    label: m.label,
    description: `Authorized as ses:${m.action}`,
  })),
}));
const ALL_OPTIONS = METHOD_OPTIONS.flatMap((group) => group.options);

export function MessageSection({ control }: { control: Control<SimulatorFormValues> }) {
  const mode = useWatch({ control, name: 'messageMode' });
  const method = sendMethod(useWatch({ control, name: 'method' })) ?? DEFAULT_SEND_METHOD;
  const arns = method.arnParameters;
  return (
    <Container header={<Header variant="h2">How it is sent, and the message</Header>}>
      <SpaceBetween size="m">
        <ColumnLayout columns={2}>
          <Controller
            control={control}
            name="method"
            render={({ field }) => (
              <FormField label="Sent through" description={methodSummary(method)}>
                <Select
                  ariaLabel="Sent through"
                  selectedOption={ALL_OPTIONS.find((o) => o.value === field.value) ?? null}
                  onChange={({ detail }) => field.onChange(detail.selectedOption.value)}
                  options={METHOD_OPTIONS}
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
            <TextField
              control={control}
              name="returnPath"
              label={
                method.api === 'v2'
                  ? 'FeedbackForwardingEmailAddress (optional)'
                  : 'Return-Path address (optional)'
              }
            />
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
                label={`${method.api === 'v2' ? 'FromEmailAddress' : method.api === 'smtp' ? 'MAIL FROM' : 'Source'} (optional)`}
                constraint="The envelope sender; blank: the message's From address."
              />
              <TextField
                control={control}
                name="rawDestinations"
                label={`${method.api === 'v2' ? 'Destination' : method.api === 'smtp' ? 'RCPT TO' : 'Destinations'} (optional)`}
                constraint="The envelope recipients; blank: the message's To, Cc and Bcc. Separate with commas."
              />
            </ColumnLayout>
          </SpaceBetween>
        </div>
        {method.api === 'smtp' ? (
          <Box variant="p">
            Over SMTP there are no ARN parameters: give a raw message with X-SES-SOURCE-ARN, X-SES-FROM-ARN or
            X-SES-RETURN-PATH-ARN headers to send from another account’s identity.
          </Box>
        ) : (
          <ColumnLayout columns={3}>
            <TextField
              control={control}
              name="sourceArn"
              label={`${method.api === 'v2' ? arns.source : 'Source ARN'} (optional)`}
              constraint="Filled in with the identity chosen above; blank: the caller’s own identity."
            />
            {arns.from && <TextField control={control} name="fromArn" label="From ARN (optional)" />}
            <TextField
              control={control}
              name="returnPathArn"
              label={`${method.api === 'v2' ? arns.returnPath : 'Return-Path ARN'} (optional)`}
            />
          </ColumnLayout>
        )}
      </SpaceBetween>
    </Container>
  );
}
