/**
 * SendEmail as the acting principal: From (with display name), To/Cc/Bcc, Return-Path, the Source
 * and Return-Path ARNs, subject and body. Bad input is explained next to its field; nothing typed
 * is lost when SES refuses, and what is typed is kept as this tab's draft (offered back after a
 * reload or a visit to another page) until it is sent or cleared.
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
import { sendEmailMutation } from '../../lib/ses/sending';
import { GrantPicker, type GrantChoice } from './grant-picker';
import { MailboxSimulatorButtons } from './mailbox-simulator-buttons';
import { SEND_EMAIL_DRAFT, sendEmailDraftSchema } from './send-draft-schema';
import { addressList, sendEmailSchema, sourceWithName, type SendEmailValues } from './send-schema';
import { SendResult } from './send-result';
import { TextField } from '../../lib/ui/text-field';

export function SendEmailForm({
  connection,
  callerArn,
  callerLabel,
  defaults,
  grants = [],
}: {
  connection: SesConnection;
  /** The acting principal's ARN, recorded with each attempt in this tab's log. */
  callerArn: string;
  /** The acting principal, named in SES's answer. */
  callerLabel: string;
  defaults: Partial<SendEmailValues>;
  /** The acting principal's grants, to fill the form in from. */
  grants?: GrantChoice[];
}) {
  const send = useMutation(sendEmailMutation(connection, callerArn));
  const v2 = apiVersionOf(connection) === 'v2';
  const [sentAs, setSentAs] = useState<string>();
  const [namedIdentityArn, setNamedIdentityArn] = useState(true);
  const [initial] = useState<SendEmailValues>(() => ({
    from: '',
    displayName: '',
    to: '',
    cc: '',
    bcc: '',
    returnPath: '',
    sourceArn: '',
    returnPathArn: '',
    configurationSet: '',
    subject: 'Test message',
    body: 'Sent from the SES sending authorization console.',
    ...defaults,
  }));
  const form = useForm<SendEmailValues>({
    resolver: zodResolver(sendEmailSchema),
    mode: 'onTouched',
    defaultValues: initial,
  });
  const { control, handleSubmit, setValue, getValues, reset } = form;
  // The page stays mounted when the principal changes, so a draft is only ever offered here.
  const draft = useFormDraft({
    form,
    name: SEND_EMAIL_DRAFT,
    schema: sendEmailDraftSchema,
    initial,
    restore: 'offer',
  });
  const fillFromGrant = (grant: GrantChoice) => {
    setValue('from', grant.from, { shouldValidate: true });
    setValue('sourceArn', grant.identityArn, { shouldValidate: true });
    if (!getValues('to').trim()) setValue('to', grant.to, { shouldValidate: true });
  };
  const submit = handleSubmit((v) => {
    setSentAs(callerLabel);
    setNamedIdentityArn(Boolean(v.sourceArn.trim()));
    send.mutate(
      {
        from: sourceWithName(v.from, v.displayName),
        to: addressList(v.to),
        cc: addressList(v.cc),
        bcc: addressList(v.bcc),
        returnPath: v.returnPath,
        fromIdentityArn: v.sourceArn,
        returnPathIdentityArn: v.returnPathArn,
        configurationSetName: v.configurationSet,
        subject: v.subject,
        text: v.body,
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
                Send email
              </Button>
            </SpaceBetween>
          }
        >
          <SpaceBetween size="l">
            <Container header={<Header variant="h2">Message</Header>}>
              <SpaceBetween size="m">
                <GrantPicker grants={grants} onChoose={fillFromGrant} />
                <ColumnLayout columns={2}>
                  <TextField
                    control={control}
                    name="from"
                    label="From address"
                    placeholder="marketing+spring@ses-example.com"
                  />
                  <TextField control={control} name="displayName" label="Display name (optional)" />
                </ColumnLayout>
                <TextField
                  control={control}
                  name="to"
                  label="To"
                  constraint="Separate addresses with commas."
                />
                <MailboxSimulatorButtons
                  onChoose={(address) => {
                    const current = addressList(getValues('to'));
                    setValue('to', [...current, address].join(', '), { shouldValidate: true });
                  }}
                />
                <ColumnLayout columns={2}>
                  <TextField control={control} name="cc" label="Cc (optional)" />
                  <TextField control={control} name="bcc" label="Bcc (optional)" />
                </ColumnLayout>
                <TextField control={control} name="subject" label="Subject" />
                <TextField control={control} name="body" label="Body" rows={3} />
              </SpaceBetween>
            </Container>
            <Container
              header={
                <Header
                  variant="h2"
                  description="Needed when the From or Return-Path address is at an identity another account owns."
                >
                  Sending authorization
                </Header>
              }
            >
              <SpaceBetween size="m">
                <TextField
                  control={control}
                  name="sourceArn"
                  label={v2 ? 'FromEmailAddressIdentityArn (optional)' : 'Source ARN (optional)'}
                  constraint="The ARN of the identity another account owns, e.g. arn:aws:ses:us-east-1:888888888888:identity/ses-example.com. Leave it empty to send as one of your own identities."
                />
                <ColumnLayout columns={2}>
                  <TextField
                    control={control}
                    name="returnPath"
                    label={
                      v2 ? 'FeedbackForwardingEmailAddress (optional)' : 'Return-Path address (optional)'
                    }
                  />
                  <TextField
                    control={control}
                    name="returnPathArn"
                    label={
                      v2
                        ? 'FeedbackForwardingEmailAddressIdentityArn (optional)'
                        : 'Return-Path ARN (optional)'
                    }
                  />
                </ColumnLayout>
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
              sentAs={sentAs}
              namedIdentityArn={namedIdentityArn}
              arnField={v2 ? 'FromEmailAddressIdentityArn' : 'Source ARN'}
              grantCount={grants.length}
              onEmulator={connection.emulator === true}
            />
          </SpaceBetween>
        </Form>
      </form>
    </SpaceBetween>
  );
}
