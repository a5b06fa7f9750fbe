/**
 * Finds the system Chromium the e2e tests drive (browser downloads are impossible here):
 * CHROMIUM_PATH, else /usr/bin/chromium. When it is missing and we run as root, installs the
 * Debian package; otherwise stops with a message saying what to do.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function ensureChromium() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (existsSync(path)) return path;
  if (process.env.CHROMIUM_PATH) {
    throw new Error(`CHROMIUM_PATH is set to ${path}, but no file is there. Point it at a Chromium binary.`);
  }
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    console.log('Chromium is missing: installing the Debian package "chromium" with apt-get…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
    if (existsSync(path)) return path;
    throw new Error('apt-get finished but /usr/bin/chromium is still missing.');
  }
  throw new Error(
    'No Chromium found at /usr/bin/chromium. Install it (as root: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.',
  );
}
