/**
 * Finds the system Chromium the e2e tests drive (browser downloads are impossible here):
 * CHROMIUM_PATH, else /usr/bin/chromium. When it is missing and we run as root, installs the
 * Debian package; otherwise stops with a message saying what to do.
 */
import { existsSync } from 'node:fs';
import { ensureDebianPackage } from './debian-packages.mjs';

export function ensureChromium() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (existsSync(path)) return path;
  if (process.env.CHROMIUM_PATH) {
    throw new Error(`CHROMIUM_PATH is set to ${path}, but no file is there. Point it at a Chromium binary.`);
  }
  ensureDebianPackage('chromium', () => existsSync(path), 'Chromium (/usr/bin/chromium)');
  return path;
}
