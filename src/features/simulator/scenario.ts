/**
 * A simulator scenario: the policies and the request, never credentials. It travels in the URL's
 * hash (`/simulator#scenario=<base64url JSON>`) so a shared link opens the same scenario on static
 * hosting (the hash never reaches the server), and the policy editor hands a draft over the same way.
 */
import { z } from 'zod';
import { PATHS } from '../../lib/paths';

export interface SimulatorPolicy {
  name: string;
  document: string;
}

export interface SimulatorMessage {
  from?: string;
  fromDisplayName?: string;
  to?: string[];
  cc?: string[];
  bcc?: string[];
  returnPath?: string;
  sourceArn?: string;
  fromArn?: string;
  returnPathArn?: string;
  /** A raw MIME message: From, recipients, Return-Path and X-SES-*-ARN headers are read from it. */
  raw?: string;
}

export interface SimulatorContext {
  sourceIp?: string;
  /** ISO 8601; left out: the time of the simulation, as the emulator uses the time of the request. */
  time?: string;
  secureTransport?: boolean;
  userAgent?: string;
  /** Links from before the send method: the version is now the method's. Ignored. */
  apiVersion?: string;
}

export interface SimulatorScenario {
  identityArn?: string;
  /** The identity's policies; left out: the ones saved on the identity. */
  policies?: SimulatorPolicy[];
  /** Account ID, IAM user, role or assumed-role session ARN, or service principal. */
  caller?: string;
  /** The caller's IAM policies; left out: not modelled (the caller's account is taken to allow). */
  callerPolicies?: SimulatorPolicy[];
  /** `ses:SendEmail`, `ses:SendRawEmail`, `ses:SendTemplatedEmail` or `ses:SendBulkTemplatedEmail`. */
  action?: string;
  /** How it is sent (send-methods.ts); left out: a v1 send of `action`. */
  sendMethod?: string;
  message?: SimulatorMessage;
  context?: SimulatorContext;
}

const HASH_KEY = 'scenario';

const text = z.string().max(200_000);
const policy = z.object({ name: text, document: text });
const addresses = z.array(text).max(1000);
const scenarioSchema = z.object({
  identityArn: text.optional(),
  policies: z.array(policy).max(100).optional(),
  caller: text.optional(),
  callerPolicies: z.array(policy).max(100).optional(),
  action: text.optional(),
  sendMethod: text.optional(),
  message: z
    .object({
      from: text.optional(),
      fromDisplayName: text.optional(),
      to: addresses.optional(),
      cc: addresses.optional(),
      bcc: addresses.optional(),
      returnPath: text.optional(),
      sourceArn: text.optional(),
      fromArn: text.optional(),
      returnPathArn: text.optional(),
      raw: text.optional(),
    })
    .optional(),
  context: z
    .object({
      sourceIp: text.optional(),
      time: text.optional(),
      secureTransport: z.boolean().optional(),
      userAgent: text.optional(),
      apiVersion: text.optional(),
    })
    .optional(),
});

function toBase64Url(value: string): string {
  const bytes = new TextEncoder().encode(value);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(value)) throw new Error('not base64url');
  const padded = value.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (value.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function encodeScenario(scenario: SimulatorScenario): string {
  return toBase64Url(JSON.stringify(scenario));
}

export type DecodedScenario = { ok: true; scenario: SimulatorScenario } | { ok: false; error: string };

const CUT = 'it may have been cut short or changed when it was copied. Ask for the link again.';

export function decodeScenario(encoded: string): DecodedScenario {
  if (!encoded) return { ok: false, error: `The link’s scenario is empty: ${CUT}` };
  let json: string;
  try {
    json = fromBase64Url(encoded);
  } catch {
    return { ok: false, error: `The link’s scenario is not valid base64url text: ${CUT}` };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, error: `The link’s scenario is not valid JSON: ${CUT}` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, error: 'The link’s scenario is not an object with policies and a request.' };
  const parsed = scenarioSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the scenario';
    return {
      ok: false,
      error: `The link’s scenario cannot be opened: ${where} is not what the simulator expects (${issue?.message ?? 'unreadable'}).`,
    };
  }
  return { ok: true, scenario: parsed.data };
}

/** The router path (relative to the basename) that opens the simulator with a scenario. */
export function simulatorPath(scenario: SimulatorScenario): string {
  return `${PATHS.simulator}#${HASH_KEY}=${encodeScenario(scenario)}`;
}

/** The scenario in a location hash, if there is one. */
export function scenarioFromHash(hash: string): DecodedScenario | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const encoded = params.get(HASH_KEY);
  return encoded === null ? undefined : decodeScenario(encoded);
}
