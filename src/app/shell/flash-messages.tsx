/**
 * The console's flash messages, shown in the layout's Flashbar. Each belongs to one page (the
 * page an outcome is reported on, usually the one the user is sent to next): it is shown there,
 * and goes when the user leaves that page or switches principal, so messages never pile up or
 * follow the user around. Features call `useFlashMessages().notify`.
 */
import type { FlashbarProps } from '@cloudscape-design/components/flashbar';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface FlashMessage {
  id: string;
  type: 'success' | 'error' | 'warning' | 'info';
  header?: string;
  content?: string;
  /**
   * The router path (with its query, if any) of the page the message belongs to. Left out: a
   * message about the whole console (the emulator could not start), shown on every page.
   */
  page?: string;
}

interface FlashMessagesValue {
  items: FlashbarProps.MessageDefinition[];
  notify: (message: FlashMessage) => void;
  dismiss: (id: string) => void;
  /** Keeps only the messages of this page (the path the user is now on). */
  keepFor: (path: string) => void;
  /** Drops every page's messages (the acting principal changed); console-wide ones stay. */
  clear: () => void;
}

/** A path compared by its decoded pathname: the router and `identityPath` may encode differently. */
function samePage(a: string, b: string): boolean {
  const pathname = (path: string) => {
    const bare = path.split(/[?#]/)[0] ?? '';
    try {
      return decodeURIComponent(bare).replace(/\/+$/, '');
    } catch {
      return bare;
    }
  };
  return pathname(a) === pathname(b);
}

const FlashMessagesContext = createContext<FlashMessagesValue | null>(null);

export function FlashMessagesProvider({
  initial = [],
  children,
}: {
  initial?: FlashMessage[];
  children: ReactNode;
}) {
  const [messages, setMessages] = useState<FlashMessage[]>(initial);
  const dismiss = useCallback((id: string) => setMessages((list) => list.filter((n) => n.id !== id)), []);
  // A message with the id of an existing one replaces it, so repeated errors do not pile up.
  const notify = useCallback(
    (message: FlashMessage) => setMessages((list) => [message, ...list.filter((n) => n.id !== message.id)]),
    [],
  );
  const keepFor = useCallback(
    (path: string) =>
      setMessages((list) => {
        const kept = list.filter((n) => n.page === undefined || samePage(n.page, path));
        return kept.length === list.length ? list : kept;
      }),
    [],
  );
  const clear = useCallback(
    () =>
      setMessages((list) => {
        const kept = list.filter((n) => n.page === undefined);
        return kept.length === list.length ? list : kept;
      }),
    [],
  );
  const items = useMemo(
    () =>
      messages.map((n): FlashbarProps.MessageDefinition => ({
        id: n.id,
        type: n.type,
        header: n.header,
        content: n.content,
        dismissible: true,
        dismissLabel: 'Dismiss notification',
        onDismiss: () => dismiss(n.id),
      })),
    [messages, dismiss],
  );
  const value = useMemo(
    () => ({ items, notify, dismiss, keepFor, clear }),
    [items, notify, dismiss, keepFor, clear],
  );
  return <FlashMessagesContext.Provider value={value}>{children}</FlashMessagesContext.Provider>;
}

export function useFlashMessages(): FlashMessagesValue {
  const value = useContext(FlashMessagesContext);
  if (!value) throw new Error('useFlashMessages must be used inside <FlashMessagesProvider>.');
  return value;
}
