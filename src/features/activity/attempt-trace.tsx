/**
 * The trace behind a send decision: each identity role (Source, From, Return-Path) with the ARN
 * used, its decision and the engine's one-line reason, expandable in the row; the full trace as
 * JSON text in a dialog.
 */
import Box from '@cloudscape-design/components/box';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';
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
  return (
    <ul className={styles.roles}>
      {roles.map((r, i) => (
        <li key={`${r.role}-${i}`}>
          <Box variant="span" fontWeight="bold">
            {r.role} {r.address}
          </Box>
          {r.arn ? ` (${r.arn})` : ''}: {r.decision}. {r.reason}
        </li>
      ))}
    </ul>
  );
}

export function AttemptTrace({ trace, label }: { trace: unknown; label: string }) {
  const roles = roleTraces(trace);
  return (
    <ExpandableSection headerText="Trace" headerAriaLabel={`Trace of ${label}`}>
      <SpaceBetween size="xs">
        {roles.length > 0 ? <RoleList roles={roles} /> : <Box variant="span">No identity was evaluated.</Box>}
        <JsonDialog
          label="Full trace (JSON)"
          ariaLabel={`Full trace of ${label}`}
          title={`Trace of ${label}`}
          value={trace}
        >
          <RoleList roles={roles} />
        </JsonDialog>
      </SpaceBetween>
    </ExpandableSection>
  );
}
