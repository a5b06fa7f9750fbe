/**
 * Findings in the spirit of IAM Access Analyzer's policy checks: things SES would store but that
 * probably do not do what their author meant. Severities: security-warning (grants more than
 * intended), warning (does not work as written), suggestion (works, could be clearer).
 */
import { actionFinding } from './action-problems';
import { compileResourcePattern } from './arn';
import { lookupConditionKey } from './catalog';
import { parseCidr, parseDate } from './condition-values';
import { compileGlob, hasWildcard } from './glob';
import type {
  CompiledPolicy,
  CompiledStatement,
  ConditionClause,
  Diagnostic,
  LocatedValue,
  Severity,
} from './types';

export interface LintOptions {
  identityArn: string;
  now?: Date;
}

type Finding = Omit<Diagnostic, 'severity'> & { severity: Exclude<Severity, 'error'> };

// Regular-expression syntax that IAM wildcards do not have. A `+` alone is legal in addresses
// (marketing+tag@example.com), so it counts only after something regex-like.
const REGEX_SYNTAX = /(\.\*|\.\+|\.\?|\\[wdsWDS.]|\[[^\]]*\]|[)\]]\+|^\^|\$$|\(\?|\|)/;

function finding(
  code: string,
  severity: Finding['severity'],
  message: string,
  at: { path: Diagnostic['path']; range: Diagnostic['range'] },
): Finding {
  return { code, severity, message, path: at.path, range: at.range };
}

function stringValues(clause: ConditionClause): LocatedValue[] {
  return clause.values.map((v) => ({ ...v, value: String(v.value) }));
}

export function lint(policy: CompiledPolicy, options: LintOptions): Diagnostic[] {
  const out: Finding[] = [];
  const now = options.now ?? new Date();
  const identity = identityOf(options.identityArn);
  const sids = new Map<string, number>();
  for (const s of policy.statements) {
    if (s.sid !== undefined) {
      if (sids.has(s.sid)) {
        out.push(
          finding(
            'duplicate-sid',
            'warning',
            `Sid "${s.sid}" is used by more than one statement; give each statement its own Sid.`,
            s,
          ),
        );
      }
      sids.set(s.sid, s.index);
    }
    lintPrincipal(s, out);
    lintActions(s, out);
    lintConditions(s, out, now, identity);
  }
  lintRedundant(policy.statements, out);
  return out;
}

function lintActions(s: CompiledStatement, out: Finding[]) {
  for (const v of s.action?.values ?? []) {
    const problem = actionFinding(v.value);
    if (problem) out.push(finding(problem.code, 'warning', problem.message, v));
  }
}

function lintPrincipal(s: CompiledStatement, out: Finding[]) {
  if (!s.principal || s.effect !== 'Allow') return;
  if (s.principal.negated) {
    out.push(
      finding(
        'allow-with-notprincipal',
        'security-warning',
        'Allow with NotPrincipal grants every principal except the ones listed, including anonymous and unknown accounts. Name the principals you mean in Principal instead.',
        s.principal,
      ),
    );
    return;
  }
  const everyone = s.principal.entries.find((e) => e.type === '*' || (e.type === 'AWS' && e.value === '*'));
  if (everyone && s.conditions.length === 0) {
    out.push(
      finding(
        'principal-star-unconditioned',
        'security-warning',
        'Principal "*" with no condition lets any AWS account send from this identity. Name the accounts, or add a condition such as aws:PrincipalOrgID.',
        everyone,
      ),
    );
  }
}

