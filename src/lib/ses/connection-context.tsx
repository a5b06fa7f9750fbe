/**
 * Who the console acts as, and where it sends SES requests, shared by every page so that all of
 * them follow a change of principal. Credentials live in memory here, never in localStorage or
 * a URL.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { ConnectionKind } from '../connections/connection-settings';
import type { SesConnection } from './client';

export interface ActingPrincipal {
  /** e.g. arn:aws:iam::888888888888:root */
  arn: string;
  /** How the header names it, e.g. "Identity owner (888888888888)". */
  label: string;
  /** Its AWS account ID, e.g. 888888888888. */
  account: string;
}

export type ConnectionState =
  | { status: 'loading' }
  | { status: 'unavailable'; reason: string }
  | {
      status: 'ready';
      connection: SesConnection;
      principal: ActingPrincipal;
      /** True when the built-in emulator answers (it offers emulator-only actions). */
      emulator: boolean;
      /**
       * Which connection Settings chose: 'emulator' (the built-in one, or the local endpoint a
       * build was made for), any SES 'endpoint', or AWS through the local proxy or directly.
       */
      kind: ConnectionKind;
    };

const ConnectionContext = createContext<ConnectionState>({ status: 'loading' });

export function ConnectionProvider({ value, children }: { value: ConnectionState; children: ReactNode }) {
  return <ConnectionContext.Provider value={value}>{children}</ConnectionContext.Provider>;
}

export function useConnectionState(): ConnectionState {
  return useContext(ConnectionContext);
}
