/** SendRawEmail as the acting principal: a raw MIME message, with the ARNs as parameters or headers. */
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { parseRawMessage } from '../../policy-engine';
import type { SesConnection } from '../../lib/ses/client';
import { sendRawEmailMutation } from '../../lib/ses/sending';
import { addressList, sendRawSchema, type SendRawValues } from './send-schema';
import { SendResult } from './send-result';
import { TextField } from './text-field';

export function SendRawForm({
  connection,
  defaults,
}: {
  connection: SesConnection;
  defaults: Partial<SendRawValues>;
}) {
  const send = useMutation(sendRawEmailMutation(connection));
  const [parseError, setParseError] = useState<string>();
  const { control, handleSubmit } = useForm<SendRawValues>({
    resolver: zodResolver(sendRawSchema),
    mode: 'onTouched',
    defaultValues: {
      raw: '',
      source: '',
      destinations: '',
      sourceArn: '',
      fromArn: '',
      returnPathArn: '',
      ...defaults,
    },
  });
  const submit = handleSubmit(async (v) => {
    // The console reads the message first, so an unparsable one is explained before SES sees it.
    const parsed = await parseRawMessage(v.raw);
    setParseError(parsed.ok ? undefined : parsed.error);
    if (!parsed.ok) return;
    send.mutate({
      raw: v.raw,
      source: v.source.trim() || undefined,
      destinations: addressList(v.destinations),
      sourceArn: v.sourceArn.trim() || undefined,
      fromArn: v.fromArn.trim() || undefined,
      returnPathArn: v.returnPathArn.trim() || undefined,
    });
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Form
        actions={
          <Button variant="primary" formAction="submit" loading={send.isPending}>
            Send raw email
          </Button>
        }
      >
        <SpaceBetween size="l">
          <Container header={<Header variant="h2">Raw message</Header>}>
            <SpaceBetween size="m">
              <TextField
                control={control}
                name="raw"
                label="MIME message"
                description="Headers, a blank line, then the body. X-SES-SOURCE-ARN, X-SES-FROM-ARN and X-SES-RETURN-PATH-ARN headers are honoured and removed before delivery."
                rows={12}
              />
              {parseError && (
                <Alert type="error" header="The message cannot be read">
                  {parseError}
                </Alert>
              )}
              <ColumnLayout columns={2}>
                <TextField
                  control={control}
                  name="source"
                  label="Source (optional)"
                  constraint="Defaults to the message's From."
                />
                <TextField
                  control={control}
                  name="destinations"
                  label="Destinations (optional)"
                  constraint="Defaults to To, Cc and Bcc. Separate with commas."
                />
              </ColumnLayout>
            </SpaceBetween>
          </Container>
          <Container
            header={
              <Header
                variant="h2"
                description="Parameters take precedence over the X-SES headers in the message."
              >
                Sending authorization (optional)
              </Header>
            }
          >
            <ColumnLayout columns={3}>
              <TextField control={control} name="fromArn" label="From ARN" />
              <TextField control={control} name="sourceArn" label="Source ARN" />
              <TextField control={control} name="returnPathArn" label="Return-Path ARN" />
            </ColumnLayout>
          </Container>
          <SendResult messageId={send.data} error={send.error ?? undefined} />
        </SpaceBetween>
      </Form>
    </form>
  );
}
