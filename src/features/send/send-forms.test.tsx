import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { principalById } from '../../../mocks/ses/directory';
import { openFreshEmulatorStore } from '../../../mocks/ses/instance';
import type { SesConnection } from '../../lib/ses/client';
import { SendEmailForm } from './send-email-form';
import { SendRawForm } from './send-raw-form';
import { renderWithQueries } from '../../test/render';

/**
 * jsdom's TextEncoder returns a Uint8Array of jsdom's realm, which the SDK's Query serializer
 * (`value instanceof Uint8Array`) does not recognise, so RawMessage.Data would be left out. The
 * browser has one realm; here the encoder returns this realm's Uint8Array.
 */
class RealmTextEncoder {
  readonly encoding = 'utf-8';
  encode(text: string) {
    return new Uint8Array(Buffer.from(text, 'utf8'));
  }
}
globalThis.TextEncoder = RealmTextEncoder as unknown as typeof TextEncoder;

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const marketer = principalById('delegate-marketer');
const connection: SesConnection = {
  region: 'us-east-1',
  endpoint: 'http://localhost/__ses/us-east-1/',
  credentials: { accessKeyId: marketer.accessKeyId, secretAccessKey: marketer.secretAccessKey },
};

function renderForm(ui: ReactNode) {
  renderWithQueries(ui);
}
const field = (name: string) => screen.getByRole('textbox', { name });
const fill = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });

beforeEach(async () => {
  await openFreshEmulatorStore();
});

