/**
 * A simulator scenario: the policies and the request, never credentials. It travels in the URL's
 * hash (`/simulator#scenario=<base64url JSON>`) so a shared link opens the same scenario on static
 * hosting (the hash never reaches the server), and the policy editor hands a draft over the same way.
 */
export interface SimulatorPolicy {
  name: string;
  document: string;
}

export interface SimulatorScenario {
  identityArn?: string;
  policies?: SimulatorPolicy[];
  /** Account ID, IAM user, role or session ARN, or service principal. */
  caller?: string;
  callerPolicies?: SimulatorPolicy[];
  action?: string;
  message?: {
    from?: string;
    fromDisplayName?: string;
    to?: string[];
    cc?: string[];
    bcc?: string[];
    returnPath?: string;
    sourceArn?: string;
    fromArn?: string;
    returnPathArn?: string;
    raw?: string;
  };
  context?: {
    sourceIp?: string;
    time?: string;
    secureTransport?: boolean;
    userAgent?: string;
    apiVersion?: string;
  };
}

const HASH_KEY = 'scenario';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function encodeScenario(scenario: SimulatorScenario): string {
  return toBase64Url(JSON.stringify(scenario));
}

export type DecodedScenario = { ok: true; scenario: SimulatorScenario } | { ok: false; error: string };

export function decodeScenario(encoded: string): DecodedScenario {
  let json: string;
  try {
    json = fromBase64Url(encoded);
  } catch {
    return {
      ok: false,
      error: 'The link’s scenario is not valid base64url text; it may have been cut short when copied.',
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return {
      ok: false,
      error: 'The link’s scenario is not valid JSON; it may have been cut short when copied.',
    };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, error: 'The link’s scenario is not an object with policies and a request.' };
  return { ok: true, scenario: value as SimulatorScenario };
}

/** The router path (relative to the basename) that opens the simulator with a scenario. */
export function simulatorPath(scenario: SimulatorScenario): string {
  return `/simulator#${HASH_KEY}=${encodeScenario(scenario)}`;
}

/** The scenario in a location hash, if there is one. */
export function scenarioFromHash(hash: string): DecodedScenario | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const encoded = params.get(HASH_KEY);
  return encoded === null ? undefined : decodeScenario(encoded);
}
