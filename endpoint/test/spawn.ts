/**
 * Test helper: `npm run endpoint` as a child process, as a user starts it, with its ports read
 * from its banner. `kill()` is SIGKILL (no shutdown of any kind), `stop()` is SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface SpawnedEndpoint {
  url: string;
  httpPort: number;
  smtpPort?: number;
  child: ChildProcess;
  /** Every line it printed so far. */
  output: string[];
  stop(): Promise<void>;
  kill(): Promise<void>;
}

export function spawnEndpoint(
  args: string[],
  timeoutMs = 30_000,
  env: NodeJS.ProcessEnv = process.env,
): Promise<SpawnedEndpoint> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'endpoint/main.ts', ...args], {
    cwd: new URL('../..', import.meta.url).pathname,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...env, NODE_NO_WARNINGS: '1' },
  });
  const output: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const end = (signal: NodeJS.Signals) => async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    let httpPort: number | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The endpoint did not start in ${timeoutMs} ms:\n${output.join('\n')}`));
    }, timeoutMs);
    const exitedEarly = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`The endpoint exited (${code}) before it was ready:\n${output.join('\n')}`));
    };
    child.once('exit', exitedEarly);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        output.push(line);
        const http = /^SES (?:endpoint|proxy to) .* at https?:\/\/[^/]+:(\d+)\//.exec(line);
        if (http) httpPort = Number(http[1]);
        // The Principals line (a proxy's: Signing as) comes last in the banner: everything is
        // listening by then.
        if ((line.startsWith('Principals:') || line.startsWith('Signing as')) && httpPort !== undefined) {
          clearTimeout(timer);
          child.removeListener('exit', exitedEarly);
          const smtpLine = output.map((l) => /^SES SMTP interface at \S+:(\d+)/.exec(l)).find(Boolean);
          resolve({
            url: `http://127.0.0.1:${httpPort}/`,
            httpPort,
            smtpPort: smtpLine ? Number(smtpLine[1]) : undefined,
            child,
            output,
            stop: end('SIGTERM'),
            kill: end('SIGKILL'),
          });
        }
      });
    }
  });
}
