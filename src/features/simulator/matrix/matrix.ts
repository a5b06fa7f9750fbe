/**
 * The decision matrix: principals × From addresses × recipients × actions, each cell one whole
 * `authorizeSend` (the emulator's function) with the scenario's identities, ARNs and context.
 * Pure and synchronous, so the Web Worker and the benchmark run exactly this.
 */
import {
  authorizeSend,
  describeCaller,
  evaluate,
  parseMailboxList,
  type PolicyInput,
  type SendApi,
} from '../../../policy-engine';
import { createIdentityLookup, type KnownIdentity } from '../evaluation/identity-lookup';

export interface MatrixPrincipal {
  caller: string;
  /** The caller's IAM policies; left out: not modelled. */
  iamPolicies?: { name: string; document: string }[];
}

export interface MatrixInput {
  region: string;
  identities: KnownIdentity[];
  principals: MatrixPrincipal[];
  actions: SendApi[];
  froms: string[];
  /** One recipient per row; empty: every cell uses `fixedRecipients`. */
  recipients: string[];
  fixedRecipients: string[];
  returnPath?: string;
  sourceArn?: string;
  fromArn?: string;
  returnPathArn?: string;
  context: {
    sourceIp?: string;
    time?: string;
    secureTransport?: boolean;
    userAgent?: string;
    apiVersion?: string;
  };
}

/** Cell codes: one byte per cell. */
export const CELL_ALLOW = 0;
export const CELL_IMPLICIT_DENY = 1;
export const CELL_EXPLICIT_DENY = 2;
/** Refused before any policy decided: InvalidParameterValue or MessageRejected. */
export const CELL_REJECTED = 3;
export type CellCode = 0 | 1 | 2 | 3;

export interface MatrixResult {
  /** Decisions in principal, From, recipient, action order (action varies fastest). */
  decisions: Uint8Array;
  cells: number;
  elapsedMs: number;
}

type Dimensions = Pick<MatrixInput, 'principals' | 'actions' | 'froms' | 'recipients'>;

export function matrixSize(input: Dimensions): number {
  return (
    input.principals.length * input.actions.length * input.froms.length * Math.max(1, input.recipients.length)
  );
}

/** Index of a cell in `decisions`. */
export function cellIndex(input: Dimensions, p: number, f: number, r: number, a: number): number {
  const recipients = Math.max(1, input.recipients.length);
  return ((p * input.froms.length + f) * recipients + r) * input.actions.length + a;
}

export function cellCode(result: ReturnType<typeof authorizeSend>): CellCode {
  if (result.decision === 'Allow') return CELL_ALLOW;
  if (result.decision === 'ExplicitDeny') return CELL_EXPLICIT_DENY;
  return result.error && result.error.code !== 'AccessDenied' ? CELL_REJECTED : CELL_IMPLICIT_DENY;
}

type Authorization = ReturnType<typeof authorizeSend>;

/**
 * The cell for another recipient of a send already authorized for one: every role that reached
 * the policies is evaluated again with only `ses:Recipients` changed; roles refused before any
 * policy stay refused (SES's own checks do not look at recipients). Same combination rule as
 * `authorizeSend`: Allow when every role allows, ExplicitDeny when any role was denied
 * explicitly. `matrix.test.ts` checks this against a whole `authorizeSend` for every cell.
 */
function recipientVariant(
  first: Authorization,
  recipients: string[],
  caller: string,
  api: SendApi,
  iamPolicies: MatrixPrincipal['iamPolicies'],
  policiesOf: (arn: string) => PolicyInput[],
): CellCode {
  if (!first.context) return cellCode(first);
  const context = { ...first.context, 'ses:Recipients': recipients };
  let explicit = false;
  let firstRefusal: CellCode | undefined;
  for (const role of first.identities) {
    let decision = role.decision;
    if (role.evaluation) {
      const arn = role.evaluatedArn ?? role.arn ?? '';
      decision = evaluate({
        principal: caller,
        action: `ses:${api}`,
        resource: arn,
        context,
        resourcePolicies: policiesOf(arn),
        identityPolicies: iamPolicies,
      }).decision;
    }
    if (decision === 'ExplicitDeny') explicit = true;
    if (decision !== 'Allow' && firstRefusal === undefined)
      firstRefusal =
        !role.evaluation && role.error && role.error.code !== 'AccessDenied'
          ? CELL_REJECTED
          : CELL_IMPLICIT_DENY;
  }
  if (explicit) return CELL_EXPLICIT_DENY;
  return firstRefusal ?? CELL_ALLOW;
}

export interface EvaluateMatrixOptions {
  /** Every cell through a whole `authorizeSend` (slower; the reference the fast path is tested against). */
  direct?: boolean;
}

export function evaluateMatrix(input: MatrixInput, options: EvaluateMatrixOptions = {}): MatrixResult {
  const start = performance.now();
  const cells = matrixSize(input);
  const decisions = new Uint8Array(cells);
  const lookupIdentity = createIdentityLookup(input.identities);
  const policiesOf = (arn: string) => lookupIdentity({ arn })?.policies ?? [];
  const rows: string[][] = input.recipients.length
    ? input.recipients.map((r) => [r])
    : [input.fixedRecipients];
  // Parsed once: a row whose recipient is not an address always takes the whole path.
  const parsedRows = rows.map((row) => {
    const addresses = row.flatMap((r) => parseMailboxList(r).map((m) => m.address));
    return row.every((r) => parseMailboxList(r).length > 0) && addresses.length > 0 ? addresses : undefined;
  });
  const firstValid = parsedRows.findIndex((r) => r !== undefined);
  const callers = input.principals.map((p) => ({ ...p, caller: describeCaller(p.caller.trim()).text }));
  const context = { ...input.context, time: input.context.time || undefined };
  const authorize = (
    caller: string,
    iamPolicies: MatrixPrincipal['iamPolicies'],
    api: SendApi,
    from: string,
    to: string[],
  ) =>
    authorizeSend({
      caller,
      callerIdentityPolicies: iamPolicies,
      api,
      region: input.region,
      // No recipients at all: a raw message's own, which the matrix does not read; left out, so
      // the cell is decided by the policies without SES's recipient limits.
      message: { source: from, to: to.length ? to : undefined, returnPath: input.returnPath },
      sourceArn: input.sourceArn,
      fromArn: input.fromArn,
      returnPathArn: input.returnPathArn,
      context,
      lookupIdentity,
    });
  const actions = input.actions.length;
  for (let p = 0; p < callers.length; p++) {
    const { caller, iamPolicies } = callers[p] as MatrixPrincipal;
    for (let f = 0; f < input.froms.length; f++) {
      const from = input.froms[f] as string;
      for (let a = 0; a < actions; a++) {
        const api = input.actions[a] as SendApi;
        const first =
          firstValid >= 0 && !options.direct
            ? authorize(caller, iamPolicies, api, from, rows[firstValid] as string[])
            : undefined;
        for (let r = 0; r < rows.length; r++) {
          const parsed = parsedRows[r];
          const index = cellIndex(input, p, f, r, a);
          if (first && r === firstValid) decisions[index] = cellCode(first);
          else if (first && parsed)
            decisions[index] = recipientVariant(first, parsed, caller, api, iamPolicies, policiesOf);
          else decisions[index] = cellCode(authorize(caller, iamPolicies, api, from, rows[r] as string[]));
        }
      }
    }
  }
  return { decisions, cells, elapsedMs: performance.now() - start };
}
