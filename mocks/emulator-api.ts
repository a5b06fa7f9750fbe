/**
 * Emulator-only features, on a path that is clearly not SES's API: `<page base>/__emulator/...`
 * (same origin as the console). JSON in and out.
 *   GET  directory     the demo principals and their (public, demo-only) keys
 *   POST verify        {"identityArn": "..."}: complete an identity's verification
 *   GET  grants        every identity of every account with its ARN, status and policies: what
 *                      a delegate's Grants page reads (real SES never shows another account's policies)
 *   GET  activity      every send attempt with its decision and trace
 *   GET  deliveries    what each SNS topic received (?topic=<arn> to filter)
 *   GET  forwarded     bounces and complaints forwarded by email
 *   GET  events        what SES API v2's SNS event destinations published (?topic=<arn> to filter)
 *   POST reset         back to the seeded demo
 *   GET  state / PUT state   export / import the whole state
 *   POST statecheck          check an export as PUT state would, importing nothing
 */
import { HttpResponse } from 'msw';
import { identityArn, parseIdentityArn } from '../src/policy-engine/identity';
import type {
  EmulatorIdentity,
  EmulatorImportAnswer,
  EmulatorStateCheckAnswer,
  EmulatorPrincipal,
  EmulatorProblem,
  EmulatorResetAnswer,
  EmulatorSendAttempt,
  EmulatorStateExport,
  EmulatorTopicDelivery,
  EmulatorForwardedFeedback,
  EmulatorEventPublication,
  EmulatorVerifyAnswer,
} from './emulator-api-contract';
import { emulatorPrincipals, emulatorStore } from './ses/instance';
import { identityKey } from './ses/model';
import type { CheckedState } from './ses/state-schema';

// Every answer is typed by the contract (emulator-api-contract.ts) the console's client reads.
const problem = (status: number, message: string) =>
  HttpResponse.json<EmulatorProblem>({ error: message }, { status });

async function readJson(request: Request): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = await request.json();
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Sizes in MB of 1,048,576 bytes: the limit whole (20 MB), a file's size to one decimal. */
function importTooBigMessage(size: number, limit: number): string {
  const mb = (bytes: number) => bytes / 1024 / 1024;
  return `The state is ${mb(size).toFixed(1)} MB; the emulator imports at most ${mb(limit)} MB.`;
}

type Route = (request: Request) => Promise<Response> | Response;

