import { GetIdentityNotificationAttributesCommand } from '@aws-sdk/client-ses';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { principalById } from '../../../mocks/ses/directory';
import { emulatorStore, openFreshEmulatorStore } from '../../../mocks/ses/instance';
import { emptyNotifications, identityKey } from '../../../mocks/ses/model';
import { clientAs } from '../../../mocks/ses/test/clients';
import { GrantsView } from './grants-view';
import { connectionAs, renderWithQueries } from '../../test/render';
import { wholeText } from '../../test/text';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';

beforeEach(async () => {
  await openFreshEmulatorStore();
});

function renderAs(id: 'delegate-marketer' | 'outsider' | 'delegate-root') {
  const p = principalById(id);
  const onFollowSend = vi.fn();
  renderWithQueries(
    <GrantsView
      connection={connectionAs(id)}
      principal={{ arn: p.arn, label: p.label, account: p.account }}
      accountTopics={p.snsTopics}
      iamPolicies={p.iamPolicies}
      sendHref={(e) => `/send?${new URLSearchParams(e).toString()}`}
      onFollowSend={onFollowSend}
    />,
  );
  return { onFollowSend };
}

describe('GrantsView', { timeout: 20_000 }, () => {
  it('shows the seeded grant to the IAM user marketer, in plain English, with snippets', async () => {
    const { onFollowSend } = renderAs('delegate-marketer');
    expect(
      await screen.findByRole('heading', { name: 'ses-example.com' }, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Owned by account 888888888888, in us-east-1')).toBeInTheDocument();
    // The engine's `backticked` value shows as code, the backticks gone.
    const value = screen.getByText(wholeText('marketing+*@ses-example.com'), { selector: 'code' });
    expect(value.closest('li')).toHaveTextContent(
      /^only From addresses matching marketing\+\*@ses-example\.com$/,
    );
    expect(screen.getByText('SendEmail, SendRawEmail')).toBeInTheDocument();
    expect(screen.getAllByText(wholeText(ARN)).length).toBeGreaterThan(0);
    expect(screen.getByText(/comes from the built-in emulator/)).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Copy the identity ARN of ses-example.com' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Send a test email from ses-example.com' }));
    expect(onFollowSend).toHaveBeenCalledWith(
      `/send?from=marketing%2Bexample%40ses-example.com&to=success%40simulator.amazonses.com&sourceArn=${encodeURIComponent(ARN)}`,
    );
  });

  it('shows nothing granted to an account with no grant', async () => {
    renderAs('outsider');
    expect(await screen.findByText(/No other account lets/, {}, { timeout: 8000 })).toBeInTheDocument();
  });

  it("saves the delegate's own Delivery topic for the identity ARN, apart from the owner's", async () => {
    renderAs('delegate-root');
    await userEvent.click(
      await screen.findByRole(
        'button',
        { name: 'Your notification settings for this identity' },
        { timeout: 8000 },
      ),
    );
    const form = (
      await screen.findByRole('button', { name: 'Save my notification settings' }, { timeout: 8000 })
    ).closest('form');
    if (!form) throw new Error('no form');
    const headers = within(form).getByRole('checkbox', {
      name: 'Include original headers in Delivery notifications',
    });
    expect(headers).toBeDisabled();
    await userEvent.click(within(form).getByRole('button', { name: /Delivery topic/ }));
    await userEvent.click(await within(form).findByRole('option', { name: /delegate-deliveries/ }));
    expect(headers).toBeEnabled();
    await userEvent.click(headers);
    await userEvent.click(within(form).getByRole('button', { name: 'Save my notification settings' }));
    expect(
      await within(form).findByText('Your notification settings are saved.', {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    const mine = await clientAs('delegate-root').send(
      new GetIdentityNotificationAttributesCommand({ Identities: [ARN] }),
    );
    expect(mine.NotificationAttributes?.[ARN]).toMatchObject({
      DeliveryTopic: 'arn:aws:sns:us-east-1:999999999999:delegate-deliveries',
      HeadersInDeliveryNotificationsEnabled: true,
    });
    const owner = await clientAs('owner').send(
      new GetIdentityNotificationAttributesCommand({ Identities: ['ses-example.com'] }),
    );
    expect(owner.NotificationAttributes?.['ses-example.com']?.DeliveryTopic).toBe(
      'arn:aws:sns:us-east-1:888888888888:ses-deliveries',
    );
  });

  it('checks a typed topic ARN and keeps what was typed', async () => {
    renderAs('delegate-root');
    await userEvent.click(
      await screen.findByRole(
        'button',
        { name: 'Your notification settings for this identity' },
        { timeout: 8000 },
      ),
    );
    const form = (
      await screen.findByRole('button', { name: 'Save my notification settings' }, { timeout: 8000 })
    ).closest('form');
    if (!form) throw new Error('no form');
    await userEvent.click(within(form).getByRole('button', { name: /Bounce topic/ }));
    await userEvent.click(await within(form).findByRole('option', { name: /Another topic/ }));
    const input = within(form).getByRole('textbox', { name: 'Bounce topic ARN' });
    await userEvent.type(input, 'arn:aws:sns:us-east-1:4444:t');
    await userEvent.click(within(form).getByRole('button', { name: 'Save my notification settings' }));
    expect(
      await within(form).findByText('The account ID must be 12 digits, not "4444".'),
    ).toBeInTheDocument();
    expect(input).toHaveValue('arn:aws:sns:us-east-1:4444:t');
  });

  it("shows SES's error code when it refuses a setting (an identity the owner has not verified)", async () => {
    const arn = 'arn:aws:ses:us-east-1:111122223333:identity/news@outsider.example';
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: '999999999999' }, Action: 'ses:SendEmail', Resource: arn },
      ],
    });
    // An identity whose verification lapsed after its policy was attached (SES attaches policies
    // to verified identities only), written to the store directly.
    const store = await emulatorStore();
    await store.transaction((tx) =>
      tx.putIdentity({
        key: identityKey('111122223333', 'us-east-1', 'news@outsider.example'),
        account: '111122223333',
        region: 'us-east-1',
        name: 'news@outsider.example',
        kind: 'EmailAddress',
        verificationStatus: 'Pending',
        policies: [{ name: 'Delegate', document }],
        notifications: emptyNotifications(),
        forwardingEnabled: true,
        createdAt: '2026-12-01T00:00:00Z',
      }),
    );
    renderAs('delegate-root');
    expect(
      await screen.findByRole('heading', { name: 'news@outsider.example' }, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Pending: SES refuses sends until the owner verifies it')).toBeInTheDocument();
    const [first] = screen.getAllByRole('button', { name: 'Your notification settings for this identity' });
    await userEvent.click(first as HTMLElement);
    const form = (
      await screen.findAllByRole('button', { name: 'Save my notification settings' }, { timeout: 8000 })
    )[0]?.closest('form');
    if (!form) throw new Error('no form');
    await userEvent.click(within(form).getByRole('button', { name: /Bounce topic/ }));
    await userEvent.click(await within(form).findByRole('option', { name: /delegate-bounces/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save my notification settings' }));
    expect(
      await within(form).findByText('SES refused the change: InvalidParameterValue', {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(within(form).getByText(/Must be a verified email address or domain/)).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: /Bounce topic/ })).toHaveTextContent('delegate-bounces');
  });
});
