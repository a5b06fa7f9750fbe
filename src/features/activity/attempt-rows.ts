/**
 * The attempts table's rows: one per send attempt, and under it (expandable) one per identity
 * role of its trace, so the trace reads in the table's own columns instead of a wide cell.
 */
import type { EmulatorSendAttempt } from '../../lib/emulator/emulator-api';
import { roleTraces, type RoleTrace } from './attempt-trace';

export const attemptTime = (iso: string) => new Date(iso).toLocaleString();

export interface AttemptRow {
  kind: 'attempt';
  key: string;
  attempt: EmulatorSendAttempt;
  /** Names the attempt in buttons' accessible names: "the SendEmail at 12/3/2026, 6:30:02 PM". */
  label: string;
  roles: RoleRow[];
}

export interface RoleRow {
  kind: 'role';
  key: string;
  role: RoleTrace;
  /** "Source ceo@ses-example.com of the SendEmail at …". */
  label: string;
}

export type AttemptTableRow = AttemptRow | RoleRow;

export function attemptRows(attempts: EmulatorSendAttempt[]): AttemptRow[] {
  return attempts.map((attempt, index) => {
    const key = attempt.id === undefined ? `at-${attempt.time}-${index}` : String(attempt.id);
    const label = `the ${attempt.action} at ${attemptTime(attempt.time)}`;
    return {
      kind: 'attempt',
      key,
      attempt,
      label,
      roles: roleTraces(attempt.trace).map((role, i) => ({
        kind: 'role',
        key: `${key}/role/${i}`,
        role,
        label: `${role.role} ${role.address} of ${label}`,
      })),
    };
  });
}
