/**
 * The SES Query protocol's request side: a form-encoded body of `Action`, `Version` and the
 * operation's parameters, with lists as `Name.member.N` and maps as `Name.entry.N.key/value`.
 */
import { invalidParameter, missingParameter } from './errors';

export class QueryParams {
  constructor(private readonly params: URLSearchParams) {}

  static parse(body: string): QueryParams {
    return new QueryParams(new URLSearchParams(body));
  }

  optional(name: string): string | undefined {
    const value = this.params.get(name);
    return value === null || value === '' ? undefined : value;
  }

  required(name: string): string {
    const value = this.optional(name);
    if (value === undefined) throw missingParameter(name);
    return value;
  }

  bool(name: string): boolean {
    const value = this.required(name).toLowerCase();
    if (value !== 'true' && value !== 'false')
      throw invalidParameter(`${name} must be true or false; found "${value}".`);
    return value === 'true';
  }

  integer(name: string): number | undefined {
    const value = this.optional(name);
    if (value === undefined) return undefined;
    if (!/^-?\d+$/.test(value)) throw invalidParameter(`${name} must be an integer; found "${value}".`);
    return Number(value);
  }

  /** Whether the parameter was sent at all, even empty. */
  has(name: string): boolean {
    return this.params.has(name);
  }

  /** `Name.member.1`, `Name.member.2`, ... in order. */
  list(name: string): string[] {
    const out: string[] = [];
    for (let i = 1; ; i++) {
      const value = this.params.get(`${name}.member.${i}`);
      if (value === null) return out;
      out.push(value);
    }
  }

  /** A list of structures: `Name.member.N.Field`. */
  structList(name: string, fields: string[]): Record<string, string | undefined>[] {
    const out: Record<string, string | undefined>[] = [];
    for (let i = 1; ; i++) {
      const prefix = `${name}.member.${i}.`;
      if (!fields.some((f) => this.params.has(`${prefix}${f}`))) return out;
      out.push(Object.fromEntries(fields.map((f) => [f, this.params.get(`${prefix}${f}`) ?? undefined])));
    }
  }
}
