/**
 * A witness of the access analysis as a simulator scenario, so "Simulate this" opens exactly
 * the request the analysis found: its caller and action, and the request context keys the
 * simulator can set (From, display name, recipients, Return-Path, source IP, time, TLS, user
 * agent, API version). The shape is the simulator's scenario (structurally: src/lib may not
 * import a feature). Keys are matched case-insensitively, as IAM compares condition keys.
 * SES sends nothing without a From address and a recipient, so a witness that leaves either out
 * gets a stand-in, but only where no policy of the set names that key: then its value cannot
 * change the answer.
 */
import type { PolicyInput } from '../../policy-engine';
import type { ContextValue } from '../../policy-engine/types';
import type { AccessWitness } from '../../policy-engine/analysis';

export interface WitnessScenario {
  identityArn: string;
  policies: { name: string; document: string }[];
  caller: string;
  action: string;
  sendMethod?: string;
  message: {
    from?: string;
    fromDisplayName?: string;
    to?: string[];
    returnPath?: string;
    sourceArn?: string;
  };
  context: {
    sourceIp?: string;
    time?: string;
    secureTransport?: boolean;
    userAgent?: string;
  };
}

/** The simulator's v2 send method for an action, when the witness says `ses:ApiVersion` 2. */
const V2_METHODS = new Map([
  ['ses:sendemail', 'v2-SendEmail-Simple'],
  ['ses:sendtemplatedemail', 'v2-SendEmail-Template'],
  ['ses:sendrawemail', 'v2-SendEmail-Raw'],
  ['ses:sendbulktemplatedemail', 'v2-SendBulkEmail'],
]);

const text = (value: ContextValue | undefined): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

const list = (value: ContextValue | undefined): string[] | undefined =>
  Array.isArray(value) ? value : typeof value === 'string' ? [value] : undefined;

const bool = (value: ContextValue | undefined): boolean | undefined =>
  typeof value === 'boolean' ? value : value === 'true' ? true : value === 'false' ? false : undefined;

/** `aws:EpochTime` (seconds) as the ISO time the simulator takes. */
function epochTime(value: ContextValue | undefined): string | undefined {
  const seconds = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isFinite(seconds)) return undefined;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

const documentText = (policy: PolicyInput) =>
  typeof policy.document === 'string' ? policy.document : JSON.stringify(policy.document, null, 2);

/** Leaves out the fields that are undefined, so the scenario (and its link) carries only what is set. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** SES's mailbox simulator: accepts any message, and names no one. */
export const STAND_IN_RECIPIENT = 'success@simulator.amazonses.com';

/** An address the identity may send from: the address itself, or one at the domain. */
function standInFrom(identityArn: string): string | undefined {
  const name = identityArn.slice(identityArn.indexOf(':identity/') + ':identity/'.length);
  if (!identityArn.includes(':identity/') || !name) return undefined;
  return name.includes('@') ? name : `sender@${name}`;
}

export function witnessScenario(
  witness: AccessWitness,
  identityArn: string,
  policies: readonly PolicyInput[],
): WitnessScenario {
  const keys = new Map<string, ContextValue>();
  for (const [key, value] of Object.entries(witness.context)) keys.set(key.toLowerCase(), value);
  const v2 = text(keys.get('ses:apiversion')) === '2';
  const texts = policies.map((p) => documentText(p).toLowerCase());
  const named = (key: string) => texts.some((t) => t.includes(key));
  const from =
    text(keys.get('ses:fromaddress')) ?? (named('ses:fromaddress') ? undefined : standInFrom(identityArn));
  const to = list(keys.get('ses:recipients')) ?? (named('ses:recipients') ? undefined : [STAND_IN_RECIPIENT]);
  return {
    identityArn,
    policies: policies.map((p) => ({ name: p.name, document: documentText(p) })),
    caller: witness.principal,
    action: witness.action,
    ...(v2 ? defined({ sendMethod: V2_METHODS.get(witness.action.toLowerCase()) }) : {}),
    message: defined({
      from,
      fromDisplayName: text(keys.get('ses:fromdisplayname')),
      to,
      returnPath: text(keys.get('ses:feedbackaddress')),
      // The witness is a request to send as this identity.
      sourceArn: identityArn,
    }),
    context: defined({
      sourceIp: text(keys.get('aws:sourceip')),
      time: text(keys.get('aws:currenttime')) ?? epochTime(keys.get('aws:epochtime')),
      secureTransport: bool(keys.get('aws:securetransport')),
      userAgent: text(keys.get('aws:useragent')),
    }),
  };
}
