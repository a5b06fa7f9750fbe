/**
 * SES identities: their ARNs (`arn:aws:ses:REGION:ACCOUNT:identity/NAME`), whether an address
 * belongs to one (an email identity: that address; a domain: the domain and its subdomains),
 * and addresses read out of header values such as `"Marketing" <marketing+spring@example.com>`.
 * Generic ARN splitting is `arn.ts`'s; what is SES-specific lives here.
 */
import { addressParser, type Mailbox } from 'postal-mime';
import { parseArn } from './arn';

/** SES's own names for the two kinds (`IdentityType` in ListIdentities). */
export type IdentityKind = 'EmailAddress' | 'Domain';

export interface IdentityArn {
  arn: string;
  partition: string;
  region: string;
  account: string;
  /** The identity's name as written in the ARN: an email address or a domain. */
  name: string;
  kind: IdentityKind;
}

export type IdentityArnResult = { ok: true; identity: IdentityArn } | { ok: false; error: string };

const EXAMPLE_ARN = 'arn:aws:ses:us-east-1:123456789012:identity/example.com';
const PARTITION = /^aws(-[a-z]+)*$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const ACCOUNT = /^\d{12}$/;
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;

/** Why a domain name cannot be an SES identity, or undefined when it can. */
function domainProblem(domain: string): string | undefined {
  if (!domain) return 'the domain is empty';
  if (domain.length > 253) return 'the domain is longer than 253 characters';
  const labels = domain.split('.');
  if (labels.length < 2) return `"${domain}" is not a domain name such as example.com`;
  const bad = labels.find((label) => !LABEL.test(label));
  if (bad !== undefined)
    return bad
      ? `"${bad}" is not a valid domain label (letters, digits and inner hyphens only)`
      : `"${domain}" has an empty label (two dots in a row, or a leading or trailing dot)`;
  return undefined;
}

/** Why a name is neither an email address nor a domain SES could verify; undefined when fine. */
export function identityNameProblem(name: string): string | undefined {
  if (!name) return 'the identity name is empty';
  if (/\s/.test(name)) return `"${name}" contains whitespace`;
  const at = name.lastIndexOf('@');
  if (at < 0) return domainProblem(name);
  if (at === 0) return `"${name}" has nothing before the @`;
  if (name.indexOf('@') !== at && !name.startsWith('"'))
    return `"${name}" has more than one @ outside quotes`;
  const problem = domainProblem(name.slice(at + 1));
  return problem && `the domain of ${name} is not valid: ${problem}`;
}

/** Reads an identity ARN; a malformed one gets a message saying which part is wrong. */
export function parseIdentityArn(text: string): IdentityArnResult {
  const arn = typeof text === 'string' ? text.trim() : '';
  const fail = (error: string): IdentityArnResult => ({ ok: false, error });
  if (!arn) return fail(`The identity ARN is empty: identity ARNs look like ${EXAMPLE_ARN}.`);
  if (!arn.startsWith('arn:')) {
    const hint = identityNameProblem(arn)
      ? ''
      : ` To use the identity ${arn}, give its ARN, arn:aws:ses:REGION:ACCOUNT:identity/${arn}.`;
    return fail(`"${arn}" is not an ARN: identity ARNs look like ${EXAMPLE_ARN}.${hint}`);
  }
  const parts = parseArn(arn);
  if (!parts)
    return fail(
      `"${arn}" has too few parts: an identity ARN has six, arn:PARTITION:ses:REGION:ACCOUNT:identity/NAME.`,
    );
  const { partition, service, region, account, resource } = parts;
  if (!PARTITION.test(partition))
    return fail(`"${arn}" has an unknown partition "${partition}": use "aws" (or aws-cn, aws-us-gov).`);
  if (service !== 'ses') return fail(`"${arn}" is not an SES ARN: its service is "${service}", not "ses".`);
  if (!region) return fail(`"${arn}" has no Region: write one such as us-east-1 after "ses:".`);
  if (!REGION.test(region)) {
    return fail(
      REGION.test(region.toLowerCase())
        ? `"${arn}" writes its Region in capitals: Regions are lower-case, e.g. ${region.toLowerCase()}.`
        : `"${arn}" has "${region}" where a Region such as us-east-1 belongs.`,
    );
  }
  if (!ACCOUNT.test(account))
    return fail(`"${arn}" needs the owner's 12-digit account ID after the Region, not "${account}".`);
  if (!resource.startsWith('identity/')) {
    const type = resource.split('/')[0] ?? '';
    return fail(
      `"${arn}" names ${type ? `a ${type}` : 'nothing'}, not an identity: the last part must be identity/<email address or domain>.`,
    );
  }
  const name = resource.slice('identity/'.length);
  const problem = identityNameProblem(name);
  if (problem) return fail(`"${arn}" does not name a valid identity: ${problem}.`);
  return { ok: true, identity: { arn, partition, region, account, name, kind: identityKindOf(name) } };
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
 * Two addresses name the same mailbox as far as SES identities go. Compared without regard to
 * case, the local part included: see "Sending authorization decisions" in SEMANTICS.md for why.
 */
export function sameAddress(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * Whether an address may be sent as through this identity: an email address identity covers
 * exactly that address; a domain identity covers the domain and every subdomain (`a@mail.example.com`
 * belongs to `example.com`, `a@notexample.com` does not). Case-insensitive (SEMANTICS.md).
 */
export function addressBelongsToIdentity(address: string, identityName: string): boolean {
  if (!address.includes('@')) return false;
  const name = identityName.toLowerCase();
  if (identityKindOf(name) === 'EmailAddress') return sameAddress(address, name);
  const domain = addressDomain(address);
  return domain === name || domain.endsWith(`.${name}`);
}

/**
 * The identities an address could be sent through, most specific first: the address itself,
 * its domain, then each parent domain (never a bare top-level domain). Lower-cased.
 */
export function candidateIdentities(address: string): string[] {
  const domain = addressDomain(address);
  const labels = domain.split('.');
  const out = [address.toLowerCase()];
  for (let i = 0; i < labels.length - 1; i++) out.push(labels.slice(i).join('.'));
  return out;
}

export interface MailboxAddress {
  address: string;
  /** The display name, RFC 2047 encoded words decoded; '' when there is none. */
  name: string;
}

/** The first mailbox in a header value (groups flattened, encoded words decoded). */
export function parseMailbox(value: string): MailboxAddress | undefined {
  return parseMailboxList(value)[0];
}

/** Every mailbox in a header value such as `"A" <a@x.com>, Team: b@y.com;` (groups flattened). */
export function parseMailboxList(value: string): MailboxAddress[] {
  if (typeof value !== 'string' || !value.trim()) return [];
  const parsed = addressParser(value, { flatten: true });
  return parsed
    .filter((a): a is Mailbox => typeof a.address === 'string' && a.address.includes('@'))
    .map((a) => ({ address: a.address, name: a.name }));
}
