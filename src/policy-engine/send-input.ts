/**
 * A send request as SES reads it before any policy is looked at: which identity ARNs apply
 * (parameters over X-SES-* headers), SendRawEmail's parameters merged with its message, SES's
 * recipient limits, and the identities an authorization may look up. The emulator and the
 * simulator both build their `authorizeSend` request with these, so they cannot read a send
 * differently.
 */
import {
  candidateIdentities,
  canonicalIdentityName,
  identityKey,
  parseIdentityArn,
  parseMailbox,
} from './identity';
import type { ParsedMessage, SesArnHeaders } from './mime';
import { describeCaller } from './principal';
import type { SendAuthorizationRequest, SendMessage } from './send';

/** Where an ARN came from: a request parameter, or an X-SES-*-ARN header of the raw message. */
export type ArnOrigin = 'parameter' | 'header';

export interface ResolvedArn {
  arn: string;
  origin: ArnOrigin;
  /**
   * The parameter or header as the API names it ("FromEmailAddressIdentityArn",
   * "X-SES-FROM-ARN header"), for refusals. Left out: v1's name for the role and origin.
   */
  name?: string;
}

/** Parameters win over the raw message's X-SES-* headers (SES's rule); blank values are absent. */
export function resolveIdentityArns(
  params: { sourceArn?: string; fromArn?: string; returnPathArn?: string },
  headers: SesArnHeaders = {},
): { sourceArn?: ResolvedArn; fromArn?: ResolvedArn; returnPathArn?: ResolvedArn } {
  const pick = (param?: string, header?: string): ResolvedArn | undefined =>
    typeof param === 'string' && param.trim()
      ? { arn: param.trim(), origin: 'parameter' }
      : typeof header === 'string' && header.trim()
        ? { arn: header.trim(), origin: 'header' }
        : undefined;
  return {
    sourceArn: pick(params?.sourceArn, headers?.sourceArn),
    fromArn: pick(params?.fromArn, headers?.fromArn),
    returnPathArn: pick(params?.returnPathArn, headers?.returnPathArn),
  };
}

/** A request's ARN as `authorizeSend` reads it: a bare string is a parameter, blank is absent. */
export function asResolved(value: ResolvedArn | string | undefined): ResolvedArn | undefined {
  if (typeof value === 'string') return value.trim() ? { arn: value.trim(), origin: 'parameter' } : undefined;
  if (value && typeof value.arn === 'string' && value.arn.trim()) {
    const resolved: ResolvedArn = {
      arn: value.arn.trim(),
      origin: value.origin === 'header' ? 'header' : 'parameter',
    };
    if (typeof value.name === 'string' && value.name.trim()) resolved.name = value.name.trim();
    return resolved;
  }
  return undefined;
}

/** SES's most recipients for one message, To, Cc and Bcc together. */
export const MAX_RECIPIENTS = 50;

/** SES's recipient limits for a message with `count` recipients: at least one, at most 50. */
export function recipientCountProblem(count: number): string | undefined {
  if (count === 0) return 'The message has no recipients: give at least one To, Cc or Bcc address.';
  if (count > MAX_RECIPIENTS)
    return `A message can have at most ${MAX_RECIPIENTS} recipients; this one has ${count}.`;
  return undefined;
}

/**
 * The recipient limits for a message, each To, Cc and Bcc entry counted once (as SES counts the
 * Destination members). A message that gives none of the three lists is a question about the
 * policies alone, not a send, so no limit applies; a list that is not a list is refused later,
 * with its own message.
 */
export function recipientLimitProblem(message: Pick<SendMessage, 'to' | 'cc' | 'bcc'>): string | undefined {
  const lists: unknown[] = [message.to, message.cc, message.bcc];
  if (lists.every((l) => l === undefined) || !lists.every((l) => l === undefined || Array.isArray(l)))
    return undefined;
  return recipientCountProblem(lists.reduce<number>((n, l) => n + (Array.isArray(l) ? l.length : 0), 0));
}

/** A SendRawEmail message as `authorizeSend` takes it: every list given. */
export type RawSendMessage = SendMessage & Required<Pick<SendMessage, 'from' | 'to' | 'cc' | 'bcc'>>;

/**
 * SendRawEmail's message as SES reads it: the Source parameter when given (even blank, which
 * SES then refuses), else the From address; the Destinations parameter, when it lists any,
 * replaces the To, Cc and Bcc headers. The From header keeps its display name, re-quoted whole
 * (its own quotes dropped) so that `authorizeSend` reads it back as one mailbox.
 */
export function sendInputFromRaw(
  message: ParsedMessage,
  params: { source?: string; destinations?: readonly string[] } = {},
): RawSendMessage {
  const destinations = params.destinations ?? [];
  const { address, name } = message.from;
  return {
    source: params.source ?? address,
    from: name ? `"${name.replace(/"/g, '')}" <${address}>` : address,
    to: destinations.length ? [...destinations] : message.to,
    cc: destinations.length ? [] : message.cc,
    bcc: destinations.length ? [] : message.bcc,
    returnPath: message.returnPath,
  };
}

/** One identity `authorizeSend` may ask its directory for; `name` is canonical. */
export interface IdentityLookup {
  account: string;
  region: string;
  name: string;
}

export type IdentityLookupRequest = Pick<
  SendAuthorizationRequest,
  'caller' | 'region' | 'message' | 'sourceArn' | 'fromArn' | 'returnPathArn'
>;

/**
 * Every identity `authorizeSend` may look up for this request, so that a directory kept
 * asynchronously (a store, an API) can be read first: the lookup itself is synchronous. For each
 * Source, From and Return-Path address, the caller's own email identity, domain and parent
 * domains in the Region called; for each ARN, its identity and, in its account and Region, each
 * address's email identity (whose policies take precedence over a domain's). Unreadable
 * addresses and ARNs add nothing; no entry is listed twice.
 */
export function identityLookups(request: IdentityLookupRequest): IdentityLookup[] {
  const found = new Map<string, IdentityLookup>();
  const add = (account: string, region: string, name: string) => {
    const key = identityKey(account, region, name);
    if (!found.has(key)) found.set(key, { account, region, name: canonicalIdentityName(name) });
  };
  const message = request.message;
  const addresses = [message?.source, message?.from, message?.returnPath]
    .map((value) => (typeof value === 'string' ? parseMailbox(value)?.address : undefined))
    .filter((address): address is string => !!address);
  const account = typeof request.caller === 'string' ? describeCaller(request.caller).account : undefined;
  if (account)
    for (const address of addresses)
      for (const name of candidateIdentities(address)) add(account, request.region, name);
  for (const value of [request.sourceArn, request.fromArn, request.returnPathArn]) {
    const resolved = asResolved(value);
    const parsed = resolved ? parseIdentityArn(resolved.arn) : undefined;
    if (!parsed?.ok) continue;
    const { account: owner, region, name } = parsed.identity;
    add(owner, region, name);
    for (const address of addresses) add(owner, region, address);
  }
  return [...found.values()];
}
