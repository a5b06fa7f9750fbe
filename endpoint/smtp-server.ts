/**
 * The local endpoint's SMTP interface, as SES's email-smtp.<region>.amazonaws.com: AUTH PLAIN or
 * LOGIN with an access key ID as the user name and its SES SMTP password, then each message runs
 * through the same SendRawEmail operation the Query API uses (`runAction`), with the envelope's
 * MAIL FROM as Source, its RCPT TO as Destinations and `ses:ApiVersion` 2. Refusals are SMTP
 * replies with SES's texts (SES Developer Guide, "SMTP response codes").
 */
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { runAction } from '../mocks/ses/handler';
import type { Principal } from '../mocks/ses/directory';
import { SesError } from '../mocks/ses/errors';
import { emulatorPrincipals } from '../mocks/ses/instance';
import { QueryParams } from '../mocks/ses/query';
import { isLoopback } from './http-server';
import { requestLogLine } from './log';
import { smtpPasswordMatches } from './smtp-password';

/** SES's SMTP interface takes messages up to 40 MB (SES Developer Guide, "Service quotas"). */
export const MAX_SMTP_MESSAGE_BYTES = 40 * 1024 * 1024;

export interface SmtpServerOptions {
  region: string;
  log?: (line: string) => void;
  /** The certificate STARTTLS presents; left out, smtp-server's built-in one (its key is public). */
  tls?: { cert: string; key: string };
}

const smtpError = (responseCode: number, message: string) =>
  Object.assign(new Error(message), { responseCode });

/** An SES refusal as the SMTP interface words it. */
export function smtpReply(error: SesError): { code: number; text: string } {
  switch (error.code) {
    case 'AccessDenied':
      return { code: 554, text: `Access denied: ${error.message}` };
    case 'MessageRejected':
      return { code: 554, text: `Message rejected: ${error.message}` };
    case 'Throttling':
      return { code: 454, text: `Throttling failure: ${error.message}` };
    case 'InternalFailure':
      return { code: 451, text: 'Temporary service failure' };
    default:
      return { code: 554, text: `Transaction failed: ${error.message}` };
  }
}

async function readMessage(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function caller(session: SMTPServerSession): Principal | undefined {
  const id = typeof session.user === 'string' ? session.user : undefined;
  return emulatorPrincipals().find((p) => p.accessKeyId === id);
}

export function createSesSmtpServer(options: SmtpServerOptions): SMTPServer {
  const log = options.log ?? (() => undefined);
  const logLine = (
    session: SMTPServerSession,
    started: number,
    fields: { action: string; status: number; caller?: string; errorCode?: string },
  ) =>
    log(
      requestLogLine({
        protocol: 'smtp',
        sourceIp: session.remoteAddress,
        ms: performance.now() - started,
        ...fields,
      }),
    );

  return new SMTPServer({
    name: `email-smtp.${options.region}.amazonaws.com`,
    banner: 'SimpleEmailService emulator',
    authMethods: ['PLAIN', 'LOGIN'],
    // Credentials may cross loopback in the clear (checked per session in onAuth); from any other
    // address AUTH needs STARTTLS first, as SES requires.
    allowInsecureAuth: true,
    authOptional: true,
    size: MAX_SMTP_MESSAGE_BYTES,
    hideDSN: true,
    ...(options.tls ?? {}),
    // The endpoint logs one line per message itself; the library's own log (and its warning about
    // its built-in certificate, which the banner states) would repeat it.
    logger: false,
    onAuth(auth, session, callback) {
      const started = performance.now();
      if (!session.secure && !isLoopback(session.remoteAddress)) {
        logLine(session, started, { action: 'AUTH', status: 530, errorCode: 'TlsRequired' });
        return callback(smtpError(530, 'Must issue a STARTTLS command first'));
      }
      const principal = emulatorPrincipals().find((p) => p.accessKeyId === auth.username);
      if (
        !principal ||
        !smtpPasswordMatches(auth.password ?? '', principal.secretAccessKey, options.region)
      ) {
        logLine(session, started, { action: 'AUTH', status: 535, errorCode: 'AuthenticationFailed' });
        return callback(smtpError(535, 'Authentication Credentials Invalid'));
      }
      logLine(session, started, { action: 'AUTH', status: 235, caller: principal.arn });
      callback(null, { user: principal.accessKeyId });
    },
    onMailFrom(_address, session, callback) {
      if (!caller(session)) return callback(smtpError(530, 'Authentication required'));
      callback();
    },
    onData(stream, session, callback) {
      const started = performance.now();
      const principal = caller(session);
      void (async () => {
        const bytes = await readMessage(stream);
        if (!principal) return callback(smtpError(530, 'Authentication required'));
        if ((stream as { sizeExceeded?: boolean }).sizeExceeded) {
          logLine(session, started, {
            action: 'SendRawEmail',
            status: 552,
            caller: principal.arn,
            errorCode: 'MessageTooLarge',
          });
          return callback(smtpError(552, 'Message size exceeds fixed maximum message size'));
        }
        const params = new URLSearchParams({ Action: 'SendRawEmail', Version: '2010-12-01' });
        const { mailFrom, rcptTo } = session.envelope;
        if (mailFrom && mailFrom.address) params.set('Source', mailFrom.address);
        rcptTo.forEach((r, i) => params.set(`Destinations.member.${i + 1}`, r.address));
        params.set('RawMessage.Data', bytes.toString('base64'));
        try {
          const { result } = await runAction(principal, options.region, new QueryParams(params), {
            requestId: crypto.randomUUID(),
            sourceIp: session.remoteAddress,
            secureTransport: session.secure,
            time: new Date(),
            apiVersion: '2',
          });
          const id = typeof result.MessageId === 'string' ? result.MessageId : '';
          logLine(session, started, { action: 'SendRawEmail', status: 250, caller: principal.arn });
          callback(null, `Ok ${id}`);
        } catch (error) {
          const refusal =
            error instanceof SesError
              ? error
              : new SesError(
                  'InternalFailure',
                  error instanceof Error ? error.message : String(error),
                  500,
                  'Receiver',
                );
          const reply = smtpReply(refusal);
          logLine(session, started, {
            action: 'SendRawEmail',
            status: reply.code,
            caller: principal.arn,
            errorCode: refusal.code,
          });
          callback(smtpError(reply.code, reply.text));
        }
      })().catch((error: unknown) => callback(smtpError(451, `Temporary service failure: ${String(error)}`)));
    },
  });
}
