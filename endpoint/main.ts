/**
 * `npm run endpoint`: the SES emulator as a local server for real clients. SES's Query API over
 * HTTP, the SMTP interface, the emulator-only API, one SQLite database in the data directory.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SMTPServer } from 'smtp-server';
import { DIRECTORY } from '../mocks/ses/directory';
import { installEmulator } from '../mocks/ses/instance';
import { installSha256 } from '../mocks/ses/sigv4/crypto';
import { nodeSha256 } from './node-sha256';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { awsUpstream, createAwsProxy, type AwsProxy } from './aws-proxy';
import { createConsoleSite, type ConsoleSite } from './console-site';
import { createSesHttpServer, isLoopback } from './http-server';
import { OptionsError, USAGE, parseOptions, type EndpointOptions } from './options';
import { readPrincipalsFile } from './principals';
import { createSesSmtpServer } from './smtp-server';
import { SqliteStore } from './sqlite-store';

export const DATABASE_FILE = 'ses-emulator.sqlite';

interface Listener extends NodeJS.EventEmitter {
  listen(port: number, host: string, ready: () => void): unknown;
}

function listen(server: Listener, address: () => unknown, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${port} on ${host} is in use. Stop what listens there or choose another port.`
            : `Could not listen on ${host}:${port}: ${error.message}`,
        ),
      );
    server.once('error', onError);
    server.listen(port, host, () => {
      server.removeListener('error', onError);
      const bound = address();
      resolve(typeof bound === 'object' && bound && 'port' in bound ? Number(bound.port) : port);
    });
  });
}

/** The certificate and key files, read once at start; a file that cannot be read stops the start. */
function readTls(options: EndpointOptions): { cert: string; key: string } | undefined {
  if (!options.tlsCertFile || !options.tlsKeyFile) return undefined;
  const read = (flag: string, path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      throw new Error(`${flag} ${path}: no readable file there.`);
    }
  };
  const tls = { cert: read('--tls-cert', options.tlsCertFile), key: read('--tls-key', options.tlsKeyFile) };
  if (!tls.cert.includes('-----BEGIN CERTIFICATE-----'))
    throw new Error(`--tls-cert ${options.tlsCertFile} is not a PEM certificate.`);
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(tls.key))
    throw new Error(`--tls-key ${options.tlsKeyFile} is not a PEM private key.`);
  return tls;
}

export interface RunningEndpoint {
  httpPort: number;
  smtpPort?: number;
  close(): Promise<void>;
}

export async function startEndpoint(
  options: EndpointOptions,
  out = (line: string) => console.log(line),
): Promise<RunningEndpoint> {
  if (options.aws) return startProxy(options, options.aws, out);
  const principals = options.principalsFile ? readPrincipalsFile(options.principalsFile) : DIRECTORY;
  let file = ':memory:';
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    file = join(options.dataDir, DATABASE_FILE);
  }
  const tls = readTls(options);
  const store = await SqliteStore.open(file);
  installEmulator(store, principals);
  installSha256(nodeSha256);
  const log = options.quiet ? undefined : out;
  const http = createSesHttpServer({ ...options, log, tls });
  const httpPort = await listen(http, () => http.address(), options.port, options.host);
  let smtp: SMTPServer | undefined;
  let smtpPort: number | undefined;
  if (options.smtpPort !== undefined) {
    smtp = createSesSmtpServer({ region: options.region, log, tls });
    smtp.on('error', (error) => out(`smtp error: ${error.message}`));
    smtpPort = await listen(
      smtp as unknown as Listener,
      () => smtp?.server.address(),
      options.smtpPort,
      options.host,
    );
  }
  const shown = options.host.includes(':') ? `[${options.host}]` : options.host;
  out(
    `SES endpoint (API v1 2010-12-01 and v2, Region ${options.region}) at ${tls ? 'https' : 'http'}://${shown}:${httpPort}/`,
  );
  if (smtpPort !== undefined)
    out(
      `SES SMTP interface at ${shown}:${smtpPort} (AUTH with an access key ID and its SES SMTP password; STARTTLS ${tls ? 'uses --tls-cert' : "uses smtp-server's built-in certificate, whose key is public"})`,
    );
  out(
    `State: ${options.dataDir ? join(options.dataDir, DATABASE_FILE) : 'in memory, kept until the endpoint stops'}`,
  );
  out(`Principals: ${options.principalsFile ?? 'the demo principals (keys in mocks/README.md)'}`);
  if (!isLoopback(options.host) && options.host !== 'localhost')
    out(
      `Warning: listening on ${options.host}, not loopback. Anyone who can reach this address can use the endpoint with the principals' keys${options.principalsFile ? '' : ', which for the demo are public'}.`,
    );
  return {
    httpPort,
    smtpPort,
    close: async () => {
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
      if (smtp) await new Promise<void>((resolve) => smtp.close(() => resolve()));
      store.close();
    },
  };
}