function lintConditions(
  s: CompiledStatement,
  out: Finding[],
  now: Date,
  identity: IdentityShape | undefined,
) {
  const keysByLower = new Map<string, string>();
  const nullGuards = new Set(
    s.conditions
      .filter((c) => c.operator === 'Null' && c.values.some((v) => String(v.value).toLowerCase() === 'false'))
      .map((c) => c.keyLower),
  );
  for (const c of s.conditions) {
    const known = lookupConditionKey(c.key);
    const previous = keysByLower.get(c.keyLower);
    if (previous !== undefined && previous !== c.key) {
      out.push(
        finding(
          'key-case-variants',
          'warning',
          `"${c.key}" and "${previous}" are the same key written in different case; key names are case-insensitive, so write it one way.`,
          { path: c.path, range: c.keyRange },
        ),
      );
    }
    keysByLower.set(c.keyLower, c.key);

    if (c.setOperator && known && !known.multiValued) {
      out.push(
        finding(
          'set-operator-on-single-valued-key',
          s.effect === 'Allow' && c.setOperator === 'ForAllValues' ? 'security-warning' : 'warning',
          `${c.setOperator} is for multi-valued keys, but ${c.key} has one value${c.setOperator === 'ForAllValues' ? ', and ForAllValues is true when the key is absent' : ''}. Use ${c.operator} without the prefix.`,
          { path: c.path, range: c.operatorRange },
        ),
      );
    }
    if (!c.setOperator && known?.multiValued && c.operator !== 'Null') {
      out.push(
        finding(
          'multi-valued-key-without-set-operator',
          'warning',
          `${c.key} can hold several values: say whether every value must match (ForAllValues:${c.operator}) or at least one (ForAnyValue:${c.operator}).`,
          { path: c.path, range: c.operatorRange },
        ),
      );
    }
    if (c.setOperator === 'ForAllValues' && s.effect === 'Allow' && !nullGuards.has(c.keyLower)) {
      out.push(
        finding(
          'forallvalues-without-null-guard',
          'security-warning',
          `ForAllValues is true when ${c.key} is absent or empty, so this Allow also applies to requests without it. Add "Null": {"${c.key}": "false"} to the same statement.`,
          { path: c.path, range: c.operatorRange },
        ),
      );
    }
    if (c.operator === 'Null' && c.ifExists) {
      out.push(
        finding(
          'ifexists-on-null',
          'warning',
          'NullIfExists makes no sense: Null already tests whether the key exists. Use Null.',
          {
            path: c.path,
            range: c.operatorRange,
          },
        ),
      );
    }
    for (const v of stringValues(c)) lintValue(s, c, v, out, now, identity);
  }
}

function lintValue(
  s: CompiledStatement,
  c: ConditionClause,
  v: LocatedValue,
  out: Finding[],
  now: Date,
  identity: IdentityShape | undefined,
) {
  const like = c.operator === 'StringLike' || c.operator === 'StringNotLike';
  const equals = c.operator === 'StringEquals' || c.operator === 'StringNotEquals';
  if (like && REGEX_SYNTAX.test(v.value)) {
    const grantsMore = (s.effect === 'Deny') !== c.negated;
    out.push(
      finding(
        'stringlike-regex',
        grantsMore ? 'security-warning' : 'warning',
        `"${v.value}" looks like a regular expression, but ${c.operator} only knows * (any characters) and ? (one character); "." and "+" match themselves. Did you mean "${suggestGlob(v.value)}"?`,
        v,
      ),
    );
  } else if (like && !hasWildcard(v.value) && !v.value.includes('${')) {
    out.push(
      finding(
        'stringlike-without-wildcard',
        'suggestion',
        `"${v.value}" has no * or ?, so ${c.operator} compares it exactly; ${c.negated ? 'StringNotEquals' : 'StringEquals'} says so more plainly.`,
        v,
      ),
    );
  }
  if (equals && hasWildcard(v.value)) {
    out.push(
      finding(
        'wildcard-in-stringequals',
        'warning',
        `${c.operator} compares "${v.value}" literally: * and ? are not wildcards here. Use ${c.negated ? 'StringNotLike' : 'StringLike'} for a pattern.`,
        v,
      ),
    );
  }
  if (c.family === 'IpAddress') {
    const range = parseCidr(v.value);
    if (!range) {
      out.push(
        finding(
          'invalid-ip-range',
          'warning',
          `"${v.value}" is not an IPv4 or IPv6 address or CIDR range (e.g. 203.0.113.0/24), so it never matches.`,
          v,
        ),
      );
    } else if (v.value.includes('/')) {
      const [address, bits] = range;
      const network = address.kind() === 'ipv4' ? networkOf4(address.toByteArray(), bits) : undefined;
      if (network && network !== address.toString()) {
        out.push(
          finding(
            'ip-host-bits',
            'suggestion',
            `"${v.value}" has host bits set; it means ${network}/${bits}. Write that to avoid confusion.`,
            v,
          ),
        );
      }
    }
  }
  if (c.family === 'Date') {
    const when = parseDate(v.value);
    if (when === undefined) {
      out.push(
        finding(
          'invalid-date',
          'warning',
          `"${v.value}" is not a date: use ISO 8601 such as 2027-01-01T00:00:00Z, or epoch seconds.`,
          v,
        ),
      );
    } else if (
      s.effect === 'Allow' &&
      c.keyLower === 'aws:currenttime' &&
      (c.operator === 'DateLessThan' || c.operator === 'DateLessThanEquals') &&
      when <= now.getTime()
    ) {
      out.push(
        finding(
          'date-window-over',
          'warning',
          `This grant ended at ${new Date(when).toISOString()}; it no longer allows anything. Remove it or move the date.`,
          v,
        ),
      );
    }
  }
  if (
    identity &&
    s.effect === 'Allow' &&
    c.keyLower === 'ses:fromaddress' &&
    !c.negated &&
    (like || equals)
  ) {
    if (!canMatchIdentity(v.value, like, identity)) {
      out.push(
        finding(
          'from-address-never-matches',
          'warning',
          `No From address of ${identity.name} matches "${v.value}", so this statement never allows a send from this identity.`,
          v,
        ),
      );
    }
  }
}

