/**
 * The endpoint's request log: one line per request, with its time, caller address, caller ARN,
 * action, decision and duration. It never holds a key, a signature or a message body.
 */
export interface LogFields {
  sourceIp: string;
  caller?: string;
  action?: string;
  status: number;
  errorCode?: string;
  ms: number;
  protocol?: 'http' | 'smtp';
}

/** Characters a hostile request could use to forge a log line or a terminal sequence. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

function field(value: string | undefined): string {
  if (!value) return '-';
  const clean = value.replace(UNPRINTABLE, '?');
  return clean.length > 200 ? `${clean.slice(0, 200)}…` : clean;
}

export function requestLogLine(fields: LogFields): string {
  const decision = fields.errorCode ?? (fields.status < 400 ? 'OK' : `HTTP${fields.status}`);
  return [
    new Date().toISOString(),
    fields.protocol ?? 'http',
    fields.sourceIp,
    field(fields.caller),
    field(fields.action),
    decision,
    String(fields.status),
    `${fields.ms.toFixed(1)}ms`,
  ].join(' ');
}
