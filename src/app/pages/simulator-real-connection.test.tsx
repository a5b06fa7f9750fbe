/**
 * The simulator on a real SES connection: the only caller offered is the connection's own
 * principal, every request is signed with the connection's own keys (even were demo principals
 * somehow in the acting choice), the emulator-only API is never read, and the identities other
 * accounts shared (Grants page) are offered with the policy texts pasted for them.
 */
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { DIRECTORY, principalById } from '../../../mocks/ses/directory';
import { openFreshEmulatorStore } from '../../../mocks/ses/instance';
import { ANNOUNCEMENT_POLICY, DEMO_DOMAIN_ARN } from '../../../mocks/ses/seed';
import { ConnectionProvider } from '../../lib/ses/connection-context';
import { connectionAs, renderWithQueries } from '../../test/render';
import { ActingChoiceContext } from '../acting/acting-choice';
import { SimulatorPage } from './simulator-page';

const marketer = principalById('delegate-marketer');
const KEY = `ses-console.shared-grants.${marketer.account}`;
const emulatorCalls: string[] = [];
const signedWith = new Set<string>();

function renderOnRealConnection() {
  // Demo principals with their keys, as if left in the acting choice: none may be offered or used.
  const principals = DIRECTORY.map((p) => ({
    ...p,
    iamPolicies: (p.iamPolicies ?? []).map((policy) => ({
      name: policy.name,
      document: String(policy.document),
    })),
  }));
  const router = createMemoryRouter([{ path: '/simulator', element: <SimulatorPage /> }], {
    initialEntries: ['/simulator'],
  });
  renderWithQueries(
    <ActingChoiceContext.Provider value={{ principals, current: undefined, choose: () => undefined }}>
      <ConnectionProvider
        value={{
          status: 'ready',
          emulator: false,
          kind: 'endpoint',
          principal: { arn: marketer.arn, label: marketer.label, account: marketer.account },
          connection: connectionAs('delegate-marketer'),
        }}
      >
        <RouterProvider router={router} />
      </ConnectionProvider>
    </ActingChoiceContext.Provider>,
  );
}

async function fill(user: ReturnType<typeof userEvent.setup>, name: string, value: string) {
  const box = screen
    .queryAllByRole('textbox', { name })
    .concat(screen.queryAllByRole('combobox', { name }))[0];
  if (!box) throw new Error(`no field ${name}`);
  await user.clear(box);
  await user.click(box);
  await user.paste(value);
}

beforeEach(async () => {
  localStorage.clear();
  sessionStorage.clear();
  await openFreshEmulatorStore();
  emulatorCalls.length = 0;
  signedWith.clear();
  server.use(
    http.all('*/__emulator/*', ({ request }) => {
      emulatorCalls.push(`${request.method} ${new URL(request.url).pathname}`);
      return HttpResponse.json({ error: 'not an emulator' }, { status: 404 });
    }),
  );
  server.events.on('request:start', ({ request }) => {
    const credential = /Credential=([A-Z0-9]+)\//.exec(request.headers.get('authorization') ?? '')?.[1];
    if (credential) signedWith.add(credential);
  });
});
afterEach(() => {
  cleanup();
  server.events.removeAllListeners();
  expect(emulatorCalls).toEqual([]);
  // Only ever the connection's own key (and it was used: the requests were seen).
  expect([...signedWith]).toEqual([marketer.accessKeyId]);
});

describe('the simulator on a real connection', { timeout: 30_000 }, () => {
  it('offers only the connection’s principal as caller, and the IAM policies to paste', async () => {
    const user = userEvent.setup();
    renderOnRealConnection();
    // The acting account's identities are listed, with the connection's keys.
    await waitFor(() => expect(signedWith.has(marketer.accessKeyId)).toBe(true));
    const caller = await screen.findByRole('combobox', { name: 'Caller' });
    await user.click(caller);
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([expect.stringContaining(marketer.arn)]);
    expect(screen.queryByRole('option', { name: /888888888888/ })).toBeNull();
    await user.keyboard('{Escape}');
    const iam = screen.getByRole('checkbox', { name: /Evaluate the caller’s IAM policies/ });
    expect(screen.getByText(/IAM is not read here: paste the caller’s IAM policies/)).toBeVisible();
    await user.click(iam);
    await user.click(await screen.findByRole('button', { name: /^Add iam policy$/i }));
    expect(screen.getByRole('textbox', { name: 'IAM policy 1: JSON document' })).toBeVisible();
  });

  it('offers a shared identity with its pasted policy, labelled as pasted, and decides with it', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        version: 1,
        grants: [
          {
            identityArn: DEMO_DOMAIN_ARN,
            addedAt: '2025-01-01T00:00:00Z',
            policies: [
              {
                name: 'SampleAuthorizationPolicy',
                document: ANNOUNCEMENT_POLICY,
                addedAt: '2025-01-01T00:00:00Z',
              },
            ],
          },
        ],
      }),
    );
    const user = userEvent.setup();
    renderOnRealConnection();
    const identity = await screen.findByRole('combobox', { name: 'Identity ARN' });
    await user.click(identity);
    expect(
      await screen.findByText(
        'ses-example.com: shared with you, policies pasted on the Grants page (SampleAuthorizationPolicy)',
      ),
    ).toBeVisible();
    await fill(user, 'Identity ARN', DEMO_DOMAIN_ARN);
    expect(
      await screen.findByRole('radio', { name: /The policies the owner sent \(pasted on the Grants page\)/ }),
    ).toBeChecked();
    await fill(user, 'Caller', marketer.arn);
    await fill(user, 'From address', 'marketing+spring@ses-example.com');
    await user.click(screen.getByRole('button', { name: 'Simulate' }));
    expect(
      await screen.findByText('SES would accept this API v1 SendEmail', {}, { timeout: 10_000 }),
    ).toBeVisible();

    await fill(user, 'From address', 'ceo@ses-example.com');
    await user.click(screen.getByRole('button', { name: 'Simulate' }));
    expect(
      await screen.findByText(
        'SES would refuse this API v1 SendEmail with AccessDenied',
        {},
        { timeout: 10_000 },
      ),
    ).toBeVisible();

    // A caller of another account is simulated with what is in hand: its identities are not
    // read with anyone's keys (the demo owner's are in the acting choice, and stay unused).
    await fill(user, 'Caller', 'arn:aws:iam::888888888888:root');
    await fill(user, 'From address', 'ceo@ses-example.com');
    await user.click(screen.getByRole('button', { name: 'Simulate' }));
    expect(
      await screen.findByText('SES would accept this API v1 SendEmail', {}, { timeout: 10_000 }),
    ).toBeVisible();
  });

  it('says where to add the policy text when a shared identity has none', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        version: 1,
        grants: [{ identityArn: DEMO_DOMAIN_ARN, addedAt: '2025-01-01T00:00:00Z', policies: [] }],
      }),
    );
    const user = userEvent.setup();
    renderOnRealConnection();
    await fill(user, 'Identity ARN', DEMO_DOMAIN_ARN);
    await fill(user, 'Caller', marketer.arn);
    await fill(user, 'From address', 'marketing+spring@ses-example.com');
    await user.click(screen.getByRole('button', { name: 'Simulate' }));
    expect(
      (await screen.findAllByText(/No policy text from the owner was added for this identity/))[0],
    ).toBeVisible();
  });
});