/** Proxy mode: no emulator, no database, no SMTP; SES requests go to AWS, signed here. */
async function startProxy(
  options: EndpointOptions,
  aws: NonNullable<EndpointOptions['aws']>,
  out: (line: string) => void,
): Promise<RunningEndpoint> {
  const tls = readTls(options);
  installSha256(nodeSha256);
  const chain = fromNodeProviderChain(aws.profile ? { profile: aws.profile } : {});
  const proxy = createAwsProxy({
    region: options.region,
    credentials: chain,
    upstream: aws.upstream ?? awsUpstream(options.region),
  });
  const caller = await callerArn(proxy, aws.profile);
  const site = aws.console
    ? createConsoleSite({ ...aws.console, connection: { kind: 'aws-proxy', region: options.region } })
    : undefined;
  const http = createSesHttpServer({
    ...options,
    log: options.quiet ? undefined : out,
    tls,
    proxy,
    console: site,
  });
  const httpPort = await listen(http, () => http.address(), options.port, options.host);
  const shown = options.host.includes(':') ? `[${options.host}]` : options.host;
  const origin = `${tls ? 'https' : 'http'}://${shown}:${httpPort}`;
  out(`SES proxy to ${aws.upstream ? aws.upstream.ses : `AWS (Region ${options.region})`} at ${origin}/`);
  out(
    `Signing as ${caller}, with ${aws.profile ? `profile ${aws.profile}` : "the AWS credential chain's default"}. The browser signs with any key; it never sees these credentials.`,
  );
  out(await consoleBanner(site, origin));
  if (!isLoopback(options.host) && options.host !== 'localhost')
    out(
      `Warning: listening on ${options.host}, not loopback. Anyone who can reach this address can act on AWS as ${caller}.`,
    );
  return {
    httpPort,
    close: () =>
      new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      }),
  };
}

/** Where the console is, or why there is none. */
async function consoleBanner(site: ConsoleSite | undefined, origin: string): Promise<string> {
  if (!site) return 'Console: not served (--no-console); SES requests only.';
  if (await site.built()) return `Console: ${origin}${site.base} (from ${site.dir}), connected to this proxy`;
  return `Console: not built, no index.html in ${site.dir}. Run npm run build (or pass --console DIR), then open ${origin}${site.base}`;
}

/** Who the proxy signs as (STS GetCallerIdentity); a start without usable credentials stops here. */
async function callerArn(proxy: AwsProxy, profile: string | undefined): Promise<string> {
  const answer = await proxy.forward({
    method: 'POST',
    pathAndQuery: '/',
    contentType: 'application/x-www-form-urlencoded; charset=utf-8',
    body: Buffer.from('Action=GetCallerIdentity&Version=2011-06-15'),
    service: 'sts',
  });
  const arn = /<Arn>([^<]{1,2048})<\/Arn>/.exec(answer.body)?.[1];
  if (answer.status === 200 && arn) return arn;
  const message = /<Message>([^<]{0,2048})<\/Message>/.exec(answer.body)?.[1] ?? answer.body.slice(0, 500);
  throw new Error(
    `The AWS credentials ${profile ? `of profile ${profile}` : 'of the default credential chain'} could not be used (STS GetCallerIdentity answered ${answer.status}): ${message}`,
  );
}

async function main(argv: string[]): Promise<void> {
  let options: EndpointOptions | 'help';
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof OptionsError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  let running: RunningEndpoint;
  try {
    running = await startEndpoint(options);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
    return;
  }
  const stop = () => {
    // Open keep-alive and SMTP sessions get a moment to finish; nothing waits on them longer.
    setTimeout(() => process.exit(0), 3000).unref();
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && /endpoint[\\/]main\.ts$/.test(process.argv[1])) void main(process.argv.slice(2));
