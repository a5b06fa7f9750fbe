/**
 * SHA-256 and HMAC-SHA256 for SigV4, from @aws-crypto/sha256-js: synchronous and the same in a
 * service worker's page, in Vitest and in Node 20 (WebCrypto would make every step async).
 */
import { Sha256 } from '@aws-crypto/sha256-js';

const utf8 = new TextEncoder();

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

/** Lower-case hex SHA-256 of a UTF-8 string. */
export function sha256Hex(text: string): string {
  const hash = new Sha256();
  hash.update(utf8.encode(text));
  return toHex(hash.digestSync());
}

export function hmacSha256(key: Uint8Array | string, message: string): Uint8Array {
  const hmac = new Sha256(typeof key === 'string' ? utf8.encode(key) : key);
  hmac.update(utf8.encode(message));
  return hmac.digestSync();
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
