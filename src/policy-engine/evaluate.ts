/**
 * IAM's evaluation logic for SES sending authorization. Default deny; an applicable Deny wins;
 * within one account an Allow from the caller's IAM policies or the identity's policy suffices;
 * across accounts both must allow; a service principal is decided by the resource policy alone.
 * A document that cannot be read never contributes an Allow, and then the decision is never
 * Allow. The decision is computed on a fast path; the full trace is built only when read.
 */
import { parseArn } from './arn';
import type { ContextMap } from './conditions';
import { memoised } from './memo';
import { describeCaller, matchPrincipalEntry, type Caller } from './principal';
import { preparedPolicy, type PreparedPolicy, type PreparedStatement } from './prepare';
import { EMPTY_RANGE } from './position';
import type {
  ContextValue,
  Decision,
  DecidingStatement,
  Diagnostic,
  ElementTrace,
  EvaluationRequest,
  PatternBlock,
  SourceRange,
  EvaluationResult,
  PolicyInput,
  PolicyKind,
  PolicyTrace,
  StatementTrace,
} from './types';

interface Side {
  kind: PolicyKind;
  policies: PreparedPolicy[];
}

interface Applicable {
  policy: PreparedPolicy;
  kind: PolicyKind;
  statement: PreparedStatement;
}

const isScalar = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** A context value as strings; anything but strings, numbers and booleans is not a value. */
function toStrings(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return (value as unknown[]).filter(isScalar).map(String);
  return isScalar(value) ? [String(value)] : undefined;
}

/**
 * The request context as conditions read it: keys looked up case-insensitively on demand (no
 * copy of the context per call), plus keys derived from the caller when the request lacks them.
 */
class RequestContext implements ContextMap {
  private readonly cache = new Map<string, string[] | undefined>();

  constructor(
    private readonly raw: Record<string, ContextValue> | undefined,
    private readonly caller: Caller,
  ) {}

  get(keyLower: string): string[] | undefined {
    if (this.cache.has(keyLower)) return this.cache.get(keyLower);
    let found: string[] | undefined;
    const raw = this.raw;
    if (raw) {
      for (const key in raw) {
        // Own keys only: an inherited property (a context built on another object) is not in
        // the request, and `__proto__` or `constructor` must never read Object.prototype.
        if (key.length === keyLower.length && key.toLowerCase() === keyLower && Object.hasOwn(raw, key)) {
          found = toStrings(raw[key]);
          break;
        }
      }
    }
    if (found === undefined) found = this.derived(keyLower);
    this.cache.set(keyLower, found);
    return found;
  }

  has(keyLower: string): boolean {
    return this.get(keyLower) !== undefined;
  }

  private derived(keyLower: string): string[] | undefined {
    const { caller } = this;
    if (caller.kind === 'service') return keyLower === 'aws:principalservicename' ? [caller.text] : undefined;
    if (!caller.account) return undefined;
    if (keyLower === 'aws:principalaccount') return [caller.account];
    if (keyLower === 'aws:principalarn')
      return [caller.kind === 'assumed-role' && caller.roleArn ? caller.roleArn : caller.text];
    if (keyLower === 'aws:username' && caller.userName) return [caller.userName];
    return undefined;
  }
}

/** Whether a statement's Principal (or NotPrincipal) covers the caller; grants.ts asks it too. */
export function principalApplies(statement: PreparedStatement, kind: PolicyKind, caller: Caller): boolean {
  const block = statement.statement.principal;
  // Identity policies apply to the principal they are attached to; a resource policy statement
  // without a principal grants nobody.
  if (!block) return kind === 'identity';
  let any = false;
  for (const test of statement.principalTests) {
    if (test(caller)) {
      any = true;
      break;
    }
  }
  return block.negated ? !any : any;
}

/** Whether an Action/NotAction or Resource/NotResource block covers the value. */
export function patternApplies(
  tests: ((value: string) => boolean)[],
  block: { negated: boolean } | undefined,
  value: string,
): boolean {
  if (!block) return false;
  let any = false;
  for (const t of tests) {
    if (t(value)) {
      any = true;
      break;
    }
  }
  return block.negated ? !any : any;
}

function statementApplies(
  statement: PreparedStatement,
  kind: PolicyKind,
  caller: Caller,
  action: string,
  resource: string,
  ctx: ContextMap,
): boolean {
  return (
    principalApplies(statement, kind, caller) &&
    patternApplies(statement.actionTests, statement.statement.action, action) &&
    patternApplies(statement.resourceTests, statement.statement.resource, resource) &&
    statement.conditions.every((c) => c.test(ctx))
  );
}

