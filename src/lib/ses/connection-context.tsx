/**
 * Who the console acts as, and where it sends SES requests: the current SesConnection, shared
 * by every page so that all of them follow a switch of principal. Credentials live in memory
 * here (and in sessionStorage when the user connects to a real endpoint), never in
 * localStorage or a URL.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { SesConnection } from './client';

export interface ActingPrincipal {
  /** e.g. arn:aws:iam::888888888888:root */
  arn: string;
  /** How the header names it, e.g. "Identity owner (888888888888)". */
  label: string;
}

export interface ConnectionValue {
  connection: SesConnection;
  principal: ActingPrincipal;
}

const ConnectionContext = createContext<ConnectionValue | null>(null);

export function ConnectionProvider({ value, children }: { value: ConnectionValue; children: ReactNode }) {
  return <ConnectionContext.Provider value={value}>{children}</ConnectionContext.Provider>;
}

export function useConnection(): ConnectionValue {
  const value = useContext(ConnectionContext);
  if (!value) throw new Error('useConnection must be used inside <ConnectionProvider>.');
  return value;
}
