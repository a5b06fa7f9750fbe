/**
 * SES identities: their ARNs (`arn:aws:ses:REGION:ACCOUNT:identity/NAME`), whether an address
 * belongs to one (an email identity: that address; a domain: the domain and its subdomains),
 * and addresses read out of header values such as `"Marketing" <marketing+spring@example.com>`.
 */
import { addressParser, type Mailbox } from 'postal-mime';

export type IdentityKind = 'EmailAddress' | 'Domain';

export interface IdentityArn {
  arn: string;
  partition: string;
  region: string;
  account: string;
  name: string;
  kind: IdentityKind;
}

export type IdentityArnResult = { ok: true; identity: IdentityArn } | { ok: false; error: string };

const IDENTITY_ARN = /^arn:(aws[a-z-]*):ses:([a-z0-9-]+):(\d{12}):identity\/(.+)$/;

export function parseIdentityArn(text: string): IdentityArnResult {
  const arn = text.trim();
  const m = IDENTITY_ARN.exec(arn);
  if (m) {
    const [, partition = 'aws', region = '', account = '', name = ''] = m;
    return { ok: true, identity: { arn, partition, region, account, name, kind: identityKindOf(name) } };
  }
  if (!arn.startsWith('arn:')) {
    return {
      ok: false,
      error: `"${arn}" is not an ARN: identity ARNs look like arn:aws:ses:us-east-1:123456789012:identity/example.com.`,
    };
  }
  const parts = arn.split(':');
  if (parts[2] !== 'ses')
    return { ok: false, error: `"${arn}" is not an SES ARN: its service is "${parts[2] ?? ''}", not "ses".` };
  if (!/^[a-z0-9-]+$/.test(parts[3] ?? ''))
    return { ok: false, error: `"${arn}" has no Region: write one such as us-east-1 after "ses:".` };
  if (!/^\d{12}$/.test(parts[4] ?? ''))
    return { ok: false, error: `"${arn}" needs the owner's 12-digit account ID after the Region.` };
  return {
    ok: false,
    error: `"${arn}" does not name an identity: the last part must be identity/<email address or domain>.`,
  };
}

export function identityArn(region: string, account: string, name: string, partition = 'aws'): string {
  return `arn:${partition}:ses:${region}:${account}:identity/${name}`;
}

export function identityKindOf(name: string): IdentityKind {
  return name.includes('@') ? 'EmailAddress' : 'Domain';
}

/** The domain part of an address, lower-cased. */
export function addressDomain(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * Whether an address may be sent as through this identity. Compared case-insensitively: domain
 * names are, and SES treats email address identities without regard to case (SEMANTICS.md).
 */
export function addressBelongsToIdentity(address: string, identityName: string): boolean {
  const name = identityName.toLowerCase();
  if (identityKindOf(name) === 'EmailAddress') return address.toLowerCase() === name;
  const domain = addressDomain(address);
  return domain === name || domain.endsWith(`.${name}`);
}

/** The identities an address could be sent through, most specific first: itself, its domain, parents. */
export function candidateIdentities(address: string): string[] {
  const domain = addressDomain(address);
  const labels = domain.split('.');
  const out = [address.toLowerCase()];
  for (let i = 0; i < labels.length - 1; i++) out.push(labels.slice(i).join('.'));
  return out;
}

export interface MailboxAddress {
  address: string;
  name: string;
}

/** The first mailbox in a header value (groups flattened, encoded words decoded). */
export function parseMailbox(value: string): MailboxAddress | undefined {
  return parseMailboxList(value)[0];
}

export function parseMailboxList(value: string): MailboxAddress[] {
  const parsed = addressParser(value, { flatten: true });
  return parsed
    .filter((a): a is Mailbox => typeof a.address === 'string' && a.address.includes('@'))
    .map((a) => ({ address: a.address, name: a.name }));
}
