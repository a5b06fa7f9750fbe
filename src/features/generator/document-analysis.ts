/**
 * What the review shows about the document: the engine's validation (SES's errors, which
 * include its lint findings), the plain-English description and the size against 4,096 bytes.
 */
import {
  byteLength,
  compilePolicy,
  describePolicy,
  MAX_POLICY_BYTES,
  validatePolicy,
  type Diagnostic,
  type PolicyDescription,
} from '../../policy-engine';

export interface DocumentAnalysis {
  /** Every finding, errors included, in document order. */
  diagnostics: Diagnostic[];
  errorCount: number;
  bytes: number;
  description: PolicyDescription;
}

export function analyseDocument(text: string, identityArn: string, now?: Date): DocumentAnalysis {
  // validatePolicy already runs lint over a readable document: calling lint again would repeat it.
  const diagnostics = validatePolicy(text, { identityArn, now });
  return {
    diagnostics,
    errorCount: diagnostics.filter((d) => d.severity === 'error').length,
    bytes: byteLength(text),
    description: describePolicy(compilePolicy(text, 'generated')),
  };
}

export function sizeText(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} of ${MAX_POLICY_BYTES.toLocaleString('en-US')} bytes`;
}
