/**
 * The emulator-only API's records (`<base>/__emulator/...`, answered by mocks/emulator-api.ts in
 * the page and by `npm run endpoint`), as the emulator sends them and the console reads them.
 * Types only, so the console imports it with `import type` and no emulator code reaches its
 * bundle; the emulator's store keeps its activity records in these shapes, so the emulator, the
 * endpoint and the console's client (src/lib/emulator/) cannot drift apart.
 */

/** What a refused request answers, with a sentence the console shows unchanged. */
export interface EmulatorProblem {
  error: string;
}

export interface EmulatorPolicy {
  name: string;
  document: string;
}

/** `GET directory`: a principal requests can be signed as, with its (demo-only) keys. */
export interface EmulatorPrincipal {
  id: string;
  label: string;
  arn: string;
  account: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** The IAM policies attached to an IAM user; roots have none. */
  iamPolicies: EmulatorPolicy[];
  /** The SNS topics of the principal's account, offered when it chooses notification topics. */
  snsTopics: string[];
}

/** `POST verify` takes this and completes the identity's verification. */
export interface EmulatorVerifyRequest {
  identityArn: string;
}

export interface EmulatorVerifyAnswer {
  identityArn: string;
  verificationStatus: 'Success';
}

/** `GET grants`: every identity of every account, with its policies (real SES shows no such list). */
export interface EmulatorIdentity {
  identityArn: string;
  account: string;
  region: string;
  name: string;
  verified: boolean;
  policies: EmulatorPolicy[];
}

export type EmulatorNotificationType = 'Bounce' | 'Complaint' | 'Delivery';

/** `GET activity`: one send attempt, with its decision and trace. */
export interface EmulatorSendAttempt {
  id?: number;
  time: string;
  action: string;
  caller: string;
  callerAccount: string;
  identityArns: string[];
  decision: 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';
  errorCode?: string;
  message: string;
  messageId?: string;
  /** The per-identity authorization with its evaluation trace, as plain JSON. */
  trace: unknown;
  /** SES API version of the request: '2' for SES API v2 (REST) sends; left out for the Query API and SMTP. */
  apiVersion?: '2';
  /** A v2 send's configuration set, when one applied. */
  configurationSetName?: string;
}

/** `GET deliveries`: one notification an SNS topic received. */
export interface EmulatorTopicDelivery {
  id?: number;
  time: string;
  topicArn: string;
  /** Whose preference published it: the identity owner's or the sending delegate's. */
  audience: 'owner' | 'delegate';
  /** The topic's account. */
  account: string;
  notificationType: EmulatorNotificationType;
  messageId: string;
  notification: unknown;
}

/** An SES API v2 event type, as an event destination's MatchingEventTypes names it. */
export type EmulatorEventType = 'SEND' | 'REJECT' | 'BOUNCE' | 'COMPLAINT' | 'DELIVERY';

/**
 * `GET events`: one event a configuration set's SNS event destination published (SES API v2's
 * way to get sending events). `event` is SES's event JSON (`eventType`, `mail`, and the type's
 * own object).
 */
export interface EmulatorEventPublication {
  id?: number;
  time: string;
  /** The configuration set's ARN: arn:aws:ses:<region>:<account>:configuration-set/<name>. */
  configurationSetArn: string;
  /** The configuration set's account: the identity owner's (its default set) or the sender's. */
  account: string;
  eventDestination: string;
  topicArn: string;
  eventType: EmulatorEventType;
  messageId: string;
  event: unknown;
}

/** `GET forwarded`: a bounce or complaint forwarded by email. */
export interface EmulatorForwardedFeedback {
  id?: number;
  time: string;
  to: string;
  notificationType: 'Bounce' | 'Complaint';
  messageId: string;
}

/**
 * `GET state` answers, and `PUT state` takes, the whole state as JSON. Its records are the
 * store's (mocks/ses/store-port.ts `ExportedState`); the emulator checks every one on import, so
 * the console needs only what tells an export from another file.
 */
export interface EmulatorStateExport {
  schemaVersion: number;
  identities: readonly unknown[];
}

export interface EmulatorResetAnswer {
  reset: true;
}

export interface EmulatorImportAnswer {
  imported: true;
}

/** `POST statecheck`: an export checked as `PUT state` would, changing nothing; what it holds. */
export interface EmulatorStateCheckAnswer {
  valid: true;
  identities: number;
  policies: number;
  activity: number;
}