const ROUTES: Record<string, Route> = {
  'GET directory': () =>
    HttpResponse.json<EmulatorPrincipal[]>(
      emulatorPrincipals().map(
        ({ id, label, arn, account, accessKeyId, secretAccessKey, iamPolicies, snsTopics }) => ({
          id,
          label,
          arn,
          account,
          accessKeyId,
          secretAccessKey,
          // The contract's documents are JSON text, as SES's and IAM's APIs carry them.
          iamPolicies: (iamPolicies ?? []).map(({ name, document }) => ({
            name,
            document: typeof document === 'string' ? document : JSON.stringify(document),
          })),
          snsTopics,
        }),
      ),
    ),
  'POST verify': async (request) => {
    const body = await readJson(request);
    const arn = typeof body?.identityArn === 'string' ? body.identityArn : undefined;
    if (!arn) return problem(400, 'Send {"identityArn": "arn:aws:ses:REGION:ACCOUNT:identity/NAME"}.');
    const parsed = parseIdentityArn(arn);
    if (!parsed.ok) return problem(400, parsed.error);
    const { account, region, name } = parsed.identity;
    const store = await emulatorStore();
    const found = await store.transaction(async (tx) => {
      const identity = await tx.identity(identityKey(account, region, name));
      if (!identity) return false;
      identity.verificationStatus = 'Success';
      await tx.putIdentity(identity);
      return true;
    });
    return found
      ? HttpResponse.json<EmulatorVerifyAnswer>({ identityArn: arn, verificationStatus: 'Success' })
      : problem(404, `No identity ${arn} in the emulator.`);
  },
  'GET grants': async () => {
    const store = await emulatorStore();
    const identities = await store.transaction((tx) => tx.allIdentities());
    return HttpResponse.json<EmulatorIdentity[]>(
      identities
        .map((i) => ({
          identityArn: identityArn(i.region, i.account, i.name),
          account: i.account,
          region: i.region,
          name: i.name,
          verified: i.verificationStatus === 'Success',
          policies: i.policies.map(({ name, document }) => ({ name, document })),
        }))
        .sort((a, b) => a.identityArn.localeCompare(b.identityArn)),
    );
  },
  'GET activity': async () => {
    const store = await emulatorStore();
    return HttpResponse.json<EmulatorSendAttempt[]>(await store.transaction((tx) => tx.allActivity()));
  },
  'GET deliveries': async (request) => {
    const topic = new URL(request.url).searchParams.get('topic');
    const store = await emulatorStore();
    const all = await store.transaction((tx) => tx.allDeliveries());
    return HttpResponse.json<EmulatorTopicDelivery[]>(topic ? all.filter((d) => d.topicArn === topic) : all);
  },
  'GET events': async (request) => {
    const topic = new URL(request.url).searchParams.get('topic');
    const store = await emulatorStore();
    const all = await store.transaction((tx) => tx.allEvents());
    return HttpResponse.json<EmulatorEventPublication[]>(
      topic ? all.filter((e) => e.topicArn === topic) : all,
    );
  },
  'GET forwarded': async () => {
    const store = await emulatorStore();
    return HttpResponse.json<EmulatorForwardedFeedback[]>(await store.transaction((tx) => tx.allForwarded()));
  },
  'POST reset': async () => {
    await (await emulatorStore()).reset();
    return HttpResponse.json<EmulatorResetAnswer>({ reset: true });
  },
  'GET state': async () =>
    HttpResponse.json<EmulatorStateExport>(await (await emulatorStore()).exportState()),
  'PUT state': async (request) => {
    const checked = await checkedImport(request);
    if (checked instanceof Response) return checked;
    await (await emulatorStore()).importCheckedState(checked);
    return HttpResponse.json<EmulatorImportAnswer>({ imported: true });
  },
  // The same checks as PUT state, and nothing else: the console asks "replace?" only for a file
  // that would import.
  'POST statecheck': async (request) => {
    const checked = await checkedImport(request);
    if (checked instanceof Response) return checked;
    return HttpResponse.json<EmulatorStateCheckAnswer>({
      valid: true,
      identities: checked.identities.length,
      policies: checked.identities.reduce((sum, identity) => sum + identity.policies.length, 0),
      activity: checked.activity.length,
    });
  },
};

/** A request body checked as an export, before any transaction: a bad file changes nothing. */
async function checkedImport(request: Request): Promise<CheckedState | Response> {
  // Loaded here, not at the top: `GET directory` is used at startup, the check is not.
  const { checkExportedState, MAX_IMPORT_BYTES } = await import('./ses/state-schema');
  const text = await request.text();
  // Length in UTF-16 units never exceeds the UTF-8 byte count, so this refuses only real oversize.
  if (text.length > MAX_IMPORT_BYTES) return problem(413, importTooBigMessage(text.length, MAX_IMPORT_BYTES));
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return problem(400, 'Send a state exported from GET __emulator/state.');
  }
  const checked = checkExportedState(body);
  return checked.ok ? checked.state : problem(400, checked.error);
}

/** Answers `<base>/__emulator/<name>` requests. */
export async function handleEmulatorApi(request: Request): Promise<Response> {
  const name = /\/__emulator\/([a-z]+)$/.exec(new URL(request.url).pathname)?.[1] ?? '';
  const route = ROUTES[`${request.method} ${name}`];
  if (!route) return problem(404, `No emulator endpoint ${request.method} __emulator/${name}.`);
  return route(request);
}
