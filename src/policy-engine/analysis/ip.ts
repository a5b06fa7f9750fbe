/**
 * The IP dimension. CIDR ranges are prefixes, so any two are nested or disjoint: the cells are
 * "inside this range but inside none of the listed ranges nested in it" for each range, plus
 * "inside none", per address family. One address per cell is found by walking the binary trie
 * of prefixes below the range. IPv6 addresses in ::ffff:0:0/96 are never chosen: the engine reads
 * them as the IPv4 address they carry.
 */
import ipaddr from 'ipaddr.js';
import { parseCidr, parseIp } from '../condition-values';

interface Prefix {
  bits: number;
  value: bigint;
  length: number;
}

function toBig(bytes: number[]): bigint {
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return v;
}

function mask(value: bigint, length: number, bits: number): bigint {
  if (length === 0) return 0n;
  const shift = BigInt(bits - length);
  return (value >> shift) << shift;
}

const MAPPED: Prefix = { bits: 128, value: 0xffffn << 32n, length: 96 };

function contains(outer: Prefix, inner: Prefix): boolean {
  return inner.length >= outer.length && mask(inner.value, outer.length, outer.bits) === outer.value;
}

function text(bits: number, value: bigint): string {
  const bytes: number[] = [];
  for (let i = bits / 8 - 1; i >= 0; i--) bytes.push(Number((value >> BigInt(i * 8)) & 0xffn));
  return ipaddr.fromByteArray(bytes).toString();
}

/**
 * An address inside `node` and inside none of `blocked` that are strictly inside it (bounded by
 * the address width: each level halves the prefix).
 */
function freeAddress(node: Prefix, blocked: Prefix[]): bigint | undefined {
  const inside = blocked.filter((b) => contains(node, b));
  if (inside.some((b) => b.length === node.length)) return undefined;
  if (!inside.length) {
    // The network address plus one reads better (203.0.113.1) when the prefix allows it.
    return node.length < node.bits ? node.value | 1n : node.value;
  }
  if (node.length >= node.bits) return undefined;
  const shift = BigInt(node.bits - node.length - 1);
  for (const bit of [0n, 1n]) {
    const child = { bits: node.bits, value: node.value | (bit << shift), length: node.length + 1 };
    const found = freeAddress(child, inside);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** One address per cell of the partition the CIDR literals make, IPv4 and IPv6. */
export function ipCandidates(literals: string[]): string[] {
  const prefixes: Prefix[] = [];
  for (const l of literals) {
    const parsed = parseCidr(l);
    if (!parsed) continue;
    const [address, length] = parsed;
    const bits = address.kind() === 'ipv4' ? 32 : 128;
    prefixes.push({ bits, length, value: mask(toBig(address.toByteArray()), length, bits) });
  }
  // Documentation addresses first: they read well and usually fall in the "none" cell.
  const out = ['192.0.2.1', '198.51.100.1', '2001:db8::1'];
  for (const bits of [32, 128]) {
    const family = prefixes.filter((p) => p.bits === bits);
    const roots = [{ bits, value: 0n, length: 0 }, ...family];
    for (const root of roots) {
      const blocked = family.filter((p) => p.length > root.length);
      if (bits === 128) blocked.push(MAPPED);
      const found = freeAddress(root, blocked);
      if (found === undefined) continue;
      const shown = text(bits, found);
      const back = parseIp(shown);
      if (back && (back.kind() === 'ipv4' ? 32 : 128) === bits) out.push(shown);
    }
  }
  return out;
}
