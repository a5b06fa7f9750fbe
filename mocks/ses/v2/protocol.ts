/**
 * SES API v2's REST-JSON protocol (restJson1): the route of a request (method and path under
 * `/v2/email/`), its path labels decoded exactly once, its JSON body read by own property only,
 * and errors as restJson1 answers them: `x-amzn-ErrorType: <Code>` and `{"message": "..."}`.
 *
 * Sources: botocore's sesv2 model (botocore/data/sesv2/2019-09-27/service-2.json: paths, shapes,
 * error codes and statuses); botocore's RestJSONParser (`_inject_error_code` reads the code from
 * the `x-amzn-errortype` header, cut at `:`, else from the body's `code`), and the message from
 * the body's `message`; @aws-sdk/client-sesv2's de-serializers do the same (`loadRestJsonErrorCode`).
 */
import { SesError } from '../errors';

/** What a v1 (Query API) code becomes in v2: the code restJson1 services answer, with its status. */
const V2_CODES: ReadonlyMap<string, readonly [string, number]> = new Map([
  ['InvalidParameterValue', ['BadRequestException', 400]],
  ['MissingParameter', ['BadRequestException', 400]],
  ['ValidationError', ['BadRequestException', 400]],
  ['InvalidPolicy', ['BadRequestException', 400]],
  ['MalformedQueryString', ['BadRequestException', 400]],
  ['LimitExceeded', ['LimitExceededException', 400]],
  ['Throttling', ['TooManyRequestsException', 429]],
  ['AccessDenied', ['AccessDeniedException', 403]],
  ['MessageRejected', ['MessageRejected', 400]],
  ['MailFromDomainNotVerified', ['MailFromDomainNotVerifiedException', 400]],
  // SigV4 refusals, as AWS's JSON services name them (see mocks/README.md, "SES API v2").
  ['SignatureDoesNotMatch', ['InvalidSignatureException', 403]],
  ['IncompleteSignature', ['IncompleteSignatureException', 403]],
  ['MissingAuthenticationToken', ['MissingAuthenticationTokenException', 403]],
  ['InvalidClientTokenId', ['UnrecognizedClientException', 403]],
]);

/** An error in v2's terms: v1 codes are renamed; v2's own codes pass through. */
export function v2Error(error: SesError): SesError {
  const mapped = V2_CODES.get(error.code);
  if (!mapped) return error;
  return new SesError(mapped[0], error.message, mapped[1], error.type);
}

export const badRequest = (message: string) => new SesError('BadRequestException', message, 400);
export const notFound = (message: string) => new SesError('NotFoundException', message, 404);
export const alreadyExists = (message: string) => new SesError('AlreadyExistsException', message, 400);
export const limitExceeded = (message: string) => new SesError('LimitExceededException', message, 400);

/** A JSON value as JSON.parse gives it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: Json | undefined): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object'
    ? 'an object'
    : `the ${typeof value} ${JSON.stringify(value).slice(0, 80)}`;
}

/**
 * A JSON object's members, read by own property only: a member named `__proto__` or
 * `constructor` is just absent unless the client sent it. `path` names the member in messages
 * (`Content.Simple.Subject`).
 */
export class JsonFields {
  constructor(
    private readonly record: JsonObject,
    readonly path: string = '',
  ) {}

  static of(value: Json | undefined, path: string): JsonFields {
    if (!isJsonObject(value))
      throw badRequest(`${path || 'The request body'} must be a JSON object; found ${kindOf(value)}.`);
    return new JsonFields(value, path);
  }

  private at(name: string): string {
    return this.path ? `${this.path}.${name}` : name;
  }

