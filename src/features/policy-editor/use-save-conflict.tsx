/**
 * The check before a save: SES has no version tags, so the identity's policies are read again
 * (through the connection's client, not the query cache) and the text under the name being
 * saved is compared with what the editor started from. When they differ, the conflict dialog
 * asks what to do. What was read also replaces the cached policies, so the page (and the access
 * analysis) sees what SES has now.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { sesApi } from '../../lib/ses/api/ses-api';
import type { SesConnection } from '../../lib/ses/client';
import { policiesQuery, type IdentityPolicy } from '../../lib/ses/policies';
import { sesErrorDetails, type SesErrorDetails } from '../../lib/ses/ses-error';
import { SaveConflictModal, type ConflictChoice, type SaveConflict } from './save-conflict-modal';

export interface SesNow {
  /** The identity's policies as SES has them now. */
  policies: IdentityPolicy[];
  /** What SES has under the name being saved. */
  theirs?: string;
  /** Set when SES's text is not the expected one: what the user chose (undefined: closed). */
  conflict?: { choice?: ConflictChoice };
}

export function useSaveConflict(connection: SesConnection, identity: string) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<{ conflict: SaveConflict; answer: (c?: ConflictChoice) => void }>();
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<SesErrorDetails>();

  const ask = (conflict: SaveConflict) =>
    new Promise<ConflictChoice | undefined>((resolve) =>
      setOpen({
        conflict,
        answer: (choice) => {
          setOpen(undefined);
          resolve(choice);
        },
      }),
    );

  /**
   * Reads SES now and compares its text under `name` with `expected` (undefined: no policy).
   * Undefined when SES could not be read (readError says why) or a check is already running.
   */
  const check = async (
    name: string,
    expected: string | undefined,
    mine: string,
  ): Promise<SesNow | undefined> => {
    if (reading || open) return undefined;
    setReadError(undefined);
    setReading(true);
    let policies: IdentityPolicy[];
    try {
      policies = await (await sesApi(connection)).policies(identity);
    } catch (error) {
      setReadError(sesErrorDetails(error));
      return undefined;
    } finally {
      setReading(false);
    }
    queryClient.setQueryData(policiesQuery(connection, identity).queryKey, policies);
    const theirs = policies.find((p) => p.name === name)?.document;
    if (theirs === expected) return { policies, theirs };
    const kind = theirs === undefined ? 'deleted' : expected === undefined ? 'created' : 'changed';
    const choice = await ask({ kind, name, mine, theirs });
    return { policies, theirs, conflict: { choice } };
  };

  const modal: ReactNode = open && (
    <SaveConflictModal
      conflict={open.conflict}
      onChoose={(choice) => open.answer(choice)}
      onDismiss={() => open.answer(undefined)}
    />
  );

  return { check, reading, readError, modal };
}
