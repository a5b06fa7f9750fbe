import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { principalById } from '../../../mocks/ses/directory';
import { ANNOUNCEMENT_POLICY } from '../../../mocks/ses/seed';
import { openFreshEmulatorStore } from '../../../mocks/ses/instance';
import type { SesConnection } from '../../lib/ses/client';
import { encodeScenario, simulatorPath } from './scenario';
import { Simulator } from './simulator';
import { renderWithQueries } from '../../test/render';
import { wholeText } from '../../test/text';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const owner = principalById('owner');
const connection: SesConnection = {
  region: 'us-east-1',
  endpoint: 'http://localhost/__ses/us-east-1/',
  credentials: { accessKeyId: owner.accessKeyId, secretAccessKey: owner.secretAccessKey },
};
const principals = [
  { arn: 'arn:aws:iam::999999999999:root', label: 'Delegate account (999999999999)', iamPolicies: [] },
];

function renderSimulator(path = '/simulator', withConnection = true) {
  const router = createMemoryRouter(
    [
      {
        path: '/simulator',
        element: (
          <Simulator
            connection={withConnection ? connection : undefined}
            account={withConnection ? '888888888888' : undefined}
            principals={principals}
          />
        ),
      },
    ],
    { initialEntries: [path] },
  );
  renderWithQueries(<RouterProvider router={router} />);
  return router;
}

async function fill(user: ReturnType<typeof userEvent.setup>, name: string | RegExp, value: string) {
  const box = screen
    .queryAllByRole('textbox', { name })
    .concat(screen.queryAllByRole('combobox', { name }))[0];
  if (!box) throw new Error(`no field ${String(name)}`);
  await user.clear(box);
  await user.click(box);
  await user.paste(value);
}

/** Cloudscape also repeats a field's error in a live region, so the text is found twice. */
function shown(text: RegExp) {
  return screen.getAllByText(text)[0];
}

beforeEach(async () => {
  await openFreshEmulatorStore();
});

