/**
 * `npm run endpoint` flags. Every bad flag is refused with what was wrong and what to write
 * instead; nothing is guessed.
 */
import { isAbsolute, resolve } from 'node:path';
import { PROJECT_DIST } from './console-site';

export interface EndpointOptions {
  /** 0: any free port (the banner says which). */
  port: number;
  /** undefined: no SMTP interface (`--no-smtp`). */
  smtpPort?: number;
  host: string;
  /** The data directory, or undefined for `--memory` (nothing kept). */
  dataDir?: string;
  principalsFile?: string;
  region: string;
  /** Origins a browser may call the endpoint from (the console's), besides loopback's Vite ports. */
  corsOrigins: string[];
  /** Answer `/__emulator/` (which resets state and lists keys) to non-loopback callers too. */
  remoteEmulatorApi: boolean;
  quiet: boolean;
  /** A certificate and its key (PEM files): HTTPS on the API port, and STARTTLS on SMTP with it. */
  tlsCertFile?: string;
  tlsKeyFile?: string;
  /** Proxy mode: forward to AWS, signed with this machine's credentials (a named profile, or the chain's default). */
  aws?: {
    profile?: string;
    upstream?: { ses: string; sts: string };
    /** The built console served at the proxy's origin; undefined with `--no-console`. */
    console?: { dir: string; base: string };
  };
}

export const USAGE = `Usage: npm run endpoint -- [flags]

  --port N                 SES Query API over HTTP (default 4579; 0 picks a free port)
  --smtp-port N            SES SMTP interface (default 4587; 0 picks a free port)
  --no-smtp                no SMTP interface
  --host ADDRESS           address to listen on (default 127.0.0.1; any other prints a warning)
  --data DIR               data directory, created and seeded with the demo when new (default .ses-endpoint)
  --memory                 keep nothing: an in-memory database, seeded with the demo
  --principals FILE        your own principals and access keys (JSON) instead of the demo's
  --region REGION          the endpoint's AWS Region (default us-east-1)
  --cors-origin ORIGIN     let a console served from ORIGIN call the endpoint (repeatable)
  --remote-emulator-api    answer /__emulator/ (reset, keys) to callers that are not on loopback
  --tls-cert FILE          serve HTTPS (and SMTP STARTTLS) with this PEM certificate...
  --tls-key FILE           ...and its PEM private key
  --quiet                  no request log
  --aws                    proxy mode: forward the console's SES requests to AWS, signed with this
                           machine's AWS credentials (environment, ~/.aws files, SSO cache); no emulator,
                           no SMTP, and no secret ever reaches the browser
  --profile NAME           with --aws: the shared config/credentials profile to sign with
  --aws-upstream URL       with --aws, for tests: another SES endpoint stands in for AWS
  --console DIR            with --aws: serve the console built there at this endpoint's own URL
                           (default: the project's dist/, from npm run build), connected to the proxy
  --console-base PATH      with --aws: the path the console was built for (BASE_PATH; default /)
  --no-console             with --aws: serve no console, only the SES API
  --help                   this text`;

const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;
/** What the AWS CLI accepts as a profile name, bounded. */
const PROFILE = /^[A-Za-z0-9_.@+=,-]{1,64}$/;

function upstreamUrl(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/' || url.search)
    throw new OptionsError(
      `--aws-upstream needs an endpoint origin such as http://127.0.0.1:4579; found "${value}".`,
    );
  return url.origin;
}

export class OptionsError extends Error {}

/** A build's base path (Vite's `base`) as `/path/`; only URL-safe characters, no dot segments. */
function basePath(value: string): string {
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  const segments = trimmed === '' ? [] : trimmed.split('/');
  if (!segments.every((s) => /^[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,99}$/.test(s)))
    throw new OptionsError(
      `--console-base needs the path the console was built for, such as / or /ses-console/; found "${value}".`,
    );
  return segments.length ? `/${segments.join('/')}/` : '/';
}

function port(flag: string, value: string | undefined): number {
  const n = value !== undefined && /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n > 65535)
    throw new OptionsError(`${flag} needs a port number from 0 to 65535; found "${value ?? ''}".`);
  return n;
}

function origin(value: string | undefined): string {
  let url: URL;
  try {
    url = new URL(value ?? '');
  } catch {
    throw new OptionsError(
      `--cors-origin needs an origin such as http://localhost:5173; found "${value ?? ''}".`,
    );
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== value?.replace(/\/$/, ''))
    throw new OptionsError(
      `--cors-origin needs an origin (scheme, host and port, no path) such as http://localhost:5173; found "${value}".`,
    );
  return url.origin;
}