  get(name: string): Json | undefined {
    if (!Object.hasOwn(this.record, name)) return undefined;
    const value = this.record[name];
    return value === null ? undefined : value;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  required(name: string): Json {
    const value = this.get(name);
    if (value === undefined)
      throw badRequest(
        `1 validation error detected: Value null at '${this.at(name)}' failed to satisfy constraint: Member must not be null`,
      );
    return value;
  }

  string(name: string): string {
    const value = this.required(name);
    if (typeof value !== 'string')
      throw badRequest(`${this.at(name)} must be a string; found ${kindOf(value)}.`);
    return value;
  }

  optionalString(name: string): string | undefined {
    return this.has(name) ? this.string(name) : undefined;
  }

  optionalBoolean(name: string): boolean | undefined {
    const value = this.get(name);
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean')
      throw badRequest(`${this.at(name)} must be true or false; found ${kindOf(value)}.`);
    return value;
  }

  object(name: string): JsonFields {
    return JsonFields.of(this.required(name), this.at(name));
  }

  optionalObject(name: string): JsonFields | undefined {
    return this.has(name) ? this.object(name) : undefined;
  }

  /** A list of strings, at most `max` long; absent is empty. */
  strings(name: string, max: number): string[] {
    const value = this.get(name);
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw badRequest(`${this.at(name)} must be a list; found ${kindOf(value)}.`);
    if (value.length > max)
      throw badRequest(`${this.at(name)} may hold at most ${max} entries; found ${value.length}.`);
    return value.map((item, i) => {
      if (typeof item !== 'string')
        throw badRequest(`${this.at(name)}[${i}] must be a string; found ${kindOf(item)}.`);
      return item;
    });
  }

  /** A list of objects, at most `max` long; absent is empty. */
  objects(name: string, max: number): JsonFields[] {
    const value = this.get(name);
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw badRequest(`${this.at(name)} must be a list; found ${kindOf(value)}.`);
    if (value.length > max)
      throw badRequest(`${this.at(name)} may hold at most ${max} entries; found ${value.length}.`);
    return value.map((item, i) => JsonFields.of(item, `${this.at(name)}[${i}]`));
  }

  /** The members present, for refusing the ones the emulator does not support. */
  present(names: readonly string[]): string[] {
    return names.filter((n) => this.has(n));
  }
}

/** Reads a request body: empty is `{}`; anything else must be one JSON object. */
export function parseJsonBody(body: string): JsonFields {
  if (body.trim() === '') return new JsonFields({});
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
  if (!isJsonObject(value)) throw badRequest('The request body must be a JSON object.');
  return new JsonFields(value);
}

/** One route: a method and the path's segments after `/v2/email/`, `{Label}` for a path label. */
export interface Route<Op> {
  method: string;
  segments: readonly string[];
  operation: Op;
}

export function route<Op>(method: string, path: string, operation: Op): Route<Op> {
  return { method, segments: path.split('/').filter(Boolean), operation };
}

export interface Matched<Op> {
  operation: Op;
  labels: ReadonlyMap<string, string>;
}

/** Decodes one path segment exactly once (`marketing%2Bnews%40x` is `marketing+news@x`; a `+` stays a `+`). */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw badRequest(`The path segment ${segment.slice(0, 100)} is not valid percent-encoded UTF-8.`);
  }
}

/** The REST path after `/v2/email`, as raw (still encoded) segments; undefined when it is not v2's. */
export function v2Segments(pathname: string): string[] | undefined {
  const parts = pathname.split('/');
  for (let i = 0; i + 1 < parts.length; i++) {
    if (parts[i] === 'v2' && parts[i + 1] === 'email') return parts.slice(i + 2).filter((p) => p !== '');
  }
  return undefined;
}

/**
 * The route for a method and raw path segments. A path that matches a route's shape under another
 * method is answered as AWS's REST services answer it (no such operation: 404 with the method
 * named); a path that matches nothing is 404 too.
 */
export function matchRoute<Op>(
  routes: readonly Route<Op>[],
  method: string,
  segments: readonly string[],
): Matched<Op> {
  let pathKnown = false;
  for (const r of routes) {
    if (r.segments.length !== segments.length) continue;
    const labels = new Map<string, string>();
    let ok = true;
    for (let i = 0; i < segments.length && ok; i++) {
      const pattern = r.segments[i] ?? '';
      const segment = segments[i] ?? '';
      if (pattern.startsWith('{')) labels.set(pattern.slice(1, -1), segment);
      else ok = pattern === segment;
    }
    if (!ok) continue;
    pathKnown = true;
    if (r.method !== method) continue;
    const decoded = new Map<string, string>();
    for (const [name, raw] of labels) {
      const value = decodeSegment(raw);
      if (value === '') throw badRequest(`The path label ${name} is empty.`);
      decoded.set(name, value);
    }
    return { operation: r.operation, labels: decoded };
  }
  const path = `/v2/email/${segments.join('/')}`;
  throw new SesError(
    'NotFoundException',
    pathKnown
      ? `SES API v2 has no ${method} operation on ${path.slice(0, 200)}.`
      : `SES API v2 has no operation at ${path.slice(0, 200)} (the emulator answers the identity, policy, configuration set and send operations).`,
    404,
  );
}

/** A 200 answer's body: JSON of the operation's output, `{}` when it has none. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value ?? {});
}
