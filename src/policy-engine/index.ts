/**
 * The policy engine's public API: parse, validate, lint, evaluate and explain SES sending
 * authorization policies. Pure TypeScript: no React, DOM or emulator imports.
 */
export type * from './types';
export { evaluate } from './evaluate';
export { compilePolicy, compilePolicyDocument } from './parse';
export { OPERATORS, lookupOperator, parseOperator, type OperatorInfo } from './operators';
export { compileGlob, globMatch, hasWildcard } from './glob';
export { arnMatch, parseArn, type Arn } from './arn';
export { describeCaller, matchPrincipalEntry, type Caller } from './principal';
export {
  validatePolicy,
  validatePolicyName,
  validateIdentityPolicies,
  principalProblem,
  storageErrors,
  sortDiagnostics,
  byteLength,
  MAX_POLICY_BYTES,
  type ValidationOptions,
} from './validate';
export {
  policyNameProblem,
  policyLimitProblem,
  MAX_POLICIES_PER_IDENTITY,
  MAX_POLICY_NAME_LENGTH,
} from './policy-names';
export { lint, type LintOptions } from './lint';
export { MAX_NESTING_DEPTH, MAX_READABLE_POLICY_BYTES, offsetBeyondDepth } from './limits';
export {
  CONDITION_KEYS,
  SEND_ACTIONS,
  SES_ACTIONS,
  lookupConditionKey,
  lookupAction,
  familiesForKeyType,
  type ConditionKeyInfo,
  type ActionInfo,
  type KeyType,
} from './catalog';
export {
  describePolicy,
  describeStatement,
  describeCondition,
  describePrincipalEntry,
  type PolicyDescription,
} from './english';
export {
  grantsFor,
  grantOn,
  iamAllowedActions,
  type Grant,
  type GrantStatement,
  type IdentityWithPolicies,
} from './grants';
export { changeHints, closestAllow, conditionText, missingFor, statementLabel } from './explain';
export { policyJsonSchema, POLICY_SCHEMA_URI, type JsonSchema } from './schema';
export {
  resolveIdentityArns,
  sendInputFromRaw,
  identityLookups,
  recipientCountProblem,
  MAX_RECIPIENTS,
  type ArnOrigin,
  type ResolvedArn,
  type IdentityLookup,
  type RawSendMessage,
} from './send-input';
export {
  authorizeSend,
  accessDeniedMessage,
  notVerifiedMessage,
  SEND_APIS,
  type SendApi,
  type SendAuthorizationRequest,
  type SendAuthorizationResult,
  type IdentityAuthorization,
  type IdentityRecord,
  type IdentityQuery,
  type IdentityRole,
  type SendMessage,
  type SendContext,
  type SesError,
} from './send';
export { parseRawMessage, type ParsedMessage, type ParsedMessageResult, type SesArnHeaders } from './mime';
export {
  parseIdentityArn,
  identityArn,
  identityKindOf,
  identityNameProblem,
  canonicalIdentityName,
  identityKey,
  asciiLowerCase,
  addressBelongsToIdentity,
  addressDomain,
  sameAddress,
  candidateIdentities,
  parseMailbox,
  parseMailboxList,
  type IdentityArn,
  type IdentityArnResult,
  type IdentityKind,
  type MailboxAddress,
} from './identity';
