/**
 * Verification as SES does it, on a connection that is not the built-in emulator: the status read
 * again on demand, the verification email sent again (API v1's VerifyEmailIdentity; v2 has no
 * such operation, and says so), and no "Complete verification", which only the emulator offers.
 */
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { principalById } from '../../../mocks/ses/directory';
import { openFreshEmulatorStore } from '../../../mocks/ses/instance';
import { completeVerification } from '../../lib/emulator/emulator-actions';
import { sesApi } from '../../lib/ses/api/ses-api';
import type { SesConnection } from '../../lib/ses/client';
import { ConnectionProvider } from '../../lib/ses/connection-context';
import { identityPath } from '../../lib/paths';
import { connectionAs, renderWithQueries } from '../../test/render';
import { ActingChoiceContext } from '../acting/acting-choice';
import { FlashMessagesProvider } from '../shell/flash-messages';
import { IdentityDetailsPage } from './identity-details-page';

const owner = principalById('owner');
const ADDRESS = 'pending-sender@ses-example.com';
const DOMAIN = 'pending.example';
const arnOf = (name: string) => `arn:aws:ses:us-east-1:${owner.account}:identity/${name}`;

/** The v1 Query actions the page sends, in order (v2's REST calls are not Query actions). */
let actions: { action: string; params: URLSearchParams }[] = [];

function renderDetails(identity: string, { emulator = false, connection = connectionAs('owner') } = {}) {
  const router = createMemoryRouter([{ path: '/identities/:identity', element: <IdentityDetailsPage /> }], {
    initialEntries: [identityPath(identity)],
  });
  renderWithQueries(
    <FlashMessagesProvider>
      <ActingChoiceContext.Provider value={{ principals: [], current: undefined, choose: () => undefined }}>
        <ConnectionProvider
          value={{
            status: 'ready',
            emulator,
            kind: emulator ? 'emulator' : 'endpoint',
            principal: { arn: owner.arn, label: owner.label, account: owner.account },
            connection,
          }}
        >
          <RouterProvider router={router} />
        </ConnectionProvider>
      </ActingChoiceContext.Provider>
    </FlashMessagesProvider>,
  );
}

const v2Connection = (): SesConnection => ({ ...connectionAs('owner'), api: 'v2' });

beforeEach(async () => {
  await openFreshEmulatorStore();
  const api = await sesApi(connectionAs('owner'));
  await api.createEmailIdentity(ADDRESS);
  await api.createDomainIdentity(DOMAIN);
  actions = [];
  server.use(
    // Notes each Query action, then lets the emulator answer it (no answer here: MSW goes on).
    http.post('*/__ses/:region/', async ({ request }) => {
      const params = new URLSearchParams(await request.clone().text());
      actions.push({ action: params.get('Action') ?? '', params });
    }),
  );
});

describe('identity verification on a real SES connection', { timeout: 20_000 }, () => {
  it('Resend verification email calls VerifyEmailIdentity for the address and says SES sent it', async () => {
    const user = userEvent.setup();
    renderDetails(ADDRESS);
    await user.click(await screen.findByRole('button', { name: 'Resend verification email' }));
    expect(await screen.findByText('Verification email sent again')).toBeVisible();
    const resends = actions.filter((a) => a.action === 'VerifyEmailIdentity');
    expect(resends.map((a) => a.params.get('EmailAddress'))).toEqual([ADDRESS]);
  });

  it('says SES’s refusal of the resend, in its words', async () => {
    const user = userEvent.setup();
    renderDetails(ADDRESS);
    const button = await screen.findByRole('button', { name: 'Resend verification email' });
    server.use(
      http.post('*/__ses/:region/', async ({ request }) => {
        if (!(await request.clone().text()).includes('Action=VerifyEmailIdentity')) return undefined;
        return new Response(
          '<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Maximum sending rate exceeded.</Message></Error><RequestId>r-2</RequestId></ErrorResponse>',
          { status: 400, headers: { 'content-type': 'text/xml' } },
        );
      }),
    );
    await user.click(button);
    expect(await screen.findByText('SES did not resend the verification email: Throttling')).toBeVisible();
    expect(screen.getByText(/Maximum sending rate exceeded\./)).toBeVisible();
  });

  it('over API v2 offers no resend and says why', async () => {
    renderDetails(ADDRESS, { connection: v2Connection() });
    expect(
      await screen.findByText(/SES API v2 has no operation that sends the verification email again/),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Resend verification email' })).toBeNull();
  });

  it('Refresh status reads the verification attributes again and shows the new status', async () => {
    const user = userEvent.setup();
    renderDetails(ADDRESS);
    expect(await screen.findByText('Pending verification')).toBeVisible();
    const reads = () => actions.filter((a) => a.action === 'GetIdentityVerificationAttributes').length;
    const before = reads();
    // SES verifies the address meanwhile (here: the emulator, as if the link had been followed).
    await completeVerification(arnOf(ADDRESS), 'http://localhost/');
    await user.click(screen.getByRole('button', { name: 'Refresh status' }));
    expect(await screen.findByText('Verified')).toBeVisible();
    expect(reads()).toBe(before + 1);
    expect(screen.queryByRole('button', { name: 'Resend verification email' })).toBeNull();
  });

  it('offers no Complete verification and says only SES verifies; the emulator offers it', async () => {
    renderDetails(ADDRESS);
    expect(await screen.findByText(/not offered on a real SES connection/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /Complete verification/ })).toBeNull();
    cleanup();
    renderDetails(ADDRESS, { emulator: true });
    expect(await screen.findByRole('button', { name: /Complete verification/ })).toBeVisible();
  });

  it('shows a v1 domain’s TXT record with copy buttons, and no Complete verification', async () => {
    renderDetails(DOMAIN);
    expect(await screen.findByText('DNS record to publish')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Copy record name' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Copy record value' })).toBeVisible();
    expect(screen.getByText(`_amazonses.${DOMAIN}`)).toBeVisible();
    expect(screen.getByText(/once it finds the DNS record:/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /Complete verification/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Resend verification email' })).toBeNull();
  });

  it('shows what API v2 answers for a domain: its three DKIM CNAME records', async () => {
    renderDetails(DOMAIN, { connection: v2Connection() });
    expect(await screen.findByText('DNS records to publish')).toBeVisible();
    await waitFor(() => expect(screen.getAllByText(/\._domainkey\.pending\.example$/)).toHaveLength(3));
    expect(screen.getByRole('button', { name: 'Copy record 3 value' })).toBeVisible();
  });
});
