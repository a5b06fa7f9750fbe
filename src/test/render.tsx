/** Test helpers for every feature: renders with a fresh QueryClient and Cloudscape's English messages. */
import { I18nProvider } from '@cloudscape-design/components/i18n';
import enMessages from '@cloudscape-design/components/i18n/messages/all.en';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { principalById, type DemoPrincipalId } from '../../mocks/ses/directory';
import type { SesConnection } from '../lib/ses/client';

export function renderWithQueries(ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return {
    client,
    ...render(
      <I18nProvider locale="en" messages={[enMessages]}>
        <QueryClientProvider client={client}>{ui}</QueryClientProvider>
      </I18nProvider>,
    ),
  };
}

export function connectionAs(id: DemoPrincipalId): SesConnection {
  const p = principalById(id);
  return {
    region: 'us-east-1',
    endpoint: 'http://localhost/__ses/us-east-1/',
    credentials: { accessKeyId: p.accessKeyId, secretAccessKey: p.secretAccessKey },
  };
}