export function parseOptions(
  argv: readonly string[],
  cwd = process.cwd(),
  consoleDir = PROJECT_DIST,
): EndpointOptions | 'help' {
  const options: EndpointOptions = {
    port: 4579,
    smtpPort: 4587,
    host: '127.0.0.1',
    dataDir: resolve(cwd, '.ses-endpoint'),
    region: 'us-east-1',
    corsOrigins: [],
    remoteEmulatorApi: false,
    quiet: false,
  };
  const aws = { flag: argv.includes('--aws'), profile: false, upstream: false, console: '' };
  let served: { dir: string; base: string } | undefined = { dir: consoleDir, base: '/' };
  let smtpChosen = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    const [name, inline] =
      flag.startsWith('--') && flag.includes('=')
        ? [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)]
        : [flag, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new OptionsError(`${name} needs a value.`);
      i++;
      return next;
    };
    switch (name) {
      case '--help':
      case '-h':
        return 'help';
      case '--port':
        options.port = port(name, value());
        break;
      case '--smtp-port':
        options.smtpPort = port(name, value());
        smtpChosen = true;
        break;
      case '--no-smtp':
        options.smtpPort = undefined;
        break;
      case '--host':
        options.host = value();
        break;
      case '--data': {
        const dir = value();
        options.dataDir = isAbsolute(dir) ? dir : resolve(cwd, dir);
        break;
      }
      case '--memory':
        options.dataDir = undefined;
        break;
      case '--principals': {
        const file = value();
        options.principalsFile = isAbsolute(file) ? file : resolve(cwd, file);
        break;
      }
      case '--region': {
        const region = value();
        if (!REGION.test(region))
          throw new OptionsError(`--region needs an AWS Region name such as us-east-1; found "${region}".`);
        options.region = region;
        break;
      }
      case '--cors-origin':
        options.corsOrigins.push(origin(value()));
        break;
      case '--remote-emulator-api':
        options.remoteEmulatorApi = true;
        break;
      case '--quiet':
        options.quiet = true;
        break;
      case '--aws':
        options.aws ??= {};
        break;
      case '--profile': {
        const profile = value();
        if (!PROFILE.test(profile))
          throw new OptionsError(`--profile needs a profile name as in ~/.aws/config; found "${profile}".`);
        (options.aws ??= {}).profile = profile;
        aws.profile = true;
        break;
      }
      case '--aws-upstream': {
        const origin = upstreamUrl(value());
        (options.aws ??= {}).upstream = { ses: origin, sts: origin };
        aws.upstream = true;
        break;
      }
      case '--console': {
        const dir = value();
        served = { dir: isAbsolute(dir) ? dir : resolve(cwd, dir), base: served?.base ?? '/' };
        aws.console ||= name;
        break;
      }
      case '--console-base':
        served = { dir: served?.dir ?? consoleDir, base: basePath(value()) };
        aws.console ||= name;
        break;
      case '--no-console':
        served = undefined;
        aws.console ||= name;
        break;
      case '--tls-cert':
      case '--tls-key': {
        const file = value();
        const path = isAbsolute(file) ? file : resolve(cwd, file);
        if (name === '--tls-cert') options.tlsCertFile = path;
        else options.tlsKeyFile = path;
        break;
      }
      default:
        throw new OptionsError(`Unknown flag "${flag}". Run npm run endpoint -- --help for the flags.`);
    }
  }
  if ((aws.profile || aws.upstream) && !aws.flag)
    throw new OptionsError(
      `${aws.profile ? '--profile' : '--aws-upstream'} goes with --aws (proxy mode to AWS).`,
    );
  if (aws.console && !aws.flag)
    throw new OptionsError(
      `${aws.console} goes with --aws: without it the console runs the same emulator in the page (npm start), or is built for this endpoint with VITE_SES_ENDPOINT.`,
    );
  if (options.aws) {
    if (served) options.aws.console = served;
    if (smtpChosen)
      throw new OptionsError(
        "--aws forwards the SES API only, not SMTP: send SMTP to SES's own SMTP endpoint (email-smtp.<region>.amazonaws.com) with SES SMTP credentials.",
      );
    if (options.principalsFile)
      throw new OptionsError(
        "--principals names the emulator's principals; with --aws, AWS knows who you are.",
      );
    options.smtpPort = undefined;
    options.dataDir = undefined;
  }
  if ((options.tlsCertFile === undefined) !== (options.tlsKeyFile === undefined))
    throw new OptionsError('--tls-cert and --tls-key go together: give the certificate and its private key.');
  if (options.smtpPort !== undefined && options.smtpPort !== 0 && options.smtpPort === options.port)
    throw new OptionsError(`--port and --smtp-port are both ${options.port}; give them different ports.`);
  return options;
}
