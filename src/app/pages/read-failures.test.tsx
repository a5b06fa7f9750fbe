/**
 * The pages a user opens first, when SES (or the emulator-only API) refuses the read they start
 * with: each says what SES answered, in its words, and none stays on Loading or breaks.
 */
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { principalById, type DemoPrincipalId } from '../../../mocks/ses/directory';
import { openFreshEmulatorStore } from '../../../mocks/ses/instance';
import { ConnectionProvider } from '../../lib/ses/connection-context';
import { connectionAs, renderWithQueries } from '../../test/render';
import { ActingChoiceContext } from '../acting/acting-choice';
import { FlashMessagesProvider } from '../shell/flash-messages';
import { GrantsPage } from './grants-page';
import { IdentitiesPage } from './identities-page';
import { IdentityDetailsPage } from './identity-details-page';
import { EditPolicyPage } from './policy-editor-page';

const REFUSAL = 'User: arn:aws:iam::888888888888:root is not authorized to perform: ses:Read on resource: *';

/** Every SES request is refused with SES's AccessDenied error XML. */
function refuseSes() {
  server.use(
    http.post(
      '*/__ses/:region/',
      () =>
        new HttpResponse(
          `<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>${REFUSAL}</Message></Error><RequestId>r-1</RequestId></ErrorResponse>`,
          { status: 403, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': 'r-1' } },
        ),
    ),
  );
}

function renderPage(path: string, url: string, page: ReactNode, as: DemoPrincipalId = 'owner') {
  const p = principalById(as);
  const router = createMemoryRouter([{ path, element: page }], { initialEntries: [url] });
  renderWithQueries(
    <FlashMessagesProvider>
      <ActingChoiceContext.Provider value={{ principals: [], current: undefined, choose: () => undefined }}>
        <ConnectionProvider
          value={{
            status: 'ready',
            emulator: true,
            kind: 'emulator',
            principal: { arn: p.arn, label: p.label, account: p.account },
            connection: connectionAs(as),
          }}
        >
          <RouterProvider router={router} />
        </ConnectionProvider>
      </ActingChoiceContext.Provider>
    </FlashMessagesProvider>,
  );
}

beforeEach(async () => {
  await openFreshEmulatorStore();
});

describe('a refused first read', { timeout: 20_000 }, () => {
  it('Identities says SES refused ListIdentities, with its code and message', async () => {
    refuseSes();
    renderPage('/identities', '/identities', <IdentitiesPage />);
    expect(
      await screen.findByText(new RegExp(`AccessDenied: ${REFUSAL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)),
    ).toBeVisible();
    expect(screen.queryByText('Loading identities')).toBeNull();
  });

  it('identity details says SES refused reading the identity', async () => {
    refuseSes();
    renderPage('/identities/:identity', '/identities/ses-example.com', <IdentityDetailsPage />);
    expect((await screen.findAllByText(/AccessDenied/)).length).toBeGreaterThan(0);
    expect(
      screen.getAllByText(new RegExp(REFUSAL.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).length,
    ).toBeGreaterThan(0);
  });

  it('the policy editor says SES refused reading the policies, and offers no editor over nothing', async () => {
    refuseSes();
    renderPage(
      '/identities/:identity/policies/:policy/edit',
      '/identities/ses-example.com/policies/SampleAuthorizationPolicy/edit',
      <EditPolicyPage />,
    );
    expect((await screen.findAllByText(/AccessDenied/)).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: /Save/ })).toBeNull();
  });

  it('Grants says the emulator refused the grants list, with its message', async () => {
    server.use(
      http.get('*/__emulator/grants', () =>
        HttpResponse.json({ error: 'The emulator is unavailable.' }, { status: 503 }),
      ),
    );
    renderPage('/grants', '/grants', <GrantsPage />, 'delegate-marketer');
    expect(await screen.findByText('The grants could not be read')).toBeVisible();
  });
});
