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
  MAX_READABLE_POLICY_BYTES,
  offsetBeyondDepth,
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
  try {
    // validatePolicy already runs lint over a readable document: calling lint again would repeat it.
    const diagnostics = validatePolicy(text, { identityArn, now });
    return {
      diagnostics,
      errorCount: diagnostics.filter((d) => d.severity === 'error').length,
      bytes: byteLength(text),
      description: describePolicy(compilePolicy(text, 'draft')),
    };
  } catch (error) {
    // The engine is meant never to throw; if it ever does, the draft stays on screen as text
    // with the reason, instead of the editor crashing (and crashing again on every restore).
    return analysisFailure(text, error);
  }
}

function analysisFailure(text: string, error: unknown): DraftAnalysis {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    diagnostics: [
      {
        code: 'analysis-failed',
        severity: 'error',
        message: `The console could not check this document (${reason}). It is kept as text: shorten or simplify it.`,
        path: [],
        range: { start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } },
      },
    ],
    errorCount: 1,
    bytes: typeof text === 'string' ? text.length : 0,
    description: {
      summary: 'This policy cannot be read; fix the errors to see what it does.',
      statements: [],
    },
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
  // Only what the engine reads: indenting 10,000 levels would write hundreds of megabytes.
  if (text.length > MAX_READABLE_POLICY_BYTES || offsetBeyondDepth(text) !== undefined) return undefined;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return undefined;
  }
}
