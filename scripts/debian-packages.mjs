/**
 * The Debian packages the tests drive (browser and client downloads are impossible here): when
 * one is missing and we run as root, `apt-get install` it (one `apt-get update` per run);
 * otherwise stop with a message saying what to install.
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

let updated = false;

/** `present` says whether the package is usable; `name` is the Debian package. */
export function ensureDebianPackage(name, present, what) {
  if (present()) return;
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    console.log(`${what} is missing: installing the Debian package "${name}" with apt-get…`);
    const update = updated ? '' : 'apt-get update -qq && ';
    execSync(`${update}DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${name}`, { stdio: 'inherit' });
    updated = true;
    if (present()) return;
    throw new Error(`apt-get installed ${name}, but ${what} is still not usable.`);
  }
  throw new Error(`${what} is missing. Install it (as root: apt-get install -y ${name}).`);
}

/** The AWS CLI v2 and boto3 of Debian's Python, which the endpoint's real-client tests use. */
export function ensureRealClients() {
  ensureDebianPackage('awscli', () => existsSync('/usr/bin/aws'), 'The AWS CLI (/usr/bin/aws)');
  ensureDebianPackage(
    'python3-boto3',
    () => spawnSync('/usr/bin/python3', ['-c', 'import boto3'], { stdio: 'ignore' }).status === 0,
    "boto3 for Debian's Python (/usr/bin/python3)",
  );
}
