/**
 * The connection form's fields and how they become settings. Secrets are never put back into
 * the form: a secret left empty keeps the one this tab already holds for the same access key.
 */
import {
  EMULATOR_CONNECTION,
  LOCAL_ENDPOINT_URL,
  normalisedEndpointUrl,
  settingsErrors,
  type ConnectionKind,
  type ConnectionSettings,
  type FieldErrors,
} from '../../lib/connections/connection-settings';
import type { SesCredentials } from '../../lib/ses/client';

export interface ConnectionFields {
  kind: ConnectionKind;
  url: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}

export const FIELD_ORDER = ['url', 'region', 'accessKeyId', 'secretAccessKey', 'sessionToken'] as const;

export function heldCredentials(settings: ConnectionSettings): SesCredentials | undefined {
  return settings.kind === 'endpoint' || settings.kind === 'aws-direct' ? settings.credentials : undefined;
}

export function fieldsFrom(settings: ConnectionSettings): ConnectionFields {
  return {
    kind: settings.kind,
    url: settings.kind === 'endpoint' || settings.kind === 'aws-proxy' ? settings.url : LOCAL_ENDPOINT_URL,
    region: settings.kind === 'emulator' ? 'us-east-1' : settings.region,
    accessKeyId: heldCredentials(settings)?.accessKeyId ?? '',
    secretAccessKey: '',
    sessionToken: '',
  };
}

/** Whether an empty secret keeps the held one: only for the same access key. */
export function keepsHeldSecret(fields: ConnectionFields, held: SesCredentials | undefined): boolean {
  return !!held && !fields.secretAccessKey && fields.accessKeyId.trim() === held.accessKeyId;
}

function credentialsFrom(fields: ConnectionFields, held: SesCredentials | undefined): SesCredentials {
  if (keepsHeldSecret(fields, held) && held) return held;
  const accessKeyId = fields.accessKeyId.trim();
  const sessionToken = fields.sessionToken.trim();
  return sessionToken
    ? { accessKeyId, secretAccessKey: fields.secretAccessKey, sessionToken }
    : { accessKeyId, secretAccessKey: fields.secretAccessKey };
}

/** The settings the fields describe, or every problem with them by field. */
export function settingsFromFields(
  fields: ConnectionFields,
  held: SesCredentials | undefined,
): { settings: ConnectionSettings } | { errors: FieldErrors } {
  const url = fields.url.trim();
  const region = fields.region.trim();
  let settings: ConnectionSettings;
  switch (fields.kind) {
    case 'emulator':
      return { settings: EMULATOR_CONNECTION };
    case 'aws-proxy':
      settings = { kind: 'aws-proxy', url, region };
      break;
    case 'endpoint':
      settings = { kind: 'endpoint', url, region, credentials: credentialsFrom(fields, held) };
      break;
    case 'aws-direct':
      settings = { kind: 'aws-direct', region, credentials: credentialsFrom(fields, held) };
      break;
  }
  const errors = settingsErrors(settings);
  if (Object.keys(errors).length > 0) return { errors };
  if (settings.kind === 'endpoint' || settings.kind === 'aws-proxy')
    settings = { ...settings, url: normalisedEndpointUrl(settings.url) };
  return { settings };
}