function suggestGlob(value: string): string {
  return value
    .replace(/\\./g, '.')
    .replace(/\.[*+]/g, '*')
    .replace(/\.\?/g, '?')
    .replace(/^\^/, '')
    .replace(/\$$/, '');
}

function networkOf4(bytes: number[], bits: number): string {
  return bytes
    .map((b, i) => {
      const keep = Math.max(0, Math.min(8, bits - i * 8));
      return b & (keep === 0 ? 0 : (0xff << (8 - keep)) & 0xff);
    })
    .join('.');
}

interface IdentityShape {
  name: string;
  email: boolean;
}

function identityOf(arn: string): IdentityShape | undefined {
  const m = /^arn:aws[a-z-]*:ses:[^:]*:\d{12}:identity\/(.+)$/.exec(arn);
  if (!m?.[1]) return undefined;
  return { name: m[1], email: m[1].includes('@') };
}

/** Could a From-address condition value match some address that belongs to the identity? */
function canMatchIdentity(value: string, like: boolean, identity: IdentityShape): boolean {
  if (value.includes('${')) return true;
  const name = identity.name.toLowerCase();
  if (identity.email) {
    return like ? compileGlob(value, true)(name) : value.toLowerCase() === name;
  }
  const at = value.lastIndexOf('@');
  if (at === -1) return like && value.includes('*');
  const domain = value.slice(at + 1).toLowerCase();
  if (!like || !hasWildcard(domain)) return domain === name || domain.endsWith(`.${name}`);
  const matches = compileGlob(domain, true);
  return matches(name) || matches(`sub.${name}`);
}

/** A statement whose every request is also covered by another unconditioned statement of the same effect. */
function lintRedundant(statements: CompiledStatement[], out: Finding[]) {
  for (const a of statements) {
    for (const b of statements) {
      if (a === b || a.effect !== b.effect || !a.effect || b.conditions.length > 0) continue;
      if (!covers(b, a)) continue;
      // Of two identical statements, report only the later one.
      if (covers(a, b) && a.conditions.length === 0 && a.index < b.index) continue;
      out.push(
        finding(
          'redundant-statement',
          'suggestion',
          `Statement ${label(a)} is redundant: statement ${label(b)} already ${a.effect === 'Allow' ? 'allows' : 'denies'} everything it does. Remove it or narrow the other.`,
          a,
        ),
      );
      break;
    }
  }
}

function label(s: CompiledStatement): string {
  return s.sid ? `"${s.sid}"` : `#${s.index + 1}`;
}

function covers(b: CompiledStatement, a: CompiledStatement): boolean {
  if (!a.principal || !b.principal || !a.action || !b.action || !a.resource || !b.resource) return false;
  if (
    a.principal.negated ||
    b.principal.negated ||
    a.action.negated ||
    b.action.negated ||
    a.resource.negated ||
    b.resource.negated
  ) {
    return false;
  }
  const bEveryone = b.principal.entries.some((e) => e.type === '*' || (e.type === 'AWS' && e.value === '*'));
  const principals =
    bEveryone ||
    a.principal.entries.every((x) =>
      b.principal!.entries.some((y) => y.type === x.type && y.value === x.value),
    );
  const actions = a.action.values.every((x) =>
    b.action!.values.some((y) => y.value === '*' || compileGlob(y.value, true)(x.value)),
  );
  const resources = a.resource.values.every((x) =>
    b.resource!.values.some((y) => compileResourcePattern(y.value)(x.value)),
  );
  return principals && actions && resources;
}
