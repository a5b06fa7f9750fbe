/**
 * What is wrong with one entry of a statement's Action (or NotAction), in two kinds:
 * - errors, which IAM's policy grammar refuses: no service prefix, the non-existent `sesv2:`
 *   prefix, an `ses:` name SES does not have, or a wildcard that matches no SES action;
 * - findings, which SES stores but which can never mean anything in an identity policy: an SES
 *   action that is not a send (sending authorization authorizes only sends), or another
 *   service's action.
 * Action names are case-insensitive (IAM), so `SES:sendemail` is fine.
 */
import { SEND_ACTIONS } from './catalog';
import { compileGlob, hasWildcard } from './glob';
import { SES_ACTION_NAMES } from './ses-action-names';

export interface ActionProblem {
  code: string;
  message: string;
}

const SEND_NAMES = new Set(SEND_ACTIONS.map((a) => a.name.slice('ses:'.length).toLowerCase()));

/** The IAM grammar's refusal of this action entry, if any. */
export function actionError(value: string): ActionProblem | undefined {
  if (value === '*') return undefined;
  const colon = value.indexOf(':');
  if (colon <= 0) {
    const known = SES_ACTION_NAMES.get(value.toLowerCase());
    return {
      code: 'action-without-service',
      message: `"${value}" has no service prefix: actions are written service:name${known ? `, here "ses:${known}"` : ', e.g. "ses:SendEmail"'}.`,
    };
  }
  const service = value.slice(0, colon).toLowerCase();
  const name = value.slice(colon + 1);
  // SES API v2 shares v1's service prefix: there is no `sesv2` service, and IAM refuses the
  // action outright (the AWS SDKs' client names, sesv2, mislead here).
  if (service === 'sesv2') {
    return {
      code: 'invalid-service-prefix',
      message: `"${value}" names no AWS service: SES answers "Invalid Service In Action". SES API v2's actions use the same prefix as v1: write "ses:${name}".`,
    };
  }
  if (service !== 'ses') return undefined;
  if (hasWildcard(name)) {
    const matches = compileGlob(name, true);
    if ([...SES_ACTION_NAMES.keys()].some((n) => matches(n))) return undefined;
    return {
      code: 'action-matches-nothing',
      message: `"${value}" matches no SES action, so it allows or denies nothing. Check the spelling, e.g. "ses:Send*".`,
    };
  }
  if (SES_ACTION_NAMES.has(name.toLowerCase())) return undefined;
  const suggestion = closestActionName(name);
  return {
    code: 'unknown-action',
    message: `"${value}" is not an SES action.${suggestion ? ` Did you mean "ses:${suggestion}"?` : ' The send actions are ses:SendEmail, ses:SendRawEmail, ses:SendTemplatedEmail, ses:SendBulkTemplatedEmail and ses:SendBulkEmail.'}`,
  };
}

/** A finding for an action entry SES accepts but that cannot apply to an identity's sends. */
export function actionFinding(value: string): ActionProblem | undefined {
  const colon = value.indexOf(':');
  if (value === '*' || colon <= 0) return undefined;
  const service = value.slice(0, colon).toLowerCase();
  const name = value.slice(colon + 1);
  if (service === 'sesv2') return undefined;
  if (service !== 'ses') {
    return {
      code: 'action-other-service',
      message: `"${value}" is not an SES action: an identity's policy is consulted only when someone sends as the identity, so this entry has no effect.`,
    };
  }
  if (hasWildcard(name)) return undefined;
  const lower = name.toLowerCase();
  const known = SES_ACTION_NAMES.get(lower);
  if (!known || SEND_NAMES.has(lower)) return undefined;
  return {
    code: 'action-not-for-identity',
    message: `"ses:${known}" is an SES action but not a send: sending authorization policies govern only sending (ses:SendEmail, ses:SendRawEmail, ses:SendTemplatedEmail, ses:SendBulkTemplatedEmail, ses:SendBulkEmail), so this entry has no effect.`,
  };
}

/** The real action nearest to a misspelling, preferring the send actions on a tie. */
function closestActionName(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (lower.length > 64) return undefined; // far longer than any action: no typo of one
  const limit = Math.max(2, Math.floor(lower.length / 4));
  let best: { name: string; distance: number; send: boolean } | undefined;
  for (const [key, spelled] of SES_ACTION_NAMES) {
    const distance = editDistance(lower, key, limit);
    if (distance > limit) continue;
    const send = SEND_NAMES.has(key);
    if (!best || distance < best.distance || (distance === best.distance && send && !best.send)) {
      best = { name: spelled, distance, send };
    }
  }
  return best?.name;
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
