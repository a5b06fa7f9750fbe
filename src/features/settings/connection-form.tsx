/**
 * Settings' choice of where the console sends SES requests: the built-in emulator, an SES
 * endpoint, or AWS (through the local proxy, or directly from the page). Every field is checked
 * on Connect, each problem is said at its field, and nothing typed is cleared by a mistake.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input, { type InputProps } from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useRef, useState, type RefObject } from 'react';
import type {
  ConnectionKind,
  ConnectionSettings,
  FieldErrors,
} from '../../lib/connections/connection-settings';
import {
  FIELD_ORDER,
  fieldsFrom,
  heldCredentials,
  keepsHeldSecret,
  settingsFromFields,
  type ConnectionFields,
} from './connection-fields';

const KINDS: { value: ConnectionKind; label: string; description: string }[] = [
  {
    value: 'emulator',
    label: 'Built-in emulator',
    description:
      'SES emulated in this page, with the demo’s identities, policies and principals. Nothing is sent anywhere.',
  },
  {
    value: 'endpoint',
    label: 'An SES endpoint',
    description:
      'The local endpoint server (npm run endpoint), LocalStack or any SES-compatible server, signed with the access key you enter.',
  },
  {
    value: 'aws-proxy',
    label: 'AWS, through the local endpoint server',
    description:
      'Run npm run endpoint -- --aws --profile NAME on this machine: it signs every request with your AWS credentials, and no secret reaches the browser.',
  },
  {
    value: 'aws-direct',
    label: 'AWS, directly from this page',
    description:
      'Signed in the page with keys for this tab. SES’s API v1 and STS do not answer a browser’s CORS preflight, so this works only where AWS allows it: prefer the proxy.',
  },
];

type Field = (typeof FIELD_ORDER)[number];

export function ConnectionForm({
  current,
  apply,
  forget,
}: {
  current: ConnectionSettings;
  apply: (next: ConnectionSettings) => Promise<boolean>;
  forget: () => Promise<void>;
}) {
  const [fields, setFields] = useState<ConnectionFields>(() => fieldsFrom(current));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refused, setRefused] = useState(false);
  const refs: Record<Field, RefObject<InputProps.Ref | null>> = {
    url: useRef(null),
    region: useRef(null),
    accessKeyId: useRef(null),
    secretAccessKey: useRef(null),
    sessionToken: useRef(null),
  };
  const held = heldCredentials(current);
  const kind = fields.kind;
  const set = (field: Field) => (value: string) => {
    setFields((before) => ({ ...before, [field]: value }));
    if (errors[field]) setErrors((before) => ({ ...before, [field]: undefined }));
  };

  const connect = () => {
    const result = settingsFromFields(fields, held);
    if ('errors' in result) {
      setErrors(result.errors);
      const first = FIELD_ORDER.find((field) => result.errors[field]);
      if (first) refs[first].current?.focus();
      return;
    }
    setErrors({});
    void apply(result.settings).then((kept) => setRefused(!kept));
  };

  const input = (field: Field, label: string, props: Partial<InputProps> & { description?: string } = {}) => {
    const { description, ...inputProps } = props;
    return (
      <FormField label={label} description={description} errorText={errors[field]}>
        <Input
          ref={refs[field]}
          value={fields[field]}
          onChange={({ detail }) => set(field)(detail.value)}
          autoComplete={false}
          spellcheck={false}
          {...inputProps}
        />
      </FormField>
    );
  };

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="For this tab only. Connecting reloads the page into the new connection."
        >
          Connection
        </Header>
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          connect();
        }}
        noValidate
      >
        <Form
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              {held && (
                <Button formAction="none" onClick={() => void forget()}>
                  Forget credentials
                </Button>
              )}
              <Button variant="primary" formAction="submit">
                Connect
              </Button>
            </SpaceBetween>
          }
        >
          <SpaceBetween size="l">
            {refused && (
              <Alert type="error" header="The connection could not be kept">
                This browser does not let the console keep settings for this tab (its storage is off or full),
                so it cannot switch connection. Allow site storage and try again.
              </Alert>
            )}
            <FormField label="Connect to">
              <RadioGroup
                ariaLabel="Connect to"
                value={kind}
                onChange={({ detail }) => {
                  const next = KINDS.find((k) => k.value === detail.value)?.value;
                  if (next) setFields((before) => ({ ...before, kind: next }));
                }}
                items={KINDS}
              />
            </FormField>
            {(kind === 'endpoint' || kind === 'aws-proxy') &&
              input('url', kind === 'aws-proxy' ? 'Local endpoint server URL' : 'Endpoint URL', {
                inputMode: 'url',
                placeholder: 'http://127.0.0.1:4579/',
                description:
                  kind === 'aws-proxy'
                    ? 'Where npm run endpoint -- --aws listens. It must allow this page’s origin (--cors-origin).'
                    : 'https://, or http:// on this machine (localhost, 127.0.0.1).',
              })}
            {kind !== 'emulator' &&
              input('region', 'Region', {
                placeholder: 'us-east-1',
                description:
                  kind === 'aws-proxy'
                    ? 'The Region the proxy was started for (--region): identity ARNs are built with it.'
                    : 'The Region requests are signed for, and identity ARNs are built with.',
              })}
            {(kind === 'endpoint' || kind === 'aws-direct') && (
              <SpaceBetween size="l">
                <Box variant="p" color="text-body-secondary">
                  Credentials stay in this tab’s session storage only: never in local storage, a URL, a share
                  link, an export or a log. Closing the tab, or Forget credentials, removes them.
                </Box>
                {input('accessKeyId', 'Access key ID', { placeholder: 'AKIAIOSFODNN7EXAMPLE' })}
                {input('secretAccessKey', 'Secret access key', {
                  type: 'password',
                  description: keepsHeldSecret(fields, held)
                    ? `Leave empty to keep the secret this tab holds for ${held?.accessKeyId ?? ''}.`
                    : undefined,
                })}
                {input('sessionToken', 'Session token (optional)', {
                  type: 'password',
                  description: 'For temporary credentials (an ASIA… access key).',
                })}
              </SpaceBetween>
            )}
          </SpaceBetween>
        </Form>
      </form>
    </Container>
  );
}
