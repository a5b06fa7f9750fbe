/**
 * Who the connection's credentials are, from STS GetCallerIdentity: what the header shows and
 * what every page acts as on a real connection. `@aws-sdk/client-sts` loads only here, and only
 * for a connection that is not the built-in emulator.
 */
import type { SesCredentials } from '../ses/client';
import { isNoAnswer, noAnswerSentence } from '../ses/unreachable-endpoint';

export interface CallerIdentity {
  arn: string;
  account: string;
}

const ARN = /^arn:aws[a-z-]*:(iam|sts)::(\d{12}):[\x21-\x7e]{1,512}$/;

export async function readCallerIdentity(
  endpoint: string,
  region: string,
  credentials: SesCredentials,
): Promise<CallerIdentity> {
  const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
  const client = new STSClient({ region, endpoint, credentials: { ...credentials }, maxAttempts: 1 });
  try {
    const answer = await client.send(new GetCallerIdentityCommand({}));
    const arn = answer.Arn ?? '';
    const account = ARN.exec(arn)?.[2];
    if (account === undefined || answer.Account !== account)
      throw new Error(
        `STS answered GetCallerIdentity with "${arn.slice(0, 80)}", which is not a principal's ARN.`,
      );
    return { arn, account };
  } finally {
    client.destroy();
  }
}

/**
 * How the header names a caller: "IAM user marketer (999999999999)", "Account root
 * (888888888888)", "Role Admin, session alice (123456789012)".
 */
export function callerLabel({ arn, account }: CallerIdentity): string {
  const resource = arn.slice(arn.indexOf(`:${account}:`) + account.length + 2);
  if (resource === 'root') return `Account root (${account})`;
  const [type, ...rest] = resource.split('/');
  const name = rest.at(-1) ?? resource;
  if (type === 'user') return `IAM user ${name} (${account})`;
  if (type === 'assumed-role') return `Role ${rest[0] ?? ''}, session ${name} (${account})`;
  if (type === 'federated-user') return `Federated user ${name} (${account})`;
  return `${resource} (${account})`;
}

/** Why the caller could not be read, as a sentence for the header and every page. */
export function callerIdentityFailure(error: unknown, endpoint: string): string {
  if (isNoAnswer(error)) return noAnswerSentence(endpoint);
  const code = error instanceof Error ? ((error as Error & { Code?: string }).Code ?? error.name) : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  if (/InvalidClientTokenId|SignatureDoesNotMatch|ExpiredToken|UnrecognizedClient|AccessDenied/.test(code))
    return `${endpoint} refused the credentials (${code}: ${message}). Check the access key, secret and session token in Settings.`;
  return `${endpoint} could not say who these credentials are (STS GetCallerIdentity: ${code}: ${message}).`;
}
