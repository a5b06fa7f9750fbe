/**
 * The engine's shared vocabulary: source positions, diagnostics, the compiled policy model,
 * evaluation results and their traces. Every module of the engine speaks these types; nothing
 * here depends on React, the DOM or the emulator.
 */

/** A point in the policy text. `line` and `column` are 1-based (Monaco's convention). */
export interface SourcePosition {
  offset: number;
  line: number;
  column: number;
}

export interface SourceRange {
  start: SourcePosition;
  end: SourcePosition;
}

/** Path from the document root to a JSON node, e.g. `['Statement', 0, 'Condition', 'StringLike']`. */
export type JsonPath = (string | number)[];

/**
 * `error`: SES would refuse the document (or it cannot be read at all).
 * The other three mirror IAM Access Analyzer's finding types.
 */
export type Severity = 'error' | 'security-warning' | 'warning' | 'suggestion';

export interface Diagnostic {
  /** Stable machine-readable code, e.g. `invalid-json`, `resource-not-identity`, `stringlike-regex`. */
  code: string;
  severity: Severity;
  /** One sentence saying what is wrong and how to fix it. */
  message: string;
  path: JsonPath;
  range: SourceRange;
  /** Set when the diagnostic concerns one of several policies (evaluation, identity-wide checks). */
  policyName?: string;
}

export type Effect = 'Allow' | 'Deny';
export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';
export type PolicyVersion = '2012-10-17' | '2008-10-17';

/** A scalar JSON value as written in the policy, with where it was written. */
export interface LocatedValue<T = string> {
  value: T;
  range: SourceRange;
  path: JsonPath;
}

export type PrincipalType = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser';

export interface PrincipalEntry {
  /** `'*'` for the bare `"Principal": "*"` form; otherwise the key under which the value appears. */
  type: PrincipalType | '*';
  value: string;
  range: SourceRange;
  path: JsonPath;
}

export interface PrincipalBlock {
  /** True for `NotPrincipal`. */
  negated: boolean;
  entries: PrincipalEntry[];
  range: SourceRange;
  path: JsonPath;
}

/** `Action`/`NotAction` or `Resource`/`NotResource`. */
export interface PatternBlock {
  negated: boolean;
  values: LocatedValue[];
  range: SourceRange;
  path: JsonPath;
}

export type SetOperator = 'ForAllValues' | 'ForAnyValue';

/** The operator families; each operator name maps onto exactly one. */
export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

/** One `operator: { key: values }` pair of a Condition block. */
export interface ConditionClause {
  /** The operator exactly as written, e.g. `ForAllValues:StringLikeIfExists`. */
  operatorText: string;
  /** The operator without set prefix and `IfExists` suffix, e.g. `StringLike`. */
  operator: string;
  family: OperatorFamily;
  /** True for StringNotEquals, StringNotLike, NumericNotEquals, DateNotEquals, NotIpAddress, ArnNotEquals, ArnNotLike. */
  negated: boolean;
  ifExists: boolean;
  setOperator?: SetOperator;
  /** The key exactly as written. */
  key: string;
  /** Lower-cased key, the form used to look the request context up. */
  keyLower: string;
  /** Values as written (a single value is normalised to a one-element list). */
  values: LocatedValue<string | number | boolean>[];
  operatorRange: SourceRange;
  keyRange: SourceRange;
  path: JsonPath;
}

export interface CompiledStatement {
  index: number;
  sid?: string;
  /** Absent only in an unreadable statement; such a policy has `readable: false`. */
  effect?: Effect;
  principal?: PrincipalBlock;
  action?: PatternBlock;
  resource?: PatternBlock;
  conditions: ConditionClause[];
  range: SourceRange;
  path: JsonPath;
}

/** A policy document parsed once (with positions) and ready for evaluation. */
export interface CompiledPolicy {
  name: string;
  text: string;
  /** The Version as written, if any. Policy variables are substituted only under 2012-10-17. */
  version?: string;
  id?: string;
  statements: CompiledStatement[];
  /**
   * False when the document cannot be read as a policy (invalid JSON, a statement without Effect,
   * an unknown condition operator, ...). An unreadable policy can never contribute to an Allow.
   */
  readable: boolean;
  /** Parse-level diagnostics (those that make the document unreadable, plus structural ones). */
  diagnostics: Diagnostic[];
}

export type ContextValue = string | string[] | number | boolean;
export type RequestContext = Record<string, ContextValue>;

export interface PolicyInput {
  name: string;
  document: string | object;
}

export interface EvaluationRequest {
  principal: string;
  action: string;
  resource: string;
  context?: RequestContext;
  resourcePolicies: PolicyInput[];
  /** Left out: not modelled (the caller's account is taken to allow). `[]`: the caller has none. */
  identityPolicies?: PolicyInput[];
}

export type PolicyKind = 'resource' | 'identity';

export interface ElementTrace {
  matched: boolean;
  /** Why, in one sentence, e.g. "account 999999999999 covers every user and role in it". */
  reason: string;
  range?: SourceRange;
}

export interface ConditionTrace {
  operator: string;
  key: string;
  /** Policy values after variable substitution, as strings. */
  policyValues: string[];
  /** The request's values for the key; `undefined` when the key is absent. */
  requestValues?: string[];
  matched: boolean;
  /** e.g. "absent key: true because the operator is negated". */
  reason: string;
  range: SourceRange;
}

export interface StatementTrace {
  policyName: string;
  policyKind: PolicyKind;
  statementIndex: number;
  sid?: string;
  effect?: Effect;
  principal: ElementTrace;
  action: ElementTrace;
  resource: ElementTrace;
  conditions: ConditionTrace[];
  /** Principal, action, resource and every condition matched. */
  applies: boolean;
  range: SourceRange;
}

export interface PolicyTrace {
  name: string;
  kind: PolicyKind;
  readable: boolean;
  statements: StatementTrace[];
}

export interface DecidingStatement {
  policyName: string;
  policyKind: PolicyKind;
  statementIndex: number;
  sid?: string;
  effect: Effect;
  range: SourceRange;
}

export interface EvaluationResult {
  decision: Decision;
  /** One or two sentences explaining the decision as a whole. */
  summary: string;
  /** The statements that produced the decision (the applicable Denies, or the Allows). */
  decidingStatements: DecidingStatement[];
  /** Decision of the identity's policies alone. */
  resourcePolicyDecision: Decision;
  /** Decision of the caller's IAM policies alone; `'NotModelled'` when `identityPolicies` was left out. */
  identityPolicyDecision: Decision | 'NotModelled';
  /** True when the caller's account differs from the resource's, so both sides must allow. */
  crossAccount: boolean;
  policies: PolicyTrace[];
  /** Context keys (as written in the policies) that relevant statements reference but the request lacks. */
  missingContextKeys: string[];
  /** Errors that made a document unreadable (each with its `policyName`). */
  diagnostics: Diagnostic[];
}