describe('SendEmailForm', { timeout: 20_000 }, () => {
  it('on the built-in emulator, points to Activity for the notifications the send produced', async () => {
    renderForm(
      <SendEmailForm
        connection={{ ...connection, emulator: true }}
        callerArn="arn:aws:iam::999999999999:user/marketer"
        callerLabel="marketer"
        defaults={{
          from: 'marketing+spring@ses-example.com',
          sourceArn: ARN,
          to: 'success@simulator.amazonses.com',
        }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send email' }));
    expect(
      await screen.findByText(
        /The Activity page shows the attempt and the notifications it produced\./,
        {},
        { timeout: 8000 },
      ),
    ).toBeVisible();
  });

  it('explains each bad field next to it, and sends nothing', async () => {
    renderForm(
      <SendEmailForm
        connection={connection}
        callerArn="arn:aws:iam::999999999999:user/marketer"
        callerLabel="marketer"
        defaults={{}}
      />,
    );
    fill('From address', 'marketing');
    fill('Source ARN (optional)', 'arn:aws:ses:us-east-1:8888:identity/ses-example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Send email' }));
    expect(await screen.findByText('"marketing" is not an email address: it has no @.')).toBeInTheDocument();
    expect(
      screen.getByText(/needs the owner's 12-digit account ID after the Region, not "8888"/),
    ).toBeInTheDocument();
    expect(screen.getByText('Add at least one recipient (To, Cc or Bcc).')).toBeInTheDocument();
    expect(screen.queryByText(/SES accepted/)).not.toBeInTheDocument();
  });

  it("sends as the delegate with the Source ARN, and shows SES's refusal for ceo@ without losing input", async () => {
    renderForm(
      <SendEmailForm
        connection={connection}
        callerArn="arn:aws:iam::999999999999:user/marketer"
        callerLabel="marketer"
        defaults={{ from: 'marketing+spring@ses-example.com', sourceArn: ARN }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'success@simulator.amazonses.com' }));
    expect(field('To')).toHaveValue('success@simulator.amazonses.com');
    await userEvent.click(screen.getByRole('button', { name: 'Send email' }));
    expect(await screen.findByText('SES accepted the message', {}, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByText(/^MessageId: 0100[0-9a-f]{12}-/)).toBeInTheDocument();
    // Not the built-in emulator: SES's notifications go to SNS, not to this console.
    expect(
      screen.getByText(/SES reports what becomes of the message .* to the identity’s SNS topics/),
    ).toBeVisible();

    fill('From address', 'ceo@ses-example.com');
    fill('Display name (optional)', 'The CEO');
    await userEvent.click(screen.getByRole('button', { name: 'Send email' }));
    expect(
      await screen.findByText('SES refused the message: AccessDenied', {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(field('From address')).toHaveValue('ceo@ses-example.com');
    expect(field('Display name (optional)')).toHaveValue('The CEO');
    expect(field('Source ARN (optional)')).toHaveValue(ARN);
  });
});

describe('a send from another account’s address without its ARN', { timeout: 20_000 }, () => {
  it('says to set the Source ARN, and only then', async () => {
    renderForm(
      <SendEmailForm
        connection={connection}
        callerArn="arn:aws:iam::999999999999:user/marketer"
        callerLabel="marketer"
        defaults={{ from: 'marketing+spring@ses-example.com', to: 'success@simulator.amazonses.com' }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send email' }));
    expect(
      await screen.findByText('SES refused the message: MessageRejected', {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^To send as another account’s identity, set the Source ARN to that identity’s ARN\. The Grants page lists/,
      ),
    ).toBeInTheDocument();

    fill('Source ARN (optional)', ARN);
    fill('From address', 'ceo@ses-example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Send email' }));
    expect(
      await screen.findByText('SES refused the message: AccessDenied', {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/To send as another account’s identity/)).not.toBeInTheDocument();
  });
});

describe('filling a form in from a grant', { timeout: 20_000 }, () => {
  const grant = {
    identityArn: ARN,
    identity: 'ses-example.com',
    ownerAccount: '888888888888',
    from: 'marketing+example@ses-example.com',
    to: 'success@simulator.amazonses.com',
  };

  it('sets From, the Source ARN and, when empty, To', async () => {
    renderForm(
      <SendEmailForm
        connection={connection}
        callerArn="arn:aws:iam::999999999999:user/marketer"
        callerLabel="marketer"
        defaults={{}}
        grants={[grant]}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: /Fill in from a grant/ }));
    await userEvent.click(await screen.findByRole('option', { name: /ses-example.com/ }));
    expect(field('From address')).toHaveValue('marketing+example@ses-example.com');
    expect(field('Source ARN (optional)')).toHaveValue(ARN);
    expect(field('To')).toHaveValue('success@simulator.amazonses.com');
  });

  it('offers nothing when the principal has no grant', () => {
    renderForm(
      <SendRawForm
        connection={connection}
        callerArn="arn:aws:iam::111122223333:root"
        callerLabel="outsider"
        defaults={{}}
        grants={[]}
      />,
    );
    expect(screen.queryByRole('button', { name: /Fill in from a grant/ })).not.toBeInTheDocument();
  });
});

describe('SendRawForm', { timeout: 20_000 }, () => {
  const raw = (headers: string[]) =>
    [
      ...headers,
      'From: "Spring" <marketing+spring@ses-example.com>',
      'To: success@simulator.amazonses.com',
      'Subject: Hi',
      '',
      'Hello',
    ].join('\r\n');

  it('sends with the X-SES headers in the message and shows what SES read', async () => {
    renderForm(
      <SendRawForm
        connection={connection}
        callerArn="arn:aws:iam::999999999999:user/marketer"
        callerLabel="marketer"
        defaults={{ raw: raw([`X-SES-SOURCE-ARN: ${ARN}`]) }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send raw email' }));
    expect(await screen.findByText('SES accepted the message', {}, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByText('"Spring" <marketing+spring@ses-example.com>')).toBeInTheDocument();
  });

  it('refuses a malformed header ARN or parameter ARN next to its field, keeping the message', async () => {
    const text = raw(['X-SES-SOURCE-ARN: arn:aws:ses:us-east-1:888888888888:ses-example.com']);
    renderForm(
      <SendRawForm
        connection={connection}
        callerArn="arn:aws:iam::999999999999:user/marketer"
        callerLabel="marketer"
        defaults={{ raw: text }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send raw email' }));
    expect(
      await screen.findByText(
        /^The X-SES-SOURCE-ARN header: .*has no resource type before "ses-example.com": write identity\/ses-example.com\./,
        {},
        { timeout: 8000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'MIME message' })).toHaveValue(text.replace(/\r\n/g, '\n'));

    fill('MIME message', raw([]));
    fill('From ARN', 'identity/ses-example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Send raw email' }));
    expect(await screen.findByText(/"identity\/ses-example.com" is not an ARN/)).toBeInTheDocument();
    fill('From ARN', '');
    fill('MIME message', 'not a message');
    await userEvent.click(screen.getByRole('button', { name: 'Send raw email' }));
    expect(await screen.findByText(/The message has no headers/, {}, { timeout: 8000 })).toBeInTheDocument();
  });
});
