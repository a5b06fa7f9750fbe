/**
 * The simulator form's values (text as typed, so nothing is lost while it is wrong) and their
 * conversion to and from a scenario. Defaults are the emulator's own request context.
 */
import { SEND_APIS, type SendApi } from '../../../policy-engine';
import type { SimulatorPolicy, SimulatorScenario } from '../scenario';
import { DEFAULT_SEND_METHOD, methodForV1Action, sendMethod, type SendMethodId } from './send-methods';

/** What the emulator puts in every request's context (mocks/ses/handler.ts, EMULATED_SOURCE_IP). */
export const EMULATOR_SOURCE_IP = '203.0.113.10';
/** The SDK calls the emulator over https, so aws:SecureTransport is true there. */
export const EMULATOR_SECURE_TRANSPORT = true;

export type PolicySource = 'saved' | 'scenario';
export type MessageMode = 'fields' | 'raw';

export interface SimulatorFormValues {
  identityArn: string;
  policySource: PolicySource;
  policies: SimulatorPolicy[];
  caller: string;
  modelCallerPolicies: boolean;
  callerPolicies: SimulatorPolicy[];
  /** How the message is sent: the API and operation, which fix the action and ses:ApiVersion. */
  method: SendMethodId;
  messageMode: MessageMode;
  from: string;
  fromDisplayName: string;
  to: string;
  cc: string;
  bcc: string;
  returnPath: string;
  sourceArn: string;
  fromArn: string;
  returnPathArn: string;
  raw: string;
  /** SendRawEmail's optional Source and Destinations (blank: the message's From and recipients). */
  rawSource: string;
  rawDestinations: string;
  sourceIp: string;
  /** Blank: the time of the simulation, as the emulator uses the time of each request. */
  time: string;
  secureTransport: boolean;
  userAgent: string;
}

export const EMPTY_POLICY: SimulatorPolicy = { name: '', document: '' };

export function defaultFormValues(): SimulatorFormValues {
  return {
    identityArn: '',
    policySource: 'saved',
    policies: [],
    caller: '',
    modelCallerPolicies: false,
    callerPolicies: [],
    method: DEFAULT_SEND_METHOD.id,
    messageMode: 'fields',
    from: '',
    fromDisplayName: '',
    to: 'success@simulator.amazonses.com',
    cc: '',
    bcc: '',
    returnPath: '',
    sourceArn: '',
    fromArn: '',
    returnPathArn: '',
    raw: '',
    rawSource: '',
    rawDestinations: '',
    sourceIp: EMULATOR_SOURCE_IP,
    time: '',
    secureTransport: EMULATOR_SECURE_TRANSPORT,
    userAgent: '',
  };
}

/** Addresses as typed in one field: separated by commas or new lines. */
export function splitAddresses(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function apiOf(action: string | undefined): SendApi | undefined {
  const api = (action ?? '').trim().replace(/^ses:/i, '');
  return SEND_APIS.find((a) => a.toLowerCase() === api.toLowerCase());
}

const blank = (value: string) => value.trim() || undefined;
const list = (value: string) => {
  const items = splitAddresses(value);
  return items.length ? items : undefined;
};

/**
 * The scenario the form describes. `savedPolicies` are written into it when the form uses the
 * identity's saved policies, so a shared link carries them and opens the same answer anywhere.
 */
export function formToScenario(
  values: SimulatorFormValues,
  savedPolicies?: SimulatorPolicy[],
): SimulatorScenario {
  const raw = values.messageMode === 'raw';
  const policies = values.policySource === 'saved' ? savedPolicies : values.policies;
  const scenario: SimulatorScenario = {
    identityArn: blank(values.identityArn),
    policies,
    caller: blank(values.caller),
    callerPolicies: values.modelCallerPolicies ? values.callerPolicies : undefined,
    action: `ses:${(sendMethod(values.method) ?? DEFAULT_SEND_METHOD).action}`,
    sendMethod: values.method,
    message: {
      from: blank(raw ? values.rawSource : values.from),
      fromDisplayName: raw ? undefined : blank(values.fromDisplayName),
      to: list(raw ? values.rawDestinations : values.to),
      cc: raw ? undefined : list(values.cc),
      bcc: raw ? undefined : list(values.bcc),
      returnPath: raw ? undefined : blank(values.returnPath),
      sourceArn: blank(values.sourceArn),
      fromArn: blank(values.fromArn),
      returnPathArn: blank(values.returnPathArn),
      raw: raw ? values.raw : undefined,
    },
    context: {
      // Kept even when blank: a cleared source IP means the request has no aws:SourceIp.
      sourceIp: values.sourceIp.trim(),
      time: blank(values.time),
      secureTransport: values.secureTransport,
      userAgent: blank(values.userAgent),
    },
  };
  return JSON.parse(JSON.stringify(scenario)) as SimulatorScenario;
}

/** The form for a scenario (a shared link, or a draft from the policy editor). */
export function scenarioToForm(scenario: SimulatorScenario): SimulatorFormValues {
  const base = defaultFormValues();
  const m = scenario.message ?? {};
  const c = scenario.context ?? {};
  const join = (items: string[] | undefined, fallback = '') => (items ? items.join(', ') : fallback);
  return {
    ...base,
    identityArn: scenario.identityArn ?? '',
    policySource: scenario.policies ? 'scenario' : 'saved',
    policies: scenario.policies ?? [],
    caller: scenario.caller ?? '',
    modelCallerPolicies: scenario.callerPolicies !== undefined,
    callerPolicies: scenario.callerPolicies ?? [],
    // A scenario from before the method was chosen names only a v1 action.
    method: (sendMethod(scenario.sendMethod) ?? methodForV1Action(apiOf(scenario.action))).id,
    messageMode: m.raw !== undefined ? 'raw' : 'fields',
    from: m.raw !== undefined ? '' : (m.from ?? ''),
    fromDisplayName: m.fromDisplayName ?? '',
    to: m.raw !== undefined ? base.to : join(m.to, scenario.message ? '' : base.to),
    cc: join(m.cc),
    bcc: join(m.bcc),
    returnPath: m.returnPath ?? '',
    // A draft handed over without a message is simulated as a send through its identity.
    sourceArn: m.sourceArn ?? (scenario.message ? '' : (scenario.identityArn ?? '')),
    fromArn: m.fromArn ?? '',
    returnPathArn: m.returnPathArn ?? '',
    raw: m.raw ?? '',
    rawSource: m.raw !== undefined ? (m.from ?? '') : '',
    rawDestinations: m.raw !== undefined ? join(m.to) : '',
    sourceIp: c.sourceIp ?? base.sourceIp,
    time: c.time ?? '',
    secureTransport: c.secureTransport ?? base.secureTransport,
    userAgent: c.userAgent ?? '',
  };
}
