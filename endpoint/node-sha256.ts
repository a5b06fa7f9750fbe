/** node:crypto's SHA-256 and HMAC-SHA256 for the emulator's SigV4 checks in the endpoint. */
import { createHash, createHmac } from 'node:crypto';
import type { Sha256Implementation } from '../mocks/ses/sigv4/crypto';

export const nodeSha256: Sha256Implementation = {
  sha256: (data) => new Uint8Array(createHash('sha256').update(data).digest()),
  hmacSha256: (key, data) => new Uint8Array(createHmac('sha256', key).update(data).digest()),
};
