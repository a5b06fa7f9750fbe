import { I18nProvider } from '@cloudscape-design/components/i18n';
import enMessages from '@cloudscape-design/components/i18n/messages/all.en';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { ActingPrincipalProvider } from './acting/acting-principal-provider';
import { createAppRouter } from './router';
import { AppErrorBoundary } from './shell/app-error-boundary';
import { FlashMessagesProvider } from './shell/flash-messages';

interface AppProps {
  /** Why the in-page SES emulator could not start, if it could not. */
  emulatorError?: string;
}

export function App({ emulatorError }: AppProps) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, retry: 1 } } }),
  );
  const [router] = useState(() => createAppRouter());
  const initialMessages = emulatorError
    ? [
        {
          id: 'emulator-start',
          type: 'error' as const,
          header: 'The built-in SES emulator could not start',
          content: `${emulatorError} The console needs a browser that allows service workers on this page (HTTPS or localhost).`,
        },
      ]
    : [];
  return (
    <I18nProvider locale="en" messages={[enMessages]}>
      <AppErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <ActingPrincipalProvider>
            <FlashMessagesProvider initial={initialMessages}>
              <RouterProvider router={router} />
            </FlashMessagesProvider>
          </ActingPrincipalProvider>
        </QueryClientProvider>
      </AppErrorBoundary>
    </I18nProvider>
  );
}
