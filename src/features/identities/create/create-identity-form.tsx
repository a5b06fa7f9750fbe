/**
 * Creating an email address or domain identity (VerifyEmailIdentity / VerifyDomainIdentity),
 * validated as typed; on success the identity's page shows what verification needs.
 */
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tiles from '@cloudscape-design/components/tiles';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { apiVersionOf, type SesConnection } from '../../../lib/ses/client';
import { identityListQuery } from '../../../lib/ses/identities';
import {
  verifyDomainIdentityMutation,
  verifyEmailIdentityMutation,
} from '../../../lib/ses/identity-mutations';
import { sesErrorDetails } from '../../../lib/ses/ses-error';
import { createIdentitySchema, type CreateIdentityValues } from './create-identity-schema';

interface CreateIdentityFormProps {
  connection: SesConnection;
  onCreated: (identity: string) => void;
  onCancel: () => void;
}

export function CreateIdentityForm({ connection, onCreated, onCancel }: CreateIdentityFormProps) {
  const queryClient = useQueryClient();
  const list = useQuery(identityListQuery(connection));
  const verifyEmail = useMutation(verifyEmailIdentityMutation(connection, queryClient));
  const verifyDomain = useMutation(verifyDomainIdentityMutation(connection, queryClient));
  const { control, handleSubmit, formState } = useForm<CreateIdentityValues>({
    resolver: zodResolver(createIdentitySchema(list.data ?? [])),
    defaultValues: { kind: 'Domain', name: '' },
    mode: 'onTouched',
  });
  const kind = useWatch({ control, name: 'kind' });
  const failure = verifyEmail.error ?? verifyDomain.error;
  const error = failure ? sesErrorDetails(failure) : undefined;
  const pending = verifyEmail.isPending || verifyDomain.isPending;

  const submit = handleSubmit(async ({ kind, name }) => {
    const value = name.trim();
    if (kind === 'Domain') await verifyDomain.mutateAsync(value);
    else await verifyEmail.mutateAsync(value);
    onCreated(value);
  });

  return (
    <form
      onSubmit={(event) => {
        // Refusals are shown from the mutation's state; nothing typed is cleared.
        submit(event).catch(() => undefined);
      }}
      noValidate
    >
      <Form
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={onCancel}>
              Cancel
            </Button>
            <Button variant="primary" formAction="submit" loading={pending || formState.isSubmitting}>
              Create identity
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          <Container header={<Header variant="h2">Identity details</Header>}>
            <SpaceBetween size="l">
              <Controller
                control={control}
                name="kind"
                render={({ field }) => (
                  <FormField label="Identity type">
                    <Tiles
                      value={field.value}
                      onChange={({ detail }) => field.onChange(detail.value)}
                      ariaLabel="Identity type"
                      items={[
                        {
                          value: 'Domain',
                          label: 'Domain',
                          description:
                            apiVersionOf(connection) === 'v2'
                              ? 'Send from any address at the domain. Verified with three DNS CNAME records (DKIM).'
                              : 'Send from any address at the domain. Verified with a DNS TXT record.',
                        },
                        {
                          value: 'EmailAddress',
                          label: 'Email address',
                          description: 'Send from this one address. Verified by a link SES emails to it.',
                        },
                      ]}
                    />
                  </FormField>
                )}
              />
              <Controller
                control={control}
                name="name"
                render={({ field, fieldState }) => (
                  <FormField
                    label={kind === 'Domain' ? 'Domain' : 'Email address'}
                    errorText={fieldState.error?.message}
                    constraintText={
                      kind === 'Domain'
                        ? 'For example example.com or mail.example.com. Subdomains of a verified domain need no identity of their own.'
                        : 'For example sender@example.com.'
                    }
                  >
                    <Input
                      value={field.value}
                      onChange={({ detail }) => field.onChange(detail.value)}
                      onBlur={field.onBlur}
                      type={kind === 'Domain' ? 'text' : 'email'}
                      inputMode={kind === 'Domain' ? 'url' : 'email'}
                      spellcheck={false}
                      autoComplete={false}
                      placeholder={kind === 'Domain' ? 'example.com' : 'sender@example.com'}
                    />
                  </FormField>
                )}
              />
            </SpaceBetween>
          </Container>
          {error && (
            <Alert type="error" header={`SES did not create the identity: ${error.code}`}>
              {error.message}
            </Alert>
          )}
        </SpaceBetween>
      </Form>
    </form>
  );
}