describe('Simulator', () => {
  it('removes the previous Decision when the inputs become invalid, and focuses the first bad field', async () => {
    const user = userEvent.setup();
    renderSimulator();
    await fill(user, 'Identity ARN', ARN);
    await screen.findByText('SampleAuthorizationPolicy', {}, { timeout: 20_000 });
    await fill(user, 'Caller', '999999999999');
    await fill(user, 'From address', 'marketing+spring@ses-example.com');
    await user.click(screen.getByRole('button', { name: 'Simulate' }));
    expect(
      await screen.findByText('SES would accept this API v1 SendEmail', {}, { timeout: 10_000 }),
    ).toBeVisible();

    await fill(user, 'Caller', 'not a caller');
    await user.click(screen.getByRole('button', { name: 'Simulate' }));
    expect(await screen.findAllByText(/"not a caller"/)).not.toHaveLength(0);
    expect(screen.queryByText('SES would accept this API v1 SendEmail')).not.toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Caller' }));
  }, 30_000);

  it('predicts the announcement from the saved policy: Allow for marketing+, AccessDenied for ceo@ with the failed condition', async () => {
    const user = userEvent.setup();
    renderSimulator();
    await fill(user, 'Identity ARN', ARN);
    // The acting account's identities and saved policies, read through the SDK from the emulator.
    await screen.findByText('SampleAuthorizationPolicy', {}, { timeout: 20_000 });
    await fill(user, 'Caller', '999999999999');
    expect(screen.getByRole('textbox', { name: 'Source ARN (optional)' })).toHaveValue(ARN);
    await fill(user, 'From address', 'marketing+spring@ses-example.com');
    await user.click(screen.getByRole('button', { name: 'Simulate' }));
    expect(
      await screen.findByText('SES would accept this API v1 SendEmail', {}, { timeout: 10_000 }),
    ).toBeVisible();
    const allowLines = document.querySelectorAll('mark[data-mark="allow"]');
    expect(allowLines.length).toBeGreaterThan(5);

    expect(screen.queryByText('The inputs changed since this decision')).not.toBeInTheDocument();
    await fill(user, 'From address', 'ceo@ses-example.com');
    // The earlier answer stays, marked as answering other inputs, until the next Simulate.
    expect(screen.getByText('The inputs changed since this decision')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Simulate' }));
    await waitFor(() =>
      expect(screen.queryByText('The inputs changed since this decision')).not.toBeInTheDocument(),
    );
    expect(
      await screen.findByText(
        'SES would refuse this API v1 SendEmail with AccessDenied',
        {},
        { timeout: 10_000 },
      ),
    ).toBeVisible();
    expect(
      screen.getByText(/would allow it if this changed: the condition StringLike ses:FromAddress/),
    ).toBeVisible();
    const table = screen.getByRole('table', { name: 'Conditions examined for the Source identity' });
    expect(within(table).getByText(wholeText('ceo@ses-example.com'))).toBeVisible();
    expect(within(table).getByText('Not matched')).toBeVisible();
    const failed = [...document.querySelectorAll('mark[data-mark="failed"]')]
      .map((m) => m.textContent)
      .join('\n');
    expect(failed).toContain('"ses:FromAddress": "marketing+*@ses-example.com"');
  }, 30_000);

  it('opens a shared link: fills the form and runs it, without any connection', async () => {
    const policy = ANNOUNCEMENT_POLICY;
    renderSimulator(
      simulatorPath({
        identityArn: ARN,
        policies: [{ name: 'Shared', document: policy }],
        caller: '999999999999',
        action: 'ses:SendRawEmail',
        message: {
          raw: `X-SES-SOURCE-ARN: ${ARN}\r\nFrom: Spring <marketing+spring@ses-example.com>\r\nTo: a@example.com\r\n\r\nHi`,
        },
      }),
      false,
    );
    expect(
      await screen.findByText('SES would accept this API v1 SendRawEmail', {}, { timeout: 10_000 }),
    ).toBeVisible();
    expect(
      (screen.getByRole('textbox', { name: 'Raw MIME message' }) as HTMLTextAreaElement).value,
    ).toContain('X-SES-SOURCE-ARN');
    expect(screen.getByRole('region', { name: 'Policy Shared' })).toHaveTextContent('AuthorizeMarketer');
    expect((screen.getByRole('textbox', { name: 'Share link' }) as HTMLInputElement).value).toMatch(
      /\/simulator#scenario=/,
    );
  }, 30_000);

  it('says what is wrong with bad input, keeping what was typed', async () => {
    const user = userEvent.setup();
    renderSimulator('/simulator', false);
    await fill(user, 'Identity ARN', 'arn:aws:ses:us-east-1:8888:identity/x.com');
    await fill(user, 'Caller', 'marketer');
    await fill(user, 'Source IP (aws:SourceIp)', '300.1.1.1');
    await fill(user, 'Time (aws:CurrentTime)', 'yesterday');
    await user.click(screen.getByRole('radio', { name: /Policies in this scenario/ }));
    await user.click(screen.getByRole('button', { name: 'Add policy' }));
    await fill(user, 'Policy 1: JSON document', '{"Version": "2012-10-17",, }');
    await user.click(screen.getByRole('button', { name: 'Simulate' }));
    expect((await screen.findAllByText(/needs the owner's 12-digit account ID/))[0]).toBeVisible();
    expect(shown(/"marketer" is not a caller/)).toBeVisible();
    expect(shown(/"300.1.1.1" is not an IP address/)).toBeVisible();
    expect(shown(/"yesterday" is not a date and time/)).toBeVisible();
    expect(shown(/Policy "Policy1" is not valid JSON at line 1/)).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Source IP (aws:SourceIp)' })).toHaveValue('300.1.1.1');
  }, 30_000);

  it('explains a corrupted link', async () => {
    const encoded = encodeScenario({ identityArn: ARN });
    renderSimulator(`/simulator#scenario=${encoded.slice(0, -3)}x`, false);
    expect(await screen.findByText('This link’s scenario cannot be opened')).toBeVisible();
  });

  it('opens a share link whose policy text is 10,000 levels deep: refused, saying why', async () => {
    renderSimulator(
      simulatorPath({
        identityArn: ARN,
        policies: [{ name: 'constructor', document: '['.repeat(10_000) + ']'.repeat(10_000) }],
        caller: '999999999999',
        action: 'ses:SendEmail',
        message: { from: 'marketing+spring@ses-example.com', to: ['a@example.com'] },
      }),
      false,
    );
    // The form opens with the policy as text; the simulation never allows through it.
    expect(await screen.findByRole('textbox', { name: 'Policy 1: name' }, { timeout: 10_000 })).toHaveValue(
      'constructor',
    );
    expect(screen.getByRole('textbox', { name: 'Policy 1: JSON document' })).toHaveValue(
      '['.repeat(10_000) + ']'.repeat(10_000),
    );
    expect(screen.queryByText('SES would accept this API v1 SendEmail')).toBeNull();
  }, 30_000);

  const base64url = (json: string) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(json)))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');

  it.each([
    ['malformed JSON', '{"identityArn":', /is not valid JSON/],
    [
      'wrong types',
      '{"policies":[{"name":1,"document":"{}"}]}',
      /policies\.0\.name is not what the simulator expects/,
    ],
    [
      'a deep value where a list belongs',
      `{"policies":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
      /policies\.0 is not what/,
    ],
  ])('explains a share link with %s instead of throwing', async (_, json, message) => {
    renderSimulator(`/simulator#scenario=${base64url(json)}`, false);
    expect(await screen.findByText('This link’s scenario cannot be opened')).toBeVisible();
    expect(screen.getByText(message)).toBeVisible();
  });

  it('ignores __proto__ keys in a share link’s scenario', async () => {
    const json = `{"__proto__":{"identityArn":"x"},"identityArn":"${ARN}","constructor":{"a":1},"caller":"999999999999"}`;
    renderSimulator(`/simulator#scenario=${base64url(json)}`, false);
    await screen.findByRole('button', { name: 'Simulate' });
    const field = screen
      .queryAllByRole('textbox', { name: 'Identity ARN' })
      .concat(screen.queryAllByRole('combobox', { name: 'Identity ARN' }))[0];
    expect(field).toHaveValue(ARN);
    expect(screen.queryByText('This link’s scenario cannot be opened')).toBeNull();
  });
});
