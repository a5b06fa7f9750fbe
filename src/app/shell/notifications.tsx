/**
 * The console's flash notifications: one list for the whole app, shown in the layout's Flashbar.
 * Features call `useNotify()` to report outcomes ("Policy saved", an SES error with its code).
 */
import type { FlashbarProps } from '@cloudscape-design/components/flashbar';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface Notification {
  id: string;
  type: 'success' | 'error' | 'warning' | 'info';
  header?: string;
  content?: string;
}

interface NotificationsValue {
  items: FlashbarProps.MessageDefinition[];
  notify: (notification: Notification) => void;
  dismiss: (id: string) => void;
}

const NotificationsContext = createContext<NotificationsValue | null>(null);

export function NotificationsProvider({
  initial = [],
  children,
}: {
  initial?: Notification[];
  children: ReactNode;
}) {
  const [notifications, setNotifications] = useState<Notification[]>(initial);
  const dismiss = useCallback(
    (id: string) => setNotifications((list) => list.filter((n) => n.id !== id)),
    [],
  );
  // A notification with the id of an existing one replaces it, so repeated errors do not pile up.
  const notify = useCallback(
    (notification: Notification) =>
      setNotifications((list) => [notification, ...list.filter((n) => n.id !== notification.id)]),
    [],
  );
  const items = useMemo(
    () =>
      notifications.map((n): FlashbarProps.MessageDefinition => ({
        id: n.id,
        type: n.type,
        header: n.header,
        content: n.content,
        dismissible: true,
        dismissLabel: 'Dismiss notification',
        onDismiss: () => dismiss(n.id),
      })),
    [notifications, dismiss],
  );
  const value = useMemo(() => ({ items, notify, dismiss }), [items, notify, dismiss]);
  return <NotificationsContext.Provider value={value}>{children}</NotificationsContext.Provider>;
}

export function useNotifications(): NotificationsValue {
  const value = useContext(NotificationsContext);
  if (!value) throw new Error('useNotifications must be used inside <NotificationsProvider>.');
  return value;
}
