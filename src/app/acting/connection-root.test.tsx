/**
 * The console on a real connection: who it acts as comes from STS, never from the demo
 * directory; a missing key or a refused one is said plainly; Settings changes the connection
 * only through storage and a reload, and "Forget credentials" leaves no key behind.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../mocks/node';
import { openFreshEmulatorStore } from '../../../mocks/ses/instance';
import { CONNECTION_STORAGE_KEY } from '../../lib/connections/connection-store';
import { useConnectionState } from '../../lib/ses/connection-context';
import { answerAsRemoteEndpoint, REMOTE_URL } from '../../test/remote-endpoint';
import { renderWithQueries } from '../../test/render';
import { ConnectionForm } from '../../features/settings/connection-form';
import { useConnectionChoice } from './connection-choice';
import { ConnectionRoot } from './connection-root';

const MARKETER = {
  accessKeyId: 'AKIAMARKETER99999999',
  secretAccessKey: 'emulator/marketer/999999999999/demo-secret-key',
};

function Probe() {
  const state = useConnectionState();
  const { settings, apply, forget } = useConnectionChoice();
  return (
    <>
      <p data-testid="state">
        {state.status === 'ready'
          ? `${state.kind} ${state.principal.label} ${state.principal.arn} emulator=${state.emulator}`
          : state.status === 'unavailable'
            ? `unavailable: ${state.reason}`
            : 'loading'}
      </p>
      <ConnectionForm current={settings} apply={apply} forget={forget} />
    </>
  );
}

/** Renders the console root for a tab whose session storage holds these settings. */
function renderStored(settings: object, reload: () => void = () => undefined) {
  sessionStorage.setItem(CONNECTION_STORAGE_KEY, JSON.stringify(settings));
  renderWithQueries(
    <ConnectionRoot reload={reload}>
      <Probe />
    </ConnectionRoot>,
  );
}

