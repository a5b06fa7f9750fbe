/**
 * The Grants page's list on a real connection: what the delegate added by hand, kept per account
 * in localStorage, checked by the engine, and tested with a send that the in-process emulator
 * answers as SES would.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { principalById } from '../../../mocks/ses/directory';
import { openFreshEmulatorStore } from '../../../mocks/ses/instance';
import { ANNOUNCEMENT_POLICY, DEMO_DOMAIN_ARN } from '../../../mocks/ses/seed';
import { connectionAs, renderWithQueries } from '../../test/render';
import { SharedGrantsView } from './shared-grants-view';

const KEY = 'ses-console.shared-grants.999999999999';

function renderAs(id: 'delegate-root' | 'outsider' = 'delegate-root') {
  const p = principalById(id);
  return renderWithQueries(
    <SharedGrantsView
      connection={connectionAs(id)}
      principal={{ arn: p.arn, label: p.label, account: p.account }}
    />,
  );
}

const arnField = () => screen.getByRole('textbox', { name: 'Identity ARN' });
const policyField = () => screen.getByRole('textbox', { name: /Policy text from the owner/ });
const add = () => userEvent.click(screen.getByRole('button', { name: 'Add' }));

beforeEach(async () => {
  localStorage.clear();
  await openFreshEmulatorStore();
});

describe('Identities shared with you, on a real connection', { timeout: 20_000 }, () => {
  it('says what is wrong with an ARN, keeps what was typed, then adds a good one', async () => {
    renderAs();
    await userEvent.type(arnField(), 'arn:aws:ses:us-east-1:8888:identity/ses-example.com');
    await userEvent.type(policyField(), 'typed text');
    await add();
    expect(
      await screen.findByText(/needs the owner's 12-digit account ID after the Region, not "8888"/),
    ).toBeVisible();
    expect(arnField()).toHaveValue('arn:aws:ses:us-east-1:8888:identity/ses-example.com');
    expect(arnField()).toHaveAttribute('aria-invalid', 'true');
    expect(policyField()).toHaveValue('typed text');
    expect(localStorage.getItem(KEY)).toBeNull();

    await userEvent.clear(policyField());
    await userEvent.clear(arnField());
    await userEvent.type(arnField(), DEMO_DOMAIN_ARN);
    await add();
    expect(await screen.findByRole('heading', { name: 'ses-example.com' })).toBeVisible();
    expect(screen.getByText(/Added by you on/)).toBeVisible();
    expect(screen.getByText(/No policy text from the owner/)).toBeVisible();
    expect(arnField()).toHaveValue('');
    expect(localStorage.getItem(KEY)).toContain(DEMO_DOMAIN_ARN);
  });

  it('refuses the caller’s own account and a policy that is not JSON', async () => {
    renderAs();
    await userEvent.type(arnField(), 'arn:aws:ses:us-east-1:999999999999:identity/delegate.example');
    await add();
    expect(await screen.findByText(/is your own account/)).toBeVisible();
    await userEvent.clear(arnField());
    await userEvent.type(arnField(), DEMO_DOMAIN_ARN);
    await userEvent.type(policyField(), '{{"Version": ');
    await add();
    expect(await screen.findByText('Invalid JSON: a value was expected. (line 1)')).toBeVisible();
    const field = policyField();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveValue('{"Version": ');
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('reads the policy from a file, shows what it allows, and keeps it across a remount', async () => {
    const { unmount } = renderAs();
    await userEvent.type(arnField(), DEMO_DOMAIN_ARN);
    const file = new File([ANNOUNCEMENT_POLICY], 'SampleAuthorizationPolicy.json', {
      type: 'application/json',
    });
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await userEvent.upload(input, file);
    await screen.findByDisplayValue(/AuthorizeMarketer/);
    expect(screen.getByRole('textbox', { name: /Policy name/ })).toHaveValue('SampleAuthorizationPolicy');
    await add();
    const heading = await screen.findByRole('heading', { name: 'ses-example.com' });
    expect(heading).toBeVisible();
    expect(screen.getByText('SendEmail, SendRawEmail')).toBeVisible();
    expect(screen.getByText(/Policy SampleAuthorizationPolicy, statement AuthorizeMarketer/)).toBeVisible();
    expect(screen.getByText(/policy text as the owner sent it/)).toBeVisible();

    unmount();
    renderAs();
    expect(await screen.findByRole('heading', { name: 'ses-example.com' })).toBeVisible();
    expect(screen.getByText('SendEmail, SendRawEmail')).toBeVisible();
  });

  it('keeps each account’s list apart', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        version: 1,
        grants: [{ identityArn: DEMO_DOMAIN_ARN, addedAt: '2025-01-01T00:00:00Z', policies: [] }],
      }),
    );
    renderAs('outsider');
    expect(await screen.findByText(/None yet/)).toBeVisible();
  });

  it('reads hostile storage without failing, and says what it left out', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        version: 1,
        grants: [
          { identityArn: DEMO_DOMAIN_ARN, addedAt: '2025-01-01T00:00:00Z', policies: [] },
          { identityArn: '<img src=x onerror=alert(1)>', addedAt: '2025-01-01T00:00:00Z', policies: [] },
          { __proto__: null, constructor: { prototype: 1 } },
          {
            identityArn: 'arn:aws:ses:us-east-1:888888888888:identity/other.example',
            addedAt: '2025-01-01T00:00:00Z',
            policies: [{ name: 'x', document: '<b>bold</b>', addedAt: '2025-01-01T00:00:00Z' }],
          },
        ],
      }),
    );
    renderAs();
    expect(await screen.findByText('Some saved entries could not be read')).toBeVisible();
    expect(screen.getByText(/2 entries kept in this browser/)).toBeVisible();
    expect(screen.getByRole('heading', { name: 'ses-example.com' })).toBeVisible();
    // The policy text is shown as text, never as markup.
    await userEvent.click(screen.getByRole('button', { name: 'Policy text the owner sent' }));
    expect(screen.getByText('<b>bold</b>')).toBeVisible();
    expect(document.querySelector('b')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('removes an identity', async () => {
    renderAs();
    await userEvent.type(arnField(), DEMO_DOMAIN_ARN);
    await add();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Remove ses-example.com from this list' }),
    );
    expect(await screen.findByText(/None yet/)).toBeVisible();
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('test-sends with the mailbox simulator: accepted, then refused with SES’s code', async () => {
    renderAs();
    await userEvent.type(arnField(), DEMO_DOMAIN_ARN);
    await userEvent.click(policyField());
    await userEvent.paste(ANNOUNCEMENT_POLICY);
    await add();
    await screen.findByRole('heading', { name: 'ses-example.com' });
    const from = screen.getByRole('textbox', { name: 'From address for the test send' });
    expect(from).toHaveValue('marketing+example@ses-example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Test send with the mailbox simulator' }));
    expect(await screen.findByText('SES accepted the test send', {}, { timeout: 8000 })).toBeVisible();
    expect(screen.getByText(/^MessageId: \S+$/)).toBeVisible();

    await userEvent.clear(from);
    await userEvent.type(from, 'ceo@ses-example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Test send with the mailbox simulator' }));
    expect(
      await screen.findByText('SES refused the test send: AccessDenied', {}, { timeout: 8000 }),
    ).toBeVisible();
    expect(screen.getByText(/is not authorized to perform `ses:SendEmail'/)).toBeVisible();
  });

  it('checks the From address belongs to the identity before sending', async () => {
    renderAs();
    await userEvent.type(arnField(), DEMO_DOMAIN_ARN);
    await add();
    const from = await screen.findByRole('textbox', { name: 'From address for the test send' });
    await userEvent.clear(from);
    await userEvent.type(from, 'me@elsewhere.example');
    await userEvent.click(screen.getByRole('button', { name: 'Test send with the mailbox simulator' }));
    expect(await screen.findByText(/Use an address at ses-example.com/)).toBeVisible();
    expect(within(document.body).queryByText(/SES (accepted|refused)/)).toBeNull();
  });
});
