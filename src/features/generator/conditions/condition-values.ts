/**
 * Whether a condition value suits its operator's family: dates (ISO 8601 or epoch seconds, as
 * the engine reads them), numbers, booleans, IP addresses and CIDR ranges. Strings take anything.
 */
import ipaddr from 'ipaddr.js';
import type { OperatorFamily } from '../../../policy-engine';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const EPOCH = /^\d+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?([Zz]|[+-]\d{2}:?\d{2})?$/;

function isDate(value: string): boolean {
  if (EPOCH.test(value)) return true;
  if (!ISO_DATE.test(value)) return false;
  const zoned = /([Zz]|[+-]\d{2}:?\d{2})$/.test(value);
  const text = value.length === 10 ? `${value}T00:00:00Z` : zoned ? value : `${value}Z`;
  return !Number.isNaN(Date.parse(text));
}

function isIpOrCidr(value: string): boolean {
  const [address = '', bits, ...rest] = value.split('/');
  if (rest.length > 0) return false;
  if (bits !== undefined && !/^\d{1,3}$/.test(bits)) return false;
  if (ipaddr.IPv4.isValidFourPartDecimal(address)) return bits === undefined || Number(bits) <= 32;
  if (address.includes(':') && ipaddr.IPv6.isValid(address)) return bits === undefined || Number(bits) <= 128;
  return false;
}

/** Why `value` cannot be used with an operator of this family; undefined when it can. */
export function conditionValueProblem(family: OperatorFamily, value: string): string | undefined {
  switch (family) {
    case 'Date':
      return isDate(value)
        ? undefined
        : `"${value}" is not a date: use ISO 8601 in UTC, e.g. 2027-01-01T00:00:00Z, or seconds since 1970.`;
    case 'Numeric':
      return NUMBER.test(value) ? undefined : `"${value}" is not a number, e.g. 1767225600.`;
    case 'Bool':
      return value === 'true' || value === 'false' ? undefined : `Use true or false, not "${value}".`;
    case 'Null':
      return value === 'true' || value === 'false'
        ? undefined
        : `Null takes true (the key is absent) or false (the key is present), not "${value}".`;
    case 'IpAddress':
      return isIpOrCidr(value)
        ? undefined
        : `"${value}" is not an IP address or CIDR range: write e.g. 203.0.113.7, 203.0.113.0/24 or 2001:db8::/32.`;
    default:
      return undefined;
  }
}

/** What a value of this family looks like, for the field's hint. */
export function valueHint(family: OperatorFamily | undefined, negated = false): string {
  switch (family) {
    case 'Date':
      return 'One date per line: ISO 8601 in UTC (2027-01-01T00:00:00Z) or epoch seconds.';
    case 'Numeric':
      return 'One number per line.';
    case 'Bool':
      return 'true or false.';
    case 'Null':
      return 'true: the key must be absent; false: the key must be present.';
    case 'IpAddress':
      return 'One IP address or CIDR range per line (IPv4 or IPv6).';
    default:
      return negated
        ? 'One value per line; the condition holds when none of them matches.'
        : 'One value per line; the condition holds when any of them matches.';
  }
}
