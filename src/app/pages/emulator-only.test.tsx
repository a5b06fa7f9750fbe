/**
 * The emulator-only API (`__emulator/...`) is read only when the connection is an emulator: on
 * any other SES endpoint the pages that would read it say what real SES offers instead.
 */
import { cleanup, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { principalById } from '../../../mocks/ses/directory';
import { openFreshEmulatorStore } from '../../../mocks/ses/instance';
import type { ConnectionSettings } from '../../lib/connections/connection-settings';
import { ConnectionProvider } from '../../lib/ses/connection-context';
import { ConnectionChoiceContext } from '../acting/connection-choice';
import { connectionAs, renderWithQueries } from '../../test/render';
import { FlashMessagesProvider } from '../shell/flash-messages';
import { ActivityPage } from './activity-page';
import { GrantsPage } from './grants-page';
import { SendPage } from './send-page';
import { SettingsPage } from './settings-page';

const emulatorCalls: string[] = [];

function renderAsRealEndpoint(path: string, page: ReactNode, emulator = false) {
  const p = principalById('delegate-marketer');
  const router = createMemoryRouter([{ path, element: page }], { initialEntries: [path] });
  const settings: ConnectionSettings = emulator
    ? { kind: 'emulator' }
    : { kind: 'endpoint', url: 'http://127.0.0.1:4579/', region: 'us-east-1' };
  renderWithQueries(
    <ConnectionChoiceContext.Provider
      value={{ settings, apply: () => Promise.resolve(false), forget: () => Promise.resolve() }}
    >
      <FlashMessagesProvider>
        <ConnectionProvider
          value={{
            status: 'ready',
            emulator,
            kind: emulator ? 'emulator' : 'endpoint',
            principal: { arn: p.arn, label: p.label, account: p.account },
            connection: connectionAs('delegate-marketer'),
          }}
        >
          <RouterProvider router={router} />
        </ConnectionProvider>
      </FlashMessagesProvider>
    </ConnectionChoiceContext.Provider>,
  );
}

beforeEach(async () => {
  await openFreshEmulatorStore();
  emulatorCalls.length = 0;
  server.use(
    http.all('*/__emulator/*', ({ request }) => {
      emulatorCalls.push(`${request.method} ${new URL(request.url).pathname}`);
      return HttpResponse.json({ error: 'not an emulator' }, { status: 404 });
    }),
  );
});
afterEach(() => expect(emulatorCalls).toEqual([]));

describe('on an SES endpoint that is not an emulator', { timeout: 20_000 }, () => {
  it('Activity only asks the endpoint for a local endpoint’s log, and says where real SES’s answers are', async () => {
    renderAsRealEndpoint('/activity', <ActivityPage />);
    expect(await screen.findByText('This endpoint keeps no log the console can read')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Where SES’s answers are' })).toBeVisible();
    expect(screen.queryByRole('treegrid', { name: 'Send attempts' })).toBeNull();
    // The one request to the emulator-only API: the endpoint's own log, which it did not have.
    expect(emulatorCalls.splice(0)).toEqual(['GET /__ses/us-east-1/__emulator/activity']);
  });

  it('Grants lists nothing from the emulator: the delegate adds what owners shared', async () => {
    renderAsRealEndpoint('/grants', <GrantsPage />);
    expect(await screen.findByRole('heading', { name: 'Add an identity shared with you' })).toBeVisible();
    expect(screen.getByRole('heading', { name: /Identities shared with you/ })).toBeVisible();
    expect(screen.getByText(/None yet/)).toBeVisible();
  });

  it('Send offers its forms without reading the emulator’s grants', async () => {
    renderAsRealEndpoint('/send', <SendPage />);
    expect(await screen.findByRole('textbox', { name: 'From address' })).toBeVisible();
  });

  it('Settings offers no export, import or reset of emulator state (an emulator connection does)', async () => {
    renderAsRealEndpoint('/settings', <SettingsPage />, true);
    // The tools are a lazy chunk: on a loaded machine its first import takes over a second.
    expect(await screen.findByRole('button', { name: /Export/ }, { timeout: 5000 })).toBeVisible();
    cleanup();
    renderAsRealEndpoint('/settings', <SettingsPage />);
    expect(await screen.findByText('Where requests go')).toBeVisible();
    // Long enough for the lazy tools to have loaded, had they been rendered.
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByRole('button', { name: /Export|Import|Reset/ })).toBeNull();
    expect(
      screen.getByText(/they are not offered on the SES endpoint at http:\/\/127\.0\.0\.1:4579\//),
    ).toBeVisible();
    expect(screen.queryByRole('table', { name: 'Demo principals' })).toBeNull();
  });
});