function loadSide(kind: PolicyKind, inputs: PolicyInput[] | undefined, diagnostics: Diagnostic[]): Side {
  const policies: PreparedPolicy[] = [];
  if (Array.isArray(inputs)) {
    inputs.forEach((input, i) => {
      const name = input && typeof input.name === 'string' ? input.name : `policy ${i + 1}`;
      const document =
        input &&
        (typeof input.document === 'string' || (input.document && typeof input.document === 'object'))
          ? input.document
          : '';
      const prepared = preparedPolicy(document, name);
      policies.push(prepared);
      if (!prepared.compiled.readable) {
        for (const d of prepared.compiled.diagnostics) {
          if (d.severity === 'error') diagnostics.push({ ...d, policyName: name });
        }
      }
    });
  }
  return { kind, policies };
}

interface SideOutcome {
  decision: Decision;
  denies: Applicable[];
  allows: Applicable[];
  unreadable: boolean;
}

function decideSide(
  side: Side,
  caller: Caller,
  action: string,
  resource: string,
  ctx: ContextMap,
): SideOutcome {
  const denies: Applicable[] = [];
  const allows: Applicable[] = [];
  let unreadable = false;
  for (const policy of side.policies) {
    if (!policy.compiled.readable) unreadable = true;
    for (const statement of policy.statements) {
      const effect = statement.statement.effect;
      if (!effect) continue;
      // Allows from an unreadable document are ignored; its readable Denies still count.
      if (effect === 'Allow' && !policy.compiled.readable) continue;
      if (statementApplies(statement, side.kind, caller, action, resource, ctx)) {
        (effect === 'Deny' ? denies : allows).push({ policy, kind: side.kind, statement });
      }
    }
  }
  const decision: Decision = denies.length
    ? 'ExplicitDeny'
    : allows.length && !unreadable
      ? 'Allow'
      : 'ImplicitDeny';
  return { decision, denies, allows, unreadable };
}

function deciding(list: Applicable[]): DecidingStatement[] {
  return list.map(({ policy, kind, statement }) => ({
    policyName: policy.compiled.name,
    policyKind: kind,
    statementIndex: statement.statement.index,
    sid: statement.statement.sid,
    effect: statement.statement.effect ?? 'Deny',
    range: statement.statement.range,
  }));
}

function elementTrace(matched: boolean, reason: string, range = EMPTY_RANGE): ElementTrace {
  return { matched, reason, range };
}

function traceStatement(
  policy: PreparedPolicy,
  kind: PolicyKind,
  statement: PreparedStatement,
  caller: Caller,
  action: string,
  resource: string,
  ctx: ContextMap,
): StatementTrace {
  const s = statement.statement;
  let principal: ElementTrace;
  if (!s.principal) {
    principal =
      kind === 'identity'
        ? elementTrace(true, 'identity policies apply to the principal they are attached to.')
        : elementTrace(false, 'this statement names no Principal, so it grants nobody.', s.range);
  } else {
    const matches = s.principal.entries.map((e) => matchPrincipalEntry(e, caller));
    const hit = matches.find((m) => m.matched);
    const any = !!hit;
    const matched = s.principal.negated ? !any : any;
    const why = s.principal.negated
      ? any
        ? `NotPrincipal lists the caller (${hit?.reason}), so the statement does not apply to it.`
        : `NotPrincipal does not list ${caller.text}, so the statement applies to it.`
      : any
        ? (hit?.reason ?? '')
        : matches.length
          ? `no principal listed matches ${caller.text} (${matches.map((m) => m.reason).join(' ')})`
          : 'the principal list is empty.';
    principal = elementTrace(matched, capitalise(why), s.principal.range);
  }
  const actionTrace = patternTrace('Action', statement.actionTests, s.action, action, s.range);
  const resourceTrace = patternTrace('Resource', statement.resourceTests, s.resource, resource, s.range);
  const conditions = statement.conditions.map((c) => c.explain(ctx));
  return {
    policyName: policy.compiled.name,
    policyKind: kind,
    statementIndex: s.index,
    sid: s.sid,
    effect: s.effect,
    principal,
    action: actionTrace,
    resource: resourceTrace,
    conditions,
    applies:
      principal.matched && actionTrace.matched && resourceTrace.matched && conditions.every((c) => c.matched),
    range: s.range,
  };
}

/** Why an Action/NotAction or Resource/NotResource element did or did not match the request. */
function patternTrace(
  element: 'Action' | 'Resource',
  tests: ((value: string) => boolean)[],
  block: PatternBlock | undefined,
  value: string,
  statementRange: SourceRange,
): ElementTrace {
  if (!block) {
    return elementTrace(
      false,
      `this statement has no ${element}, so it applies to no ${element.toLowerCase()}.`,
      statementRange,
    );
  }
  const matched = patternApplies(tests, block, value);
  const listed = block.values.map((v) => v.value).join(', ');
  const reason = block.negated
    ? matched
      ? `${value} is not among the Not${element} values.`
      : `${value} is excluded by Not${element}.`
    : matched
      ? `${value} matches ${listed}.`
      : `${value} matches none of ${listed || `(no ${element.toLowerCase()}s)`}.`;
  return elementTrace(matched, reason, block.range);
}

