/**
 * SendRawEmail as the acting principal: a raw MIME message, with the ARNs as parameters (FromArn,
 * SourceArn, ReturnPathArn) or as X-SES-*-ARN headers in the message; the parameters win. The
 * message is read first, so an unreadable one or a malformed header ARN is explained next to it.
 * What is typed is kept as this tab's draft until it is sent or cleared (see send-email-form).
 */
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDraftAlert } from '../../lib/form-drafts/form-draft-alert';
import { useFormDraft } from '../../lib/form-drafts/use-form-draft';
import { useForm } from 'react-hook-form';
import { apiVersionOf, type SesConnection } from '../../lib/ses/client';
import { sendRawEmailMutation } from '../../lib/ses/sending';
import type { ParsedMessage } from '../../policy-engine';
import { GrantPicker, type GrantChoice } from './grant-picker';
import { checkRawMessage } from './raw-message-check';
import { RawMessageSummary } from './raw-message-summary';
import { SEND_RAW_DRAFT, sendRawDraftSchema } from './send-draft-schema';
import { addressList, sendRawSchema, type SendRawValues } from './send-schema';
import { SendResult } from './send-result';
import { TextField } from '../../lib/ui/text-field';

export function SendRawForm({
  connection,
  callerArn,
  callerLabel,
  defaults,
  grants = [],
}: {
  connection: SesConnection;
  /** The acting principal's ARN, recorded with each attempt in this tab's log. */
  callerArn: string;
  callerLabel: string;
  defaults: Partial<SendRawValues>;
  /** The acting principal's grants, to fill the ARN parameters in from. */
  grants?: GrantChoice[];
}) {
  const send = useMutation(sendRawEmailMutation(connection, callerArn));
  const v2 = apiVersionOf(connection) === 'v2';
  const [sent, setSent] = useState<{ as: string; message: ParsedMessage; namedIdentityArn: boolean }>();
  const [initial] = useState<SendRawValues>(() => ({
    raw: '',
    source: '',
    destinations: '',
    sourceArn: '',
    fromArn: '',
    returnPathArn: '',
    configurationSet: '',
    ...defaults,
  }));
  const form = useForm<SendRawValues>({
    resolver: zodResolver(sendRawSchema),
    mode: 'onTouched',
    defaultValues: initial,
  });
  const { control, handleSubmit, setError, setValue, reset } = form;
  const draft = useFormDraft({
    form,
    name: SEND_RAW_DRAFT,
    schema: sendRawDraftSchema,
    initial,
    restore: 'offer',
  });
  const submit = handleSubmit(async (v) => {
    const destinations = addressList(v.destinations);
    const checked = await checkRawMessage(v.raw, destinations.length > 0);
    if (!checked.ok) {
      setError('raw', { type: 'message', message: checked.error }, { shouldFocus: true });
      return;
    }
    const h = checked.message.sesHeaders;
    const namedIdentityArn = Boolean(
      v.sourceArn.trim() || (!v2 && v.fromArn.trim()) || h.sourceArn || h.fromArn,
    );
    setSent({ as: callerLabel, message: checked.message, namedIdentityArn });
    send.mutate(
      {
        raw: v.raw,
        source: v.source.trim() || undefined,
        destinations,
        sourceArn: v.sourceArn.trim() || undefined,
        // v2 has one sender ARN (FromEmailAddressIdentityArn), given as the Source ARN.
        fromArn: v2 ? undefined : v.fromArn.trim() || undefined,
        returnPathArn: v.returnPathArn.trim() || undefined,
        configurationSetName: v.configurationSet,
      },
      // Sent: nothing is left to protect. A refusal keeps the draft, to be fixed and sent again.
      { onSuccess: draft.clear },
    );
  });
  const clearForm = () => {
    reset(initial);
    draft.clear();
  };
  return (
    <SpaceBetween size="l">
      <FormDraftAlert draft={draft} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Form
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button formAction="none" onClick={clearForm}>
                Clear form
              </Button>
              <Button variant="primary" formAction="submit" loading={send.isPending}>
                Send raw email
              </Button>
            </SpaceBetween>
          }
        >
          <SpaceBetween size="l">
            <Container header={<Header variant="h2">Raw message</Header>}>
              <SpaceBetween size="m">
                <TextField
                  control={control}
                  name="raw"
                  label="MIME message"
                  description="Header lines, a blank line, then the body. SES honours the X-SES-SOURCE-ARN, X-SES-FROM-ARN and X-SES-RETURN-PATH-ARN headers and removes them before delivery."
                  rows={12}
                />
                <ColumnLayout columns={2}>
                  <TextField
                    control={control}
                    name="source"
                    label={v2 ? 'FromEmailAddress (optional)' : 'Source (optional)'}
                    constraint="The envelope sender; defaults to the message's From."
                  />
                  <TextField
                    control={control}
                    name="destinations"
                    label={v2 ? 'Destination (optional)' : 'Destinations (optional)'}
                    constraint="Defaults to To, Cc and Bcc. Separate addresses with commas."
                  />
                </ColumnLayout>
              </SpaceBetween>
            </Container>
            <Container
              header={
                <Header
                  variant="h2"
                  description={
                    v2
                      ? 'Identity ARNs for addresses at identities another account owns. FromEmailAddressIdentityArn takes precedence over the X-SES-SOURCE-ARN and X-SES-FROM-ARN headers in the message, FeedbackForwardingEmailAddressIdentityArn over X-SES-RETURN-PATH-ARN.'
                      : 'Identity ARNs for addresses at identities another account owns. These parameters take precedence over the X-SES headers in the message.'
                  }
                >
                  Sending authorization (optional)
                </Header>
              }
            >
              <SpaceBetween size="m">
                <GrantPicker
                  grants={grants}
                  onChoose={(grant) => {
                    setValue('fromArn', grant.identityArn, { shouldValidate: true });
                    setValue('sourceArn', grant.identityArn, { shouldValidate: true });
                  }}
                />
                {v2 ? (
                  <ColumnLayout columns={2}>
                    <TextField control={control} name="sourceArn" label="FromEmailAddressIdentityArn" />
                    <TextField
                      control={control}
                      name="returnPathArn"
                      label="FeedbackForwardingEmailAddressIdentityArn"
                    />
                  </ColumnLayout>
                ) : (
                  <ColumnLayout columns={3}>
                    <TextField control={control} name="fromArn" label="From ARN" />
                    <TextField control={control} name="sourceArn" label="Source ARN" />
                    <TextField control={control} name="returnPathArn" label="Return-Path ARN" />
                  </ColumnLayout>
                )}
              </SpaceBetween>
            </Container>
            <Container header={<Header variant="h2">Events</Header>}>
              <TextField
                control={control}
                name="configurationSet"
                label="Configuration set (optional)"
                constraint="ConfigurationSetName: one of your own account’s configuration sets. Its event destinations receive this message’s events; the identity owner’s default set applies when you name none."
              />
            </Container>
            <SendResult
              messageId={send.data}
              error={send.error ?? undefined}
              sentAs={sent?.as}
              namedIdentityArn={sent?.namedIdentityArn}
              arnField={v2 ? 'FromEmailAddressIdentityArn' : 'Source ARN (or the X-SES-SOURCE-ARN header)'}
              grantCount={grants.length}
              onEmulator={connection.emulator === true}
            />
            {sent && !send.isPending && (
              <Container header={<Header variant="h2">What SES read from the message</Header>}>
                <RawMessageSummary message={sent.message} />
              </Container>
            )}
          </SpaceBetween>
        </Form>
      </form>
    </SpaceBetween>
  );
}
