/**
 * The trace behind a send decision: each identity role (Source, From, Return-Path) with the ARN
 * used, its decision and the engine's one-line reason. The attempts table shows the roles as the
 * attempt's expandable rows; the full trace is JSON text in a dialog.
 */
import Box from '@cloudscape-design/components/box';
import { PlainText } from '../../lib/ui/plain-text';
import styles from './activity.module.css';
import { JsonDialog } from './json-dialog';

export interface RoleTrace {
  role: string;
  address: string;
  arn?: string;
  decision: string;
  reason: string;
}

// A Map: the role comes from the emulator's stored trace, and `constructor` is not a role.
const ROLE_NAMES = new Map([
  ['source', 'Source'],
  ['from', 'From'],
  ['returnPath', 'Return-Path'],
]);

/** The roles of a stored trace; anything unexpected is left to the JSON view. */
export function roleTraces(trace: unknown): RoleTrace[] {
  if (!Array.isArray(trace)) return [];
  return trace.flatMap((entry: unknown) => {
    if (!entry || typeof entry !== 'object') return [];
    const e = entry as Record<string, unknown>;
    if (typeof e.role !== 'string' || typeof e.decision !== 'string') return [];
    return [
      {
        role: ROLE_NAMES.get(e.role) ?? e.role,
        address: typeof e.address === 'string' ? e.address : '',
        arn: typeof e.arn === 'string' ? e.arn : undefined,
        decision: e.decision,
        reason: typeof e.reason === 'string' ? e.reason : '',
      },
    ];
  });
}

function RoleList({ roles }: { roles: RoleTrace[] }) {
  if (roles.length === 0) return <Box variant="p">No identity was evaluated.</Box>;
  return (
    <ul className={styles.roles}>
      {roles.map((r, i) => (
        <li key={`${r.role}-${i}`}>
          <Box variant="span" fontWeight="bold">
            {r.role} {r.address}
          </Box>
          {r.arn ? ` (${r.arn})` : ''}: {r.decision}. <PlainText text={r.reason} />
        </li>
      ))}
    </ul>
  );
}

/** The "Full trace (JSON)" button of an attempt's row and its dialog. */
export function FullTrace({ trace, label }: { trace: unknown; label: string }) {
  return (
    <JsonDialog
      label="Full trace (JSON)"
      ariaLabel={`Full trace of ${label}`}
      title={`Trace of ${label}`}
      value={trace}
    >
      <RoleList roles={roleTraces(trace)} />
    </JsonDialog>
  );
}
