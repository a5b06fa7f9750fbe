/**
 * SHA-256 and HMAC-SHA256 for SigV4: by default from @aws-crypto/sha256-js, synchronous and the
 * same in a service worker's page, in Vitest and in Node 20 (WebCrypto would make every step
 * async). The local endpoint installs node:crypto's, several times faster (`installSha256`).
 */
import { Sha256 } from '@aws-crypto/sha256-js';

const utf8 = new TextEncoder();

export interface Sha256Implementation {
  sha256(data: Uint8Array): Uint8Array;
  hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array;
}

const portable: Sha256Implementation = {
  sha256(data) {
    const hash = new Sha256();
    hash.update(data);
    return hash.digestSync();
  },
  hmacSha256(key, data) {
    const hmac = new Sha256(key);
    hmac.update(data);
    return hmac.digestSync();
  },
};

let implementation = portable;

/** Replaces the hash functions (the endpoint passes node:crypto's); they must compute the same digests. */
export function installSha256(replacement: Sha256Implementation): void {
  implementation = replacement;
}

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

/** Lower-case hex SHA-256 of a UTF-8 string. */
export function sha256Hex(text: string): string {
  return toHex(implementation.sha256(utf8.encode(text)));
}

export function hmacSha256(key: Uint8Array | string, message: string): Uint8Array {
  return implementation.hmacSha256(typeof key === 'string' ? utf8.encode(key) : key, utf8.encode(message));
}

/**
 * Whether two strings are equal, in time that depends only on their lengths, so that how long a
 * refusal takes says nothing about how many leading characters of a guessed signature were right.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
