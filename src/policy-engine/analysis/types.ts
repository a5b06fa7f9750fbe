/** The access analysis' public shapes: what compareAccess and whoCanSend take and return. */
import type { ContextValue, PolicyInput } from '../types';

export interface AccessWitness {
  /** A caller ARN or account, as `evaluate` takes it. */
  principal: string;
  /** E.g. `ses:SendEmail`. */
  action: string;
  context: Record<string, ContextValue>;
  /** Plain English: "account 111122223333 could now send from x@ses-example.com". */
  description: string;
}

export type AccessVerdict = 'equivalent' | 'gains' | 'loses' | 'gains-and-loses' | 'unknown';

export interface CompareAccessRequest {
  /** The identity the policies are attached to. */
  identityArn: string;
  before: PolicyInput[];
  after: PolicyInput[];
}

export interface CompareAccessResult {
  verdict: AccessVerdict;
  /** Requests `after` allows and `before` does not. */
  gained: AccessWitness[];
  /** Requests `before` allows and `after` does not. */
  lost: AccessWitness[];
  /** Why, when and only when the verdict is 'unknown'. */
  unknown?: string[];
}

export interface WhoCanSendInput {
  identityArn: string;
  policies: PolicyInput[];
}

/** One condition of a row, as data and as words. */
export interface RowCondition {
  /** The operator as written, e.g. `ForAllValues:StringLike`. */
  operator: string;
  key: string;
  values: string[];
  text: string;
}

/** A Deny that removes part of a row's requests. */
export interface CarveOut {
  policyName: string;
  statementIndex: number;
  sid?: string;
  /** The Deny's own conditions: the row's requests meeting all of them are not allowed. */
  conditions: RowCondition[];
  /** The Deny's principal and action, when narrower than the row's. */
  principals: string[];
  principalsNegated: boolean;
  actions: string[];
  description: string;
}

export interface WhoCanSendRow {
  /** Principal entries as written; with `principalsNegated`, everyone except these. */
  principals: string[];
  principalsNegated: boolean;
  /** The SES send actions the row covers. */
  actions: string[];
  /** Conditions grouped by what they limit; all must hold. */
  conditions: {
    from: RowCondition[];
    recipients: RowCondition[];
    returnPath: RowCondition[];
    other: RowCondition[];
  };
  /** The row's requests are allowed unless one of these Denies applies. */
  carvedOutBy: CarveOut[];
  /** Where the row comes from: a statement (policy and index) or the identity's own account. */
  source: { policyName: string; statementIndex: number; sid?: string }[] | 'own-account';
  description: string;
}

export interface WhoCanSendResult {
  identityArn: string;
  /** Together these cover exactly the requests the policies allow: a request is allowed iff a row covers it. */
  rows: WhoCanSendRow[];
  /** Things the reader should know: unreadable policies, statements that allow nothing. */
  notes: string[];
}
