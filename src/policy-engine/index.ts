/**
 * The policy engine's public API: parse, validate, evaluate and explain SES sending
 * authorization policies, and SES's own rules around them (reading a send, names and limits,
 * grants). Pure TypeScript: no React, DOM or emulator imports. Only what the console, the
 * emulator, the endpoint and the scripts use is exported; the engine's tests import its modules.
 */
export type {
  ConditionTrace,
  Decision,
  Diagnostic,
  EvaluationRequest,
  EvaluationResult,
  OperatorFamily,
  PolicyInput,
  PolicyKind,
  RequestContext,
  Severity,
  SourceRange,
} from './types';

// Reading and evaluating policies.
export { compilePolicy } from './parse';
export { evaluate } from './evaluate';
export { describeCaller } from './principal';
export { hasWildcard } from './glob';
export { OPERATORS, type OperatorInfo } from './operators';
export {
  CONDITION_KEYS,
  SEND_ACTIONS,
  lookupConditionKey,
  familiesForKeyType,
  type ConditionKeyInfo,
} from './catalog';

// What SES would refuse to store, and what the editor shows.
export { validatePolicy, principalProblem, byteLength, MAX_POLICY_BYTES } from './validate';
export { MAX_READABLE_POLICY_BYTES, offsetBeyondDepth } from './limits';
export {
  policyNameProblem,
  policyLimitProblem,
  MAX_POLICIES_PER_IDENTITY,
  MAX_POLICY_NAME_LENGTH,
} from './policy-names';
export { describePolicy, type PolicyDescription } from './english';
export { policyJsonSchema, POLICY_SCHEMA_URI } from './schema';

// Explaining an evaluation, and the grants a principal holds.
export { changeHints, closestAllow, conditionText, statementLabel } from './explain';
export { exampleFromAddress, exampleRecipient } from './grant-examples';
export {
  grantsFor,
  grantOn,
  iamAllowedActions,
  type Grant,
  type GrantStatement,
  type IdentityWithPolicies,
} from './grants';

// A whole SES send: the request read as SES reads it, then authorized.
export {
  resolveIdentityArns,
  sendInputFromRaw,
  identityLookups,
  recipientCountProblem,
  type ResolvedArn,
} from './send-input';
export {
  authorizeSend,
  SEND_APIS,
  SES_API_VERSION_V1,
  SES_API_VERSION_V2,
  type ConfigurationSetAuthorization,
  type SendApi,
  type SendAuthorizationRequest,
  type SendAuthorizationResult,
  type IdentityAuthorization,
  type IdentityRecord,
  type IdentityQuery,
  type SendMessage,
} from './send';
export {
  sendRequestFromV2,
  type V2ContentKind,
  type V2ErrorCode,
  type V2SendInput,
  type V2SendReading,
} from './send-v2';
export {
  configurationSetArn,
  configurationSetNameProblem,
  parseConfigurationSetArn,
} from './configuration-set';
export { parseRawMessage, type ParsedMessage } from './mime';
export {
  parseIdentityArn,
  addressBelongsToIdentity,
  identityArn,
  identityKey,
  identityKindOf,
  identityNameProblem,
  canonicalIdentityName,
  parseMailbox,
  parseMailboxList,
  type IdentityArn,
} from './identity';

// Access analysis: what an edit of an identity's policies gains or loses, and who can send.
export {
  compareAccess,
  whoCanSend,
  type AccessVerdict,
  type AccessWitness,
  type CarveOut,
  type CompareAccessRequest,
  type CompareAccessResult,
  type RowCondition,
  type WhoCanSendInput,
  type WhoCanSendResult,
  type WhoCanSendRow,
} from './analysis';
