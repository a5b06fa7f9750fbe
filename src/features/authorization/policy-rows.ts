/** A saved policy as the Authorization tab lists it: engine facts computed once per document. */
import { byteLength, compilePolicy, describePolicy } from '../../policy-engine';
import type { IdentityPolicy } from '../../lib/ses/policies';

export interface PolicyRow extends IdentityPolicy {
  statementCount: number;
  summary: string;
  bytes: number;
}

export function policyRow(policy: IdentityPolicy): PolicyRow {
  const compiled = compilePolicy(policy.document, policy.name);
  return {
    ...policy,
    statementCount: compiled.statements.length,
    summary: describePolicy(compiled).summary,
    bytes: byteLength(policy.document),
  };
}
