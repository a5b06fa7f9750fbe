import { GetIdentityNotificationAttributesCommand } from '@aws-sdk/client-ses';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { principalById } from '../../../mocks/ses/directory';
import { openFreshEmulatorStore } from '../../../mocks/ses/instance';
import { clientAs } from '../../../mocks/ses/test/clients';
import { connectionAs, renderWithQueries } from '../../test/render';
import { OwnerNotificationSettings } from './owner-notification-settings';

beforeEach(async () => {
  await openFreshEmulatorStore();
});

const ownerSettings = async () =>
  (
    await clientAs('owner').send(
      new GetIdentityNotificationAttributesCommand({ Identities: ['ses-example.com'] }),
    )
  ).NotificationAttributes?.['ses-example.com'];

function renderForm() {
  renderWithQueries(
    <OwnerNotificationSettings
      connection={connectionAs('owner')}
      identity="ses-example.com"
      accountTopics={principalById('owner').snsTopics}
      verified
    />,
  );
}

describe('OwnerNotificationSettings', { timeout: 20_000 }, () => {
  it('checks a topic ARN typed for another account and saves it through SES', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(
      await screen.findByRole('button', { name: /SNS topic for Complaint notifications/ }, { timeout: 8000 }),
    );
    await user.click(await screen.findByRole('option', { name: /A topic you do not own/ }));
    const arn = screen.getByRole('textbox', { name: 'Complaint topic ARN' });
    await user.type(arn, 'arn:aws:sqs:us-east-1:111122223333:queue');
    await user.tab();
    expect(await screen.findByText(/ARN names the "sqs" service/)).toBeInTheDocument();
    await user.clear(arn);
    await user.type(arn, 'arn:aws:sns:us-east-1:111122223333:their-complaints');
    expect(screen.queryByText(/ARN names the "sqs" service/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save notification settings' }));
    expect(
      await screen.findByText('Notification settings saved.', {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect((await ownerSettings())?.ComplaintTopic).toBe(
      'arn:aws:sns:us-east-1:111122223333:their-complaints',
    );
  });

  it('blocks a save while a typed ARN is wrong, and shows why', async () => {
    const user = userEvent.setup();
    renderForm();
    const before = await ownerSettings();
    await user.click(
      await screen.findByRole('button', { name: /SNS topic for Bounce notifications/ }, { timeout: 8000 }),
    );
    await user.click(await screen.findByRole('option', { name: /A topic you do not own/ }));
    await user.type(
      screen.getByRole('textbox', { name: 'Bounce topic ARN' }),
      'arn:aws:sns:us-east-1:4444:t',
    );
    await user.click(screen.getByRole('button', { name: 'Save notification settings' }));
    expect(await screen.findByText('The account ID must be 12 digits, not "4444".')).toBeInTheDocument();
    expect(await ownerSettings()).toEqual(before);
  });
});
