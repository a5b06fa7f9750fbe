/**
 * Per-family comparison of one policy value with one request value: strings (exact, ignore
 * case, wildcard), numbers, dates (ISO 8601 or epoch seconds), booleans, base64 binaries,
 * IP ranges (IPv4/IPv6 CIDR via ipaddr.js; a bare address is /32 or /128) and ARNs.
 * Each compiles the policy value once and returns a predicate over request values.
 */
import ipaddr from 'ipaddr.js';
import { arnMatch } from './arn';
import { compileGlob } from './glob';
import { memoised } from './memo';

export type ValueTest = (requestValue: string) => boolean;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const EPOCH = /^\d+$/;

export function parseNumber(text: string): number | undefined {
  return NUMBER.test(text.trim()) ? Number(text) : undefined;
}

/** ISO 8601 (date, date-time, with or without zone) or epoch seconds, as milliseconds. */
export function parseDate(text: string): number | undefined {
  const t = text.trim();
  if (EPOCH.test(t)) return Number(t) * 1000;
  if (!/^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?([Zz]|[+-]\d{2}:?\d{2})?$/.test(t))
    return undefined;
  // A date-time without a zone is read as UTC, as AWS does.
  const withZone = /([Zz]|[+-]\d{2}:?\d{2})$/.test(t) || t.length === 10 ? t : `${t}Z`;
  const ms = Date.parse(t.length === 10 ? `${t}T00:00:00Z` : withZone);
  return Number.isNaN(ms) ? undefined : ms;
}

export type ParsedCidr = [ipaddr.IPv4 | ipaddr.IPv6, number];

/**
 * Memoised (bounded): the same literals recur in every policy that names them, and ipaddr.js
 * reads an IPv4 range by first failing to read it as IPv6, which throws (costly). The parsed
 * addresses are never mutated, so sharing them is safe.
 */
export const parseCidr: (text: string) => ParsedCidr | undefined = memoised(readCidr);

function readCidr(text: string): ParsedCidr | undefined {
  const t = text.trim();
  try {
    if (t.includes('/')) return ipaddr.parseCIDR(t);
    const address = ipaddr.parse(t);
    return [address, address.kind() === 'ipv4' ? 32 : 128];
  } catch {
    return undefined;
  }
}

/** Memoised like parseCidr: the analysis tests the same candidate addresses against many ranges. */
export const parseIp: (text: string) => ipaddr.IPv4 | ipaddr.IPv6 | undefined = memoised(readIp);

function readIp(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  try {
    const address = ipaddr.parse(text.trim());
    // An IPv4-mapped IPv6 address (::ffff:203.0.113.5) is the IPv4 address it carries.
    return address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()
      ? (address as ipaddr.IPv6).toIPv4Address()
      : address;
  } catch {
    return undefined;
  }
}

const never: ValueTest = () => false;

/** The positive test for an operator (negation is applied by the caller). */
export function compileValueTest(operator: string, policyValue: string): ValueTest {
  switch (operator) {
    case 'StringEquals':
    case 'StringNotEquals':
      return (v) => v === policyValue;
    case 'StringEqualsIgnoreCase':
    case 'StringNotEqualsIgnoreCase': {
      const lower = policyValue.toLowerCase();
      return (v) => v.toLowerCase() === lower;
    }
    case 'StringLike':
    case 'StringNotLike':
      return compileGlob(policyValue);
    case 'NumericEquals':
    case 'NumericNotEquals':
    case 'NumericLessThan':
    case 'NumericLessThanEquals':
    case 'NumericGreaterThan':
    case 'NumericGreaterThanEquals': {
      const p = parseNumber(policyValue);
      if (p === undefined) return never;
      const cmp = comparator(operator.slice('Numeric'.length));
      return (v) => {
        const n = parseNumber(v);
        return n !== undefined && cmp(n, p);
      };
    }
    case 'DateEquals':
    case 'DateNotEquals':
    case 'DateLessThan':
    case 'DateLessThanEquals':
    case 'DateGreaterThan':
    case 'DateGreaterThanEquals': {
      const p = parseDate(policyValue);
      if (p === undefined) return never;
      const cmp = comparator(operator.slice('Date'.length));
      return (v) => {
        const d = parseDate(v);
        return d !== undefined && cmp(d, p);
      };
    }
    case 'Bool': {
      const p = policyValue.toLowerCase();
      return (v) => v.toLowerCase() === p;
    }
    case 'BinaryEquals':
      return (v) => v === policyValue;
    case 'IpAddress':
    case 'NotIpAddress': {
      const range = parseCidr(policyValue);
      if (!range) return never;
      return (v) => {
        const ip = parseIp(v);
        return !!ip && ip.kind() === range[0].kind() && ip.match(range);
      };
    }
    case 'ArnEquals':
    case 'ArnLike':
    case 'ArnNotEquals':
    case 'ArnNotLike':
      return (v) => arnMatch(policyValue, v);
    default:
      return never;
  }
}

function comparator(kind: string): (a: number, b: number) => boolean {
  switch (kind) {
    case 'LessThan':
      return (a, b) => a < b;
    case 'LessThanEquals':
      return (a, b) => a <= b;
    case 'GreaterThan':
      return (a, b) => a > b;
    case 'GreaterThanEquals':
      return (a, b) => a >= b;
    default:
      return (a, b) => a === b;
  }
}
