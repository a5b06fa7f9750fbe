import { I18nProvider } from '@cloudscape-design/components/i18n';
import enMessages from '@cloudscape-design/components/i18n/messages/all.en';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { ConnectionRoot } from './acting/connection-root';
import { createAppRouter } from './router';
import { AppErrorBoundary } from './shell/app-error-boundary';
import { EmulatorStartNotice, useEmulatorError } from './shell/emulator-start-notice';
import { FlashMessagesProvider } from './shell/flash-messages';

interface AppProps {
  /** The in-page SES emulator's start: why it could not start, if it could not. */
  emulatorStart?: Promise<string | undefined>;
}

export function App({ emulatorStart }: AppProps) {
  const emulatorError = useEmulatorError(emulatorStart);
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, retry: 1 } } }),
  );
  const [router] = useState(() => createAppRouter());
  return (
    <I18nProvider locale="en" messages={[enMessages]}>
      <AppErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <ConnectionRoot>
            <FlashMessagesProvider>
              <EmulatorStartNotice error={emulatorError} />
              <RouterProvider router={router} />
            </FlashMessagesProvider>
          </ConnectionRoot>
        </QueryClientProvider>
      </AppErrorBoundary>
    </I18nProvider>
  );
}
