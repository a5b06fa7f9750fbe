/**
 * The Send forms keep what was typed as this tab's draft: offered back after the form is gone
 * (another page, a reload), removed by a successful send or Clear form, and a stored entry that
 * is not a draft is ignored without breaking the form.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFreshEmulatorStore } from '../../../mocks/ses/instance';
import { formDraftKey } from '../../lib/form-drafts/form-draft-store';
import { connectionAs, renderWithQueries } from '../../test/render';
import { SEND_EMAIL_DRAFT, SEND_RAW_DRAFT } from './send-draft-schema';
import { SendEmailForm } from './send-email-form';
import { rawTemplate } from './send-schema';
import { SendRawForm } from './send-raw-form';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const connection = connectionAs('delegate-marketer');
const field = (name: string) => screen.getByRole('textbox', { name });
const fill = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
const stored = (form: string) => sessionStorage.getItem(formDraftKey(form));

function renderEmail() {
  return renderWithQueries(
    <SendEmailForm
      connection={connection}
      callerArn="arn:aws:iam::999999999999:user/marketer"
      callerLabel="marketer"
      defaults={{}}
    />,
  );
}

beforeEach(async () => {
  sessionStorage.clear();
  await openFreshEmulatorStore();
});

describe('Send email drafts', { timeout: 20_000 }, () => {
  it('offers what was typed once the form is back, and restores it', async () => {
    const first = renderEmail();
    fill('From address', 'marketing+spring@ses-example.com');
    fill('Subject', 'Spring launch');
    expect(stored(SEND_EMAIL_DRAFT)).toContain('Spring launch');
    first.unmount();

    renderEmail();
    expect(screen.getByText(/You have unsaved input from/)).toBeVisible();
    expect(field('Subject')).toHaveValue('Test message');
    await userEvent.click(screen.getByRole('button', { name: 'Restore draft' }));
    expect(field('From address')).toHaveValue('marketing+spring@ses-example.com');
    expect(field('Subject')).toHaveValue('Spring launch');
    expect(screen.queryByText(/You have unsaved input from/)).toBeNull();
  });

  it('Discard draft removes it and leaves the form as it started', async () => {
    renderEmail().unmount();
    sessionStorage.setItem(
      formDraftKey(SEND_EMAIL_DRAFT),
      JSON.stringify({ version: 1, savedAt: new Date().toISOString(), values: { to: 'a@example.com' } }),
    );
    renderEmail();
    await userEvent.click(screen.getByRole('button', { name: 'Discard draft' }));
    expect(stored(SEND_EMAIL_DRAFT)).toBeNull();
    expect(field('To')).toHaveValue('');
  });

  it('a successful send removes the draft; a refusal keeps it', async () => {
    renderWithQueries(
      <SendEmailForm
        connection={connection}
        callerArn="arn:aws:iam::999999999999:user/marketer"
        callerLabel="marketer"
        defaults={{ from: 'marketing+spring@ses-example.com', sourceArn: ARN }}
      />,
    );
    fill('From address', 'ceo@ses-example.com');
    fill('To', 'success@simulator.amazonses.com');
    await userEvent.click(screen.getByRole('button', { name: 'Send email' }));
    expect(
      await screen.findByText('SES refused the message: AccessDenied', {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(stored(SEND_EMAIL_DRAFT)).toContain('ceo@ses-example.com');

    fill('From address', 'marketing+spring@ses-example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Send email' }));
    expect(await screen.findByText('SES accepted the message', {}, { timeout: 8000 })).toBeInTheDocument();
    await waitFor(() => expect(stored(SEND_EMAIL_DRAFT)).toBeNull());
    // The form keeps the sent message, to send again or change.
    expect(field('To')).toHaveValue('success@simulator.amazonses.com');
  });

  it('Clear form empties the form and removes the draft', async () => {
    renderEmail();
    fill('To', 'success@simulator.amazonses.com');
    expect(stored(SEND_EMAIL_DRAFT)).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Clear form' }));
    expect(field('To')).toHaveValue('');
    expect(stored(SEND_EMAIL_DRAFT)).toBeNull();
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['of the wrong shape', JSON.stringify({ version: 1, values: { to: ['a'] } })],
    ['too long', JSON.stringify({ version: 1, values: { body: 'x'.repeat(300_000) } })],
  ])('ignores and removes a stored entry %s', (_, entry) => {
    sessionStorage.setItem(formDraftKey(SEND_EMAIL_DRAFT), entry);
    renderEmail();
    expect(screen.queryByText(/You have unsaved input from/)).toBeNull();
    expect(field('Subject')).toHaveValue('Test message');
    expect(stored(SEND_EMAIL_DRAFT)).toBeNull();
  });
});

describe('Send raw email drafts', { timeout: 20_000 }, () => {
  const template = rawTemplate('marketing+spring@ses-example.com', 'success@simulator.amazonses.com');
  const renderRaw = () =>
    renderWithQueries(
      <SendRawForm
        connection={connection}
        callerArn="arn:aws:iam::999999999999:user/marketer"
        callerLabel="marketer"
        defaults={{ raw: template }}
      />,
    );

  it('keeps its own draft, apart from Send email’s, and restores it', async () => {
    const first = renderRaw();
    fill('MIME message', 'Subject: typed\n\nbody');
    fill('Source ARN', ARN);
    expect(stored(SEND_RAW_DRAFT)).toContain('Subject: typed');
    expect(stored(SEND_EMAIL_DRAFT)).toBeNull();
    first.unmount();

    renderRaw();
    expect(field('MIME message')).not.toHaveValue('Subject: typed\n\nbody');
    await userEvent.click(screen.getByRole('button', { name: 'Restore draft' }));
    expect(field('MIME message')).toHaveValue('Subject: typed\n\nbody');
    expect(field('Source ARN')).toHaveValue(ARN);
  });

  it('says when a message is too long to keep as a draft', () => {
    renderRaw();
    fill('MIME message', `${template}${'x'.repeat(250_000)}`);
    expect(screen.getByText('This input is not kept as a draft')).toBeVisible();
    expect(stored(SEND_RAW_DRAFT)).toBeNull();
  });
});