const emulatorApiCalls: string[] = [];
beforeEach(async () => {
  await openFreshEmulatorStore();
  sessionStorage.clear();
  localStorage.clear();
  emulatorApiCalls.length = 0;
  server.use(
    http.all('*/__emulator/*', ({ request }) => {
      emulatorApiCalls.push(request.url);
      return HttpResponse.json({ error: 'not here' }, { status: 404 });
    }),
  );
});
describe('a real connection', () => {
  afterEach(() => expect(emulatorApiCalls, 'a real connection reads no emulator-only API').toEqual([]));

  it('acts as the caller STS names, with no demo directory', async () => {
    answerAsRemoteEndpoint();
    renderStored({ kind: 'endpoint', url: REMOTE_URL, region: 'us-east-1', credentials: MARKETER });
    await waitFor(() =>
      expect(screen.getByTestId('state')).toHaveTextContent(
        'endpoint IAM user marketer (999999999999) arn:aws:iam::999999999999:user/marketer emulator=false',
      ),
    );
  });

  it('says a refused key is refused, and where to fix it', async () => {
    answerAsRemoteEndpoint();
    renderStored({
      kind: 'endpoint',
      url: REMOTE_URL,
      region: 'us-east-1',
      credentials: { ...MARKETER, secretAccessKey: 'wrong-secret' },
    });
    await waitFor(() =>
      expect(screen.getByTestId('state')).toHaveTextContent(
        /unavailable: http:\/\/127\.0\.0\.1:4579\/ refused the credentials \(SignatureDoesNotMatch: .*Check the access key, secret and session token in Settings\./,
      ),
    );
  });

  it('says an endpoint that does not answer may be down or refusing this origin', async () => {
    server.use(http.post(REMOTE_URL, () => HttpResponse.error()));
    renderStored({ kind: 'endpoint', url: REMOTE_URL, region: 'us-east-1', credentials: MARKETER });
    await waitFor(() =>
      expect(screen.getByTestId('state')).toHaveTextContent(
        /unavailable: http:\/\/127\.0\.0\.1:4579\/ did not answer\. Is it running \(npm run endpoint\)\?.*--cors-origin/,
      ),
    );
  });

  it('points a direct AWS connection that CORS stops to the proxy', async () => {
    server.use(http.post('https://sts.eu-west-1.amazonaws.com/', () => HttpResponse.error()));
    renderStored({ kind: 'aws-direct', region: 'eu-west-1', credentials: MARKETER });
    await waitFor(() =>
      expect(screen.getByTestId('state')).toHaveTextContent(
        /sts\.eu-west-1\.amazonaws\.com did not answer this page.*CORS.*npm run endpoint -- --aws --profile NAME/,
      ),
    );
  });

  it('asks for credentials it does not hold, without calling anyone', async () => {
    const calls: string[] = [];
    server.use(http.post(REMOTE_URL, ({ request }) => (calls.push(request.url), HttpResponse.error())));
    renderStored({ kind: 'endpoint', url: REMOTE_URL, region: 'us-east-1' });
    expect(await screen.findByTestId('state')).toHaveTextContent(
      'unavailable: Enter the access key for the SES endpoint at http://127.0.0.1:4579/ in Settings',
    );
    expect(calls).toEqual([]);
  });
});

describe('stored settings that fail the checks', () => {
  it('drops stored settings that fail the checks, and falls back to the emulator', async () => {
    const calls: string[] = [];
    server.use(
      http.all('http://127.0.0.1*', ({ request }) => (calls.push(request.url), HttpResponse.error())),
    );
    server.resetHandlers();
    const reload = vi.fn();
    renderStored(
      {
        kind: 'endpoint',
        url: 'javascript:alert(1)',
        region: 'us-east-1',
        credentials: MARKETER,
      },
      reload,
    );
    await waitFor(() =>
      expect(screen.getByTestId('state')).toHaveTextContent(/^emulator Identity owner \(888888888888\)/),
    );
    expect(reload).not.toHaveBeenCalled();
    expect(sessionStorage.getItem(CONNECTION_STORAGE_KEY)).toBeNull();
    expect(calls).toEqual([]);
  });
});

describe('the connection form', () => {
  it('says every problem at its field, focuses the first, and keeps what was typed', async () => {
    const user = userEvent.setup();
    const reload = vi.fn();
    renderWithQueries(
      <ConnectionRoot reload={reload}>
        <ConnectionFormOnly />
      </ConnectionRoot>,
    );
    await user.click(screen.getByRole('radio', { name: /An SES endpoint/ }));
    const url = screen.getByRole('textbox', { name: 'Endpoint URL' });
    await user.clear(url);
    await user.type(url, 'http://ses.example.com');
    await user.type(screen.getByRole('textbox', { name: 'Access key ID' }), 'akia lower');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText(/Use https:\/\/ for ses\.example\.com/)).toBeVisible();
    expect(screen.getByText(/An access key ID is 16 to 128 capital letters and digits/)).toBeVisible();
    expect(screen.getByText('Enter the secret access key.')).toBeVisible();
    expect(url).toHaveFocus();
    expect(url).toHaveValue('http://ses.example.com');
    expect(reload).not.toHaveBeenCalled();
    expect(sessionStorage.getItem(CONNECTION_STORAGE_KEY)).toBeNull();
  });

  it('keeps a valid connection for this tab only, reloads into it, and forgets its keys on request', async () => {
    const user = userEvent.setup();
    const reload = vi.fn();
    const { unmount } = renderWithQueries(
      <ConnectionRoot reload={reload}>
        <ConnectionFormOnly />
      </ConnectionRoot>,
    );
    await user.click(screen.getByRole('radio', { name: /An SES endpoint/ }));
    await user.type(screen.getByRole('textbox', { name: 'Access key ID' }), MARKETER.accessKeyId);
    await user.type(screen.getByLabelText('Secret access key'), MARKETER.secretAccessKey);
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(JSON.parse(sessionStorage.getItem(CONNECTION_STORAGE_KEY) ?? 'null')).toEqual({
      kind: 'endpoint',
      url: 'http://127.0.0.1:4579/',
      region: 'us-east-1',
      credentials: MARKETER,
    });
    expect(localStorage.length).toBe(0);
    unmount();

    // After the reload: the secret is not put back in the form, and Forget removes it.
    answerAsRemoteEndpoint();
    renderWithQueries(
      <ConnectionRoot reload={reload}>
        <ConnectionFormOnly />
      </ConnectionRoot>,
    );
    expect(screen.getByLabelText('Secret access key')).toHaveValue('');
    expect(
      screen.getByText(/Leave empty to keep the secret this tab holds for AKIAMARKETER99999999/),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Forget credentials' }));
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(2));
    expect(sessionStorage.getItem(CONNECTION_STORAGE_KEY)).not.toContain('secret');
    expect(JSON.parse(sessionStorage.getItem(CONNECTION_STORAGE_KEY) ?? 'null')).toEqual({
      kind: 'endpoint',
      url: 'http://127.0.0.1:4579/',
      region: 'us-east-1',
    });
  });
});

function ConnectionFormOnly() {
  const { settings, apply, forget } = useConnectionChoice();
  return <ConnectionForm current={settings} apply={apply} forget={forget} />;
}
