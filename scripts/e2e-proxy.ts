/**
 * The proxy e2e/proxy-connection.spec.ts drives: `npm run endpoint -- --aws` as a user runs it,
 * with a second local endpoint standing in for AWS (`--aws-upstream`) and the demo owner's keys
 * in a shared credentials file in a temporary HOME. Nothing of the machine's own AWS setup is
 * read: every AWS_* variable is left out of the proxy's environment.
 *
 * Usage: node --import tsx scripts/e2e-proxy.ts <upstream port> <proxy port> <console dir> <console base>
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { principalById } from '../mocks/ses/directory';

const [upstreamPort, proxyPort, consoleDir, consoleBase] = process.argv.slice(2);
if (!upstreamPort || !proxyPort || !consoleDir || !consoleBase) {
  console.error(
    'Usage: node --import tsx scripts/e2e-proxy.ts <upstream port> <proxy port> <console dir> <console base>',
  );
  process.exit(2);
}
const PROFILE = 'e2e-owner';
const upstream = `http://127.0.0.1:${upstreamPort}`;

const owner = principalById('owner');
const home = mkdtempSync(join(tmpdir(), 'ses-e2e-proxy-home-'));
mkdirSync(join(home, '.aws'));
writeFileSync(
  join(home, '.aws', 'credentials'),
  `[${PROFILE}]\naws_access_key_id = ${owner.accessKeyId}\naws_secret_access_key = ${owner.secretAccessKey}\n`,
);
writeFileSync(join(home, '.aws', 'config'), `[profile ${PROFILE}]\nregion = us-east-1\n`);
const cleanUp = () => rmSync(home, { recursive: true, force: true });

const env: NodeJS.ProcessEnv = {};
for (const [name, value] of Object.entries(process.env)) if (!name.startsWith('AWS_')) env[name] = value;
Object.assign(env, { HOME: home, USERPROFILE: home, AWS_EC2_METADATA_DISABLED: 'true' });

/** The proxy asks the upstream who it signs as when it starts: the upstream must answer first. */
async function upstreamReady(): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${upstream}/__emulator/directory`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline)
      throw new Error(`The upstream endpoint at ${upstream} did not answer in 60 s.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

try {
  await upstreamReady();
} catch (error) {
  cleanUp();
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const proxy = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    'endpoint/main.ts',
    '--aws',
    '--profile',
    PROFILE,
    '--aws-upstream',
    upstream,
    '--port',
    proxyPort,
    '--console',
    consoleDir,
    '--console-base',
    consoleBase,
    '--quiet',
  ],
  { stdio: 'inherit', env },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => proxy.kill(signal));
proxy.on('exit', (code, signal) => {
  cleanUp();
  process.exit(code ?? (signal ? 1 : 0));
});
