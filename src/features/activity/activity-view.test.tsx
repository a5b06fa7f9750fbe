import { SendEmailCommand, SetIdentityNotificationTopicCommand } from '@aws-sdk/client-ses';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFreshEmulatorStore } from '../../../mocks/ses/instance';
import { clientAs } from '../../../mocks/ses/test/clients';
import { ActivityView } from './activity-view';
import { renderWithQueries } from '../../test/render';
import { wholeText } from '../../test/text';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const OWNER_TOPIC = 'arn:aws:sns:us-east-1:888888888888:ses-deliveries';
const DELEGATE_TOPIC = 'arn:aws:sns:us-east-1:999999999999:delegate-deliveries';

beforeEach(async () => {
  await openFreshEmulatorStore();
  const marketer = clientAs('delegate-marketer');
  // The delegate account's root sets its topics: the IAM user marketer may only send.
  await clientAs('delegate-root').send(
    new SetIdentityNotificationTopicCommand({
      Identity: ARN,
      NotificationType: 'Delivery',
      SnsTopic: DELEGATE_TOPIC,
    }),
  );
  const message = { Subject: { Data: 'Hi' }, Body: { Text: { Data: '<b>not markup</b>' } } };
  const destination = { ToAddresses: ['success@simulator.amazonses.com'] };
  await marketer.send(
    new SendEmailCommand({
      Source: 'marketing+spring@ses-example.com',
      SourceArn: ARN,
      Destination: destination,
      Message: message,
    }),
  );
  await marketer
    .send(
      new SendEmailCommand({
        Source: 'ceo@ses-example.com',
        SourceArn: ARN,
        Destination: destination,
        Message: message,
      }),
    )
    .catch(() => undefined);
});

function renderView() {
  renderWithQueries(<ActivityView />);
}

describe('ActivityView', { timeout: 20_000 }, () => {
  it("lists the attempts with their decision and trace, and both sides' Delivery notifications", async () => {
    renderView();
    const attempts = await screen.findByRole('treegrid', { name: 'Send attempts' });
    expect(await within(attempts).findByText('AccessDenied', {}, { timeout: 8000 })).toBeInTheDocument();
    // The caller of each attempt, and quoted (as code) in SES's refusal.
    expect(
      within(attempts).getAllByText(wholeText('arn:aws:iam::999999999999:user/marketer'), {
        selector: '[data-mono-value]',
      }),
    ).toHaveLength(2);
    const refusal = within(attempts).getByText('AccessDenied').closest('td');
    expect(refusal?.querySelector('code')?.textContent).toBe('arn:aws:iam::999999999999:user/marketer');
    expect(refusal).not.toHaveTextContent('`');
    expect(within(attempts).getAllByRole('button', { name: /^Copy SES’s message for/ })).toHaveLength(1);
    expect(within(attempts).getByText('Allowed')).toBeInTheDocument();
    // The trace opens from the row: one row per identity role, in the table's own columns.
    expect(
      within(attempts).queryByText(wholeText('marketing+spring@ses-example.com')),
    ).not.toBeInTheDocument();
    await userEvent.click(
      within(attempts).getAllByRole('button', {
        name: /^Show the trace of the SendEmail at/,
      })[1] as HTMLElement,
    );
    const source = within(attempts).getByText(wholeText('marketing+spring@ses-example.com')).closest('tr');
    expect(source?.textContent).toContain('Source');
    expect(source?.textContent).toContain('Allowed');
    expect(source?.textContent).toContain(ARN);
    await userEvent.click(within(attempts).getByRole('button', { name: /^Hide the trace of/ }));
    expect(
      within(attempts).queryByText(wholeText('marketing+spring@ses-example.com')),
    ).not.toBeInTheDocument();

    const notifications = screen.getByRole('table', { name: 'SNS notifications' });
    expect(within(notifications).getByText(wholeText(OWNER_TOPIC))).toBeInTheDocument();
    expect(within(notifications).getByText(wholeText(DELEGATE_TOPIC))).toBeInTheDocument();
    expect(within(notifications).getByText('Delegate (999999999999)')).toBeInTheDocument();
    expect(within(notifications).getByText('Identity owner (888888888888)')).toBeInTheDocument();
  });

  it('filters by role: whose identity was used, who sent, and whose topic was notified', async () => {
    renderView();
    const notifications = await screen.findByRole('table', { name: 'SNS notifications' });
    await within(notifications).findByText(wholeText(OWNER_TOPIC), {}, { timeout: 8000 });
    await userEvent.click(screen.getByRole('button', { name: 'Senders' }));
    expect(within(notifications).queryByText(wholeText(OWNER_TOPIC))).not.toBeInTheDocument();
    expect(within(notifications).getByText(wholeText(DELEGATE_TOPIC))).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Identity owners' }));
    expect(within(notifications).getByText(wholeText(OWNER_TOPIC))).toBeInTheDocument();
    expect(within(notifications).queryByText(wholeText(DELEGATE_TOPIC))).not.toBeInTheDocument();
    // With the owner's account: as identity owner, the delegate's sends from its identity count;
    // as sender, they do not.
    const attempts = screen.getByRole('treegrid', { name: 'Send attempts' });
    expect(within(attempts).getByText('AccessDenied')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^Account/ }));
    await userEvent.click(await screen.findByRole('option', { name: '888888888888' }));
    expect(within(attempts).getByText('AccessDenied')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Senders' }));
    expect(within(attempts).queryByText('AccessDenied')).not.toBeInTheDocument();
  });

  it('shows a notification and a full trace as JSON text, never as markup', async () => {
    renderView();
    const notifications = await screen.findByRole('table', { name: 'SNS notifications' });
    const [first] = await within(notifications).findAllByRole(
      'button',
      { name: /Delivery notification to/ },
      { timeout: 8000 },
    );
    await userEvent.click(first as HTMLElement);
    const dialog = await screen.findByRole('dialog');
    const pre = dialog.querySelector('pre');
    expect(pre?.textContent).toContain('"notificationType": "Delivery"');
    expect(pre?.textContent).toContain('"source": "marketing+spring@ses-example.com"');
    expect(pre?.children).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    const attempts = screen.getByRole('treegrid', { name: 'Send attempts' });
    await userEvent.click(
      within(attempts).getAllByRole('button', { name: /^Full trace of/ })[0] as HTMLElement,
    );
    const trace = (await screen.findByRole('dialog')).querySelector('pre');
    expect(trace?.textContent).toContain('"role": "source"');
  });
});
