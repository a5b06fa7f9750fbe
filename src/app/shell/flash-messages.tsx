/**
 * The console's flash messages: one list for the whole app, shown in the layout's Flashbar.
 * Features call `useFlashMessages().notify` to report outcomes ("Policy saved", an SES error with
 * its code).
 */
import type { FlashbarProps } from '@cloudscape-design/components/flashbar';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface FlashMessage {
  id: string;
  type: 'success' | 'error' | 'warning' | 'info';
  header?: string;
  content?: string;
}

interface FlashMessagesValue {
  items: FlashbarProps.MessageDefinition[];
  notify: (message: FlashMessage) => void;
  dismiss: (id: string) => void;
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
  const value = useMemo(() => ({ items, notify, dismiss }), [items, notify, dismiss]);
  return <FlashMessagesContext.Provider value={value}>{children}</FlashMessagesContext.Provider>;
}

export function useFlashMessages(): FlashMessagesValue {
  const value = useContext(FlashMessagesContext);
  if (!value) throw new Error('useFlashMessages must be used inside <FlashMessagesProvider>.');
  return value;
}