function capitalise(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

interface Outcome {
  decision: Decision;
  caller: Caller;
  action: string;
  resource: string;
  ctx: ContextMap;
  r: SideOutcome;
  i: SideOutcome;
  sides: Side[];
  modelled: boolean;
  crossAccount: boolean;
  diagnostics: Diagnostic[];
}

/**
 * The result of `evaluate`. The decision fields are computed eagerly; the summary, the deciding
 * statements and the full trace are built on first read (most callers — the emulator, the
 * matrix — only need the decision). `toJSON()` returns a plain object with everything, which is
 * what to store or post to another thread (structured cloning keeps only own fields).
 */
class Evaluation implements EvaluationResult {
  readonly decision: Decision;
  readonly resourcePolicyDecision: Decision;
  readonly identityPolicyDecision: Decision | 'NotModelled';
  readonly crossAccount: boolean;
  readonly diagnostics: Diagnostic[];
  private summaryText?: string;
  private decidingList?: DecidingStatement[];
  private traces?: PolicyTrace[];
  private missing?: string[];

  constructor(private readonly outcome: Outcome) {
    this.decision = outcome.decision;
    this.resourcePolicyDecision = outcome.r.decision;
    this.identityPolicyDecision = outcome.modelled ? outcome.i.decision : 'NotModelled';
    this.crossAccount = outcome.crossAccount;
    this.diagnostics = outcome.diagnostics;
  }

  get summary(): string {
    return (this.summaryText ??= summarise(this.outcome));
  }

  get decidingStatements(): DecidingStatement[] {
    const { decision, r, i } = this.outcome;
    return (this.decidingList ??= deciding(
      decision === 'ExplicitDeny'
        ? [...r.denies, ...i.denies]
        : decision === 'Allow'
          ? [...r.allows, ...i.allows]
          : [],
    ));
  }

  get policies(): PolicyTrace[] {
    const { sides, caller, action, resource, ctx } = this.outcome;
    return (this.traces ??= sides.flatMap((side) =>
      side.policies.map((policy) => ({
        name: policy.compiled.name,
        kind: side.kind,
        readable: policy.compiled.readable,
        statements: policy.statements.map((s) =>
          traceStatement(policy, side.kind, s, caller, action, resource, ctx),
        ),
      })),
    ));
  }

  get missingContextKeys(): string[] {
    const { sides, caller, action, resource, ctx } = this.outcome;
    return (this.missing ??= missingKeys(sides, caller, action, resource, ctx));
  }

  toJSON(): EvaluationResult {
    return {
      decision: this.decision,
      summary: this.summary,
      decidingStatements: this.decidingStatements,
      resourcePolicyDecision: this.resourcePolicyDecision,
      identityPolicyDecision: this.identityPolicyDecision,
      crossAccount: this.crossAccount,
      policies: this.policies,
      missingContextKeys: this.missingContextKeys,
      diagnostics: this.diagnostics,
    };
  }
}

function failure(message: string): EvaluationResult {
  return {
    decision: 'ImplicitDeny',
    summary: `Implicitly denied: ${message}`,
    decidingStatements: [],
    resourcePolicyDecision: 'ImplicitDeny',
    identityPolicyDecision: 'NotModelled',
    crossAccount: false,
    policies: [],
    missingContextKeys: [],
    diagnostics: [{ code: 'invalid-request', severity: 'error', message, path: [], range: EMPTY_RANGE }],
  };
}

export function evaluate(request: EvaluationRequest): EvaluationResult {
  try {
    return evaluateUnsafe(request);
  } catch (error) {
    return failure(
      `the request could not be evaluated (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

const callerOf = memoised(describeCaller);
const accountOf = memoised((arn: string) => parseArn(arn)?.account);
const NO_POLICIES: Side = { kind: 'identity', policies: [] };

function evaluateUnsafe(request: EvaluationRequest): EvaluationResult {
  if (!request || typeof request !== 'object') return failure('the request is not an object.');
  const { principal, action, resource } = request;
  if (typeof principal !== 'string' || !principal) return failure('the request names no principal.');
  if (typeof action !== 'string' || !action) return failure('the request names no action.');
  if (typeof resource !== 'string' || !resource) return failure('the request names no resource.');
  const context = request.context && typeof request.context === 'object' ? request.context : undefined;

  const caller = callerOf(principal);
  const ctx = new RequestContext(context, caller);
  const diagnostics: Diagnostic[] = [];
  const resourceSide = loadSide('resource', request.resourcePolicies, diagnostics);
  const modelled = Array.isArray(request.identityPolicies);
  const identitySide = modelled ? loadSide('identity', request.identityPolicies, diagnostics) : NO_POLICIES;

  const r = decideSide(resourceSide, caller, action, resource, ctx);
  const i = decideSide(identitySide, caller, action, resource, ctx);
  const isService = caller.kind === 'service';
  const crossAccount = !isService && !!caller.account && caller.account !== accountOf(resource);
  // The root user has every permission in its own account; IAM policies do not apply to it.
  const identityAllows = !modelled || caller.kind === 'root' || i.decision === 'Allow';

  let decision: Decision;
  if (r.denies.length || i.denies.length) decision = 'ExplicitDeny';
  else if (r.unreadable || i.unreadable) decision = 'ImplicitDeny';
  else if (isService) decision = r.decision === 'Allow' ? 'Allow' : 'ImplicitDeny';
  else if (crossAccount) decision = r.decision === 'Allow' && identityAllows ? 'Allow' : 'ImplicitDeny';
  else decision = r.decision === 'Allow' || identityAllows ? 'Allow' : 'ImplicitDeny';

  return new Evaluation({
    decision,
    caller,
    action,
    resource,
    ctx,
    r,
    i,
    sides: modelled ? [resourceSide, identitySide] : [resourceSide],
    modelled,
    crossAccount,
    diagnostics,
  });
}

function summarise({ decision, caller, action, r, i, modelled, crossAccount }: Outcome): string {
  if (decision === 'ExplicitDeny') {
    return `Explicitly denied by ${describeStatements([...r.denies, ...i.denies])}; an explicit Deny overrides every Allow.`;
  }
  if (r.unreadable || i.unreadable) {
    return 'Implicitly denied: a policy cannot be read, and what cannot be read might have denied. Fix the errors listed.';
  }
  if (caller.kind === 'service') {
    return decision === 'Allow'
      ? `Allowed: ${describeStatements(r.allows)} grants the service ${caller.text}.`
      : `Implicitly denied: no statement of the identity's policies grants the service ${caller.text}.`;
  }
  const iamAllows = modelled && caller.kind !== 'root' && i.decision === 'Allow';
  if (crossAccount) {
    if (decision === 'Allow') {
      return `Allowed: ${describeStatements(r.allows)} grants account ${caller.account}${iamAllows ? `, and ${describeStatements(i.allows)} in the caller's IAM policies allows it` : ''}.`;
    }
    return r.decision !== 'Allow'
      ? `Implicitly denied: the caller is in account ${caller.account}, and no statement of the identity's sending authorization policies allows it.`
      : `Implicitly denied: the identity's policy allows account ${caller.account}, but the caller's own IAM policies do not allow ${action} on this identity; across accounts both must allow.`;
  }
  if (decision === 'Allow') {
    if (r.decision === 'Allow')
      return `Allowed: ${describeStatements(r.allows)} allows it (same account: either side suffices).`;
    if (!modelled) {
      return "Allowed: the caller is in the identity's own account and its IAM policies are not modelled, so they are taken to allow.";
    }
    if (caller.kind === 'root') return "Allowed: the caller is the root user of the identity's own account.";
    return `Allowed: ${describeStatements(i.allows)} in the caller's IAM policies allows it (same account: either side suffices).`;
  }
  return `Implicitly denied: nothing allows ${action}: neither the caller's IAM policies nor the identity's policies.`;
}

function describeStatements(list: Applicable[]): string {
  const names = list.map(({ policy, statement }) => {
    const s = statement.statement;
    return `statement ${s.sid ? `"${s.sid}"` : `#${s.index + 1}`} of ${policy.compiled.name}`;
  });
  return names.length <= 2
    ? names.join(' and ')
    : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
}

/** Keys referenced by statements that apply to this principal, action and resource, but absent. */
function missingKeys(
  sides: Side[],
  caller: Caller,
  action: string,
  resource: string,
  ctx: ContextMap,
): string[] {
  const missing = new Map<string, string>();
  for (const side of sides) {
    for (const policy of side.policies) {
      for (const s of policy.statements) {
        if (
          !principalApplies(s, side.kind, caller) ||
          !patternApplies(s.actionTests, s.statement.action, action) ||
          !patternApplies(s.resourceTests, s.statement.resource, resource)
        ) {
          continue;
        }
        for (const c of s.conditions) {
          if (!ctx.has(c.clause.keyLower) && !missing.has(c.clause.keyLower))
            missing.set(c.clause.keyLower, c.clause.key);
        }
      }
    }
  }
  return [...missing.values()];
}
