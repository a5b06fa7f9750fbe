/**
 * What the editor shows about a draft: the engine's validation (SES's errors) and lint findings,
 * in the order they appear in the text. The same list feeds the editor's markers and the
 * accessible problems list, so both always agree.
 */
import {
  byteLength,
  compilePolicy,
  describePolicy,
  MAX_POLICY_BYTES,
  validatePolicy,
  type Diagnostic,
  type PolicyDescription,
  type Severity,
} from '../../policy-engine';

export interface DraftAnalysis {
  diagnostics: Diagnostic[];
  errorCount: number;
  bytes: number;
  description: PolicyDescription;
}

export function analyseDraft(text: string, identityArn: string, now?: Date): DraftAnalysis {
  // validatePolicy already runs lint over a readable document: calling lint again would repeat it.
  const diagnostics = validatePolicy(text, { identityArn, now });
  return {
    diagnostics,
    errorCount: diagnostics.filter((d) => d.severity === 'error').length,
    bytes: byteLength(text),
    description: describePolicy(compilePolicy(text, 'draft')),
  };
}

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'Error',
  'security-warning': 'Security warning',
  warning: 'Warning',
  suggestion: 'Suggestion',
};

export function sizeSummary(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} of ${MAX_POLICY_BYTES.toLocaleString('en-US')} bytes`;
}

/** The JSON reformatted with two-space indentation, or undefined when it cannot be parsed. */
export function formatPolicyText(text: string): string | undefined {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return undefined;
  }
}
