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

/** Characters no identity name may hold: controls (C0, DEL, C1) and Unicode's format characters such as bidi overrides. */
const CONTROL_OR_FORMAT = /[\p{Cc}\p{Cf}]/u;
const NON_ASCII = /[^\x20-\x7e]/;

/**
 * Why a name is neither an email address nor a domain SES could verify; undefined when fine.
 * Names are 7-bit ASCII (SES does not support SMTPUTF8), and a name the console could not
 * address afterwards (one that reads as an ARN, or holds a percent-encoded slash) is refused
 * up front rather than stored and stranded.
 */
export function identityNameProblem(name: string): string | undefined {
  if (typeof name !== 'string' || !name) return 'the identity name is empty';
  if (name.length > 320) return 'the identity name is longer than 320 characters';
  const control = CONTROL_OR_FORMAT.exec(name);
  if (control)
    return `the identity name contains the control or format character U+${(control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  if (NON_ASCII.test(name))
    return `"${name}" contains characters outside 7-bit ASCII: SES identities are ASCII (internationalized domains in their xn-- form)`;
  if (/\s/.test(name)) return `"${name}" contains whitespace`;
  if (/^arn:/i.test(name)) return `"${name}" starts with "arn:", so it would be read as an ARN`;
  // A pasted web address: say what to type instead of blaming its "http://foo" label.
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(name);
  if (url) {
    const host = (url[1] ?? '').replace(/^[^@]*@/, '').replace(/:\d*$/, '');
    return `"${name}" is a web address, not an identity: enter the domain alone${host ? `, ${host}` : ''}`;
  }
  if (/[/\\]|%2f|%5c/i.test(name)) return `"${name}" contains a slash or an encoded slash`;
  const at = name.lastIndexOf('@');
  if (at < 0) return domainProblem(name);
  if (at === 0) return `"${name}" has nothing before the @`;
  if (at > 64) return `the local part of "${name}" is longer than 64 characters`;
  if (name.indexOf('@') !== at && !name.startsWith('"'))
    return `"${name}" has more than one @ outside quotes`;
  const problem = domainProblem(name.slice(at + 1));
  return problem && `the domain of ${name} is not valid: ${problem}`;
}

/** Lower-cases A to Z only: identity names are ASCII, and Unicode case folding would let the Kelvin sign stand for K. */
export function asciiLowerCase(text: string): string {
  return text.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

/**
 * The form under which SES keeps an identity name unique. SES: "Domain names are
 * case-insensitive. Email addresses are case sensitive." So a domain is compared in ASCII lower
 * case and an email address identity exactly as verified.
 */
export function canonicalIdentityName(name: string): string {
  return identityKindOf(name) === 'EmailAddress' ? name : asciiLowerCase(name);
}

/**
 * The key a directory keeps an identity under: its account, Region and canonical name. The
 * emulator's store and the simulator's directory both key by it, so they find the same identity.
 */
export function identityKey(account: string, region: string, name: string): string {
  return `${account}|${region}|${canonicalIdentityName(name)}`;
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
    const slash = resource.indexOf('/');
    if (!resource) return fail(`"${arn}" ends before its resource: add identity/<email address or domain>.`);
    // "…:888888888888:ses-example.com" forgot the resource type; "…:configuration-set/x" is another resource.
    return fail(
      slash < 0
        ? `"${arn}" has no resource type before "${resource}": write identity/${resource}.`
        : `"${arn}" names a ${resource.slice(0, slash)}, not an identity: the last part must be identity/<email address or domain>.`,
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

/** The domain part of an address, in ASCII lower case (domains are case-insensitive). */
export function addressDomain(address: string): string {
  return asciiLowerCase(address.slice(address.lastIndexOf('@') + 1));
}

/**
 * Two addresses name the same email address identity. Exactly: SES documents email address
 * identities as case-sensitive (see "Sending authorization decisions" in SEMANTICS.md).
 */
export function sameAddress(a: string, b: string): boolean {
  return a === b;
}

/**
 * Whether an address may be sent as through this identity: an email address identity covers
 * exactly that address (case-sensitive); a domain identity covers the domain and every
 * subdomain in ASCII case-insensitive comparison (`a@Mail.Example.com` belongs to `example.com`,
 * `a@notexample.com` does not).
 */
export function addressBelongsToIdentity(address: string, identityName: string): boolean {
  if (!address.includes('@')) return false;
  if (identityKindOf(identityName) === 'EmailAddress') return sameAddress(address, identityName);
  const name = asciiLowerCase(identityName);
  const domain = addressDomain(address);
  return domain === name || domain.endsWith(`.${name}`);
}

/**
 * The identities an address could be sent through, most specific first, each in its canonical
 * form (`canonicalIdentityName`): the address itself, its domain, then each parent domain
 * (never a bare top-level domain).
 */
export function candidateIdentities(address: string): string[] {
  const domain = addressDomain(address);
  const labels = domain.split('.');
  const out = [address];
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
