/**
 * The Activity page on a connection that is not the built-in emulator: the local endpoint
 * server's log when the endpoint answers `__emulator/activity` with one; otherwise where SES's
 * answers are, and the attempts this console made in this tab, recorded where every send goes
 * through and kept across a remount and a reload of the tab.
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { principalById } from '../../../mocks/ses/directory';
import { openFreshEmulatorStore } from '../../../mocks/ses/instance';
import type { ConnectionKind } from '../../lib/connections/connection-settings';
import type { SesConnection } from '../../lib/ses/client';
import { ConnectionProvider } from '../../lib/ses/connection-context';
import { clearTabAttempts, reloadTabAttemptsForTest, TAB_ATTEMPTS_KEY } from '../../lib/ses/tab-attempts';
import { SendEmailForm } from '../../features/send/send-email-form';
import { SendRawForm } from '../../features/send/send-raw-form';
import { connectionAs, renderWithQueries } from '../../test/render';
import { ActivityPage } from './activity-page';

/** jsdom's TextEncoder answers another realm's Uint8Array, which the SDK's raw send leaves out (see send-forms.test.tsx). */
class RealmTextEncoder {
  readonly encoding = 'utf-8';
  encode(text: string) {
    return new Uint8Array(Buffer.from(text, 'utf8'));
  }
}
globalThis.TextEncoder = RealmTextEncoder as unknown as typeof TextEncoder;

const marketer = principalById('delegate-marketer');
const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const LOCAL = 'http://127.0.0.1:4579/';

function renderActivity(kind: ConnectionKind, connection: SesConnection = connectionAs('delegate-marketer')) {
  const router = createMemoryRouter([{ path: '/activity', element: <ActivityPage /> }], {
    initialEntries: ['/activity'],
  });
  renderWithQueries(
    <ConnectionProvider
      value={{
        status: 'ready',
        emulator: false,
        kind,
        principal: { arn: marketer.arn, label: marketer.label, account: marketer.account },
        connection,
      }}
    >
      <RouterProvider router={router} />
    </ConnectionProvider>,
  );
}

const attemptsTable = () => screen.findByRole('table', { name: 'Attempts from this tab' });
const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

let emulatorApiCalls: string[] = [];

beforeEach(async () => {
  await openFreshEmulatorStore();
  clearTabAttempts();
  emulatorApiCalls = [];
  server.events.removeAllListeners();
  server.events.on('request:start', ({ request }) => {
    if (request.url.includes('/__emulator/')) emulatorApiCalls.push(`${request.method} ${request.url}`);
  });
});

describe('attempts from this tab', { timeout: 30_000 }, () => {
  it('records allowed and refused sends with SES’s answers, and keeps them across a remount and a reload', async () => {
    const user = userEvent.setup();
    renderWithQueries(
      <SendEmailForm
        connection={connectionAs('delegate-marketer')}
        callerArn={marketer.arn}
        callerLabel={marketer.label}
        defaults={{
          from: 'marketing+spring@ses-example.com',
          sourceArn: ARN,
          to: 'success@simulator.amazonses.com',
        }}
      />,
    );
    fireEvent.change(screen.getByRole('textbox', { name: 'Subject' }), { target: { value: 'Spring sale' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Body' }), { target: { value: 'The secret body' } });
    await user.click(screen.getByRole('button', { name: 'Send email' }));
    expect(await screen.findByText('SES accepted the message', {}, { timeout: 8000 })).toBeVisible();
    fireEvent.change(screen.getByRole('textbox', { name: 'From address' }), {
      target: { value: 'ceo@ses-example.com' },
    });
    await user.click(screen.getByRole('button', { name: 'Send email' }));
    expect(
      await screen.findByText('SES refused the message: AccessDenied', {}, { timeout: 8000 }),
    ).toBeVisible();
    cleanup();

    renderActivity('aws-direct');
    let rows = rowsOf(await attemptsTable());
    expect(rows).toHaveLength(2);
    // Newest first: the refusal, with SES's code and message; then the accepted send's MessageId.
    expect(rows[0]).toHaveTextContent('ceo@ses-example.com');
    expect(rows[0]).toHaveTextContent('Refused');
    expect(rows[0]).toHaveTextContent(/AccessDenied: .*not authorized/);
    expect(rows[1]).toHaveTextContent('marketing+spring@ses-example.com');
    expect(rows[1]).toHaveTextContent('Subject: Spring sale');
    expect(rows[1]).toHaveTextContent(`Source: ${ARN}`);
    expect(rows[1]).toHaveTextContent('success@simulator.amazonses.com');
    expect(rows[1]).toHaveTextContent(/Accepted\s*MessageId 0100[0-9a-f]{12}-/);
    expect(rows[1]).toHaveTextContent(marketer.arn);
    expect(rows[1]).toHaveTextContent('SendEmail');

    // What the tab keeps holds no key and no body.
    const stored = sessionStorage.getItem(TAB_ATTEMPTS_KEY) ?? '';
    expect(stored).toContain('Spring sale');
    expect(stored).not.toContain('The secret body');
    expect(stored).not.toContain(marketer.secretAccessKey);
    expect(stored).not.toContain(marketer.accessKeyId);

    // A remount, then a reload (memory forgotten, read back from sessionStorage).
    cleanup();
    renderActivity('aws-direct');
    expect(rowsOf(await attemptsTable())).toHaveLength(2);
    cleanup();
    reloadTabAttemptsForTest();
    renderActivity('aws-direct');
    rows = rowsOf(await attemptsTable());
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('AccessDenied');
    expect(emulatorApiCalls).toEqual([]);
  });

  it('records a raw send from its headers: From, Subject, recipients and X-SES-SOURCE-ARN, not its body', async () => {
    const user = userEvent.setup();
    const raw = [
      'From: marketing+spring@ses-example.com',
      'To: success@simulator.amazonses.com',
      'Subject: Raw spring sale',
      `X-SES-SOURCE-ARN: ${ARN}`,
      'Content-Type: text/plain',
      '',
      'The raw secret body',
    ].join('\r\n');
    renderWithQueries(
      <SendRawForm
        connection={connectionAs('delegate-marketer')}
        callerArn={marketer.arn}
        callerLabel={marketer.label}
        defaults={{ raw }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Send raw email' }));
    expect(await screen.findByText('SES accepted the message', {}, { timeout: 8000 })).toBeVisible();
    cleanup();
    renderActivity('aws-proxy');
    const [row] = rowsOf(await attemptsTable());
    expect(row).toHaveTextContent('SendRawEmail');
    expect(row).toHaveTextContent('Subject: Raw spring sale');
    expect(row).toHaveTextContent(`Source: ${ARN}`);
    expect(row).toHaveTextContent('success@simulator.amazonses.com');
    expect(sessionStorage.getItem(TAB_ATTEMPTS_KEY)).not.toContain('raw secret body');
  });

  it('reads hostile sessionStorage as text, keeping only well-formed entries', async () => {
    const good = {
      id: 'x-1',
      time: '2026-01-02T03:04:05.000Z',
      action: 'SendEmail',
      api: 'v1',
      where: 'https://email.us-east-1.amazonaws.com/',
      region: 'us-east-1',
      callerArn: marketer.arn,
      from: '<img src=x onerror="window.pwned=1">@example.com',
      subject: '<script>window.pwned=1</script>',
      destinations: ['a@example.com'],
      outcome: { ok: false, code: 'MessageRejected', message: '<b>bold</b>' },
    };
    const entries = [
      good,
      { ...good, id: 'bad-time', time: 'not a time' },
      { ...good, id: 'bad-outcome', outcome: { ok: 'yes' } },
      { ...good, id: 'bad-api', api: 'v3' },
      { ...good, id: 'long', subject: 'x'.repeat(5000) },
      { constructor: 'x', toString: 'y' },
      'a string',
      null,
    ].map((entry) => JSON.stringify(entry));
    // A `__proto__` key as JSON.parse makes it (an own property), on an entry of the right shape
    // (kept) and on one of nothing else (dropped): neither may reach Object.prototype.
    const polluting = (json: string) => json.replace('{', '{"__proto__":{"polluted":true},');
    entries.push(polluting(JSON.stringify({ ...good, id: 'proto', subject: 'prototype key' })));
    entries.push(polluting('{"id": "only-that"}'));
    sessionStorage.setItem(TAB_ATTEMPTS_KEY, `[${entries.join(',')}]`);
    reloadTabAttemptsForTest();
    renderActivity('aws-direct');
    const rows = rowsOf(await attemptsTable());
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Subject: prototype key');
    expect(rows[1]).toHaveTextContent('Subject: <script>window.pwned=1</script>');
    expect(rows[1]).toHaveTextContent('<b>bold</b>');
    expect(rows[1]).toHaveTextContent('<img src=x onerror="window.pwned=1">@example.com');
    expect(document.querySelector('img, script, b')).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    for (const junk of ['{not json', '{"an": "object"}', 'x'.repeat(3_000_000)]) {
      cleanup();
      sessionStorage.setItem(TAB_ATTEMPTS_KEY, junk);
      reloadTabAttemptsForTest();
      renderActivity('aws-direct');
      await attemptsTable();
      expect(screen.getByText(/No sends from this tab yet/)).toBeVisible();
    }
  });

  it('keeps the last 200 attempts', async () => {
    const user = userEvent.setup();
    const entry = (n: number) => ({
      id: `n-${n}`,
      time: '2026-01-02T03:04:05.000Z',
      action: 'SendEmail',
      api: 'v1',
      where: 'Built-in emulator',
      region: 'us-east-1',
      callerArn: marketer.arn,
      subject: `number ${n}`,
      destinations: [],
      outcome: { ok: true },
    });
    sessionStorage.setItem(TAB_ATTEMPTS_KEY, JSON.stringify(Array.from({ length: 200 }, (_, n) => entry(n))));
    reloadTabAttemptsForTest();
    renderWithQueries(
      <SendEmailForm
        connection={connectionAs('delegate-marketer')}
        callerArn={marketer.arn}
        callerLabel={marketer.label}
        defaults={{
          from: 'marketing+spring@ses-example.com',
          sourceArn: ARN,
          to: 'success@simulator.amazonses.com',
        }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Send email' }));
    expect(await screen.findByText('SES accepted the message', {}, { timeout: 8000 })).toBeVisible();
    const stored = JSON.parse(sessionStorage.getItem(TAB_ATTEMPTS_KEY) ?? '[]') as { subject?: string }[];
    expect(stored).toHaveLength(200);
    expect(stored[0]?.subject).toBe('number 1');
    expect(stored[199]?.subject).toBe('Test message');
  });
});

describe('the local endpoint’s log', { timeout: 20_000 }, () => {
  const local: SesConnection = { ...connectionAs('delegate-marketer'), endpoint: LOCAL };

  it('is shown when the endpoint answers __emulator/activity with attempts', async () => {
    renderActivity('endpoint', local);
    expect(await screen.findByText('Recorded by the local SES endpoint')).toBeVisible();
    expect(await screen.findByRole('treegrid', { name: 'Send attempts' })).toBeVisible();
    expect(screen.queryByRole('table', { name: 'Attempts from this tab' })).toBeNull();
    // Its deliveries and events are read from the endpoint too, never from the page's origin.
    expect(emulatorApiCalls.length).toBeGreaterThan(0);
    expect(emulatorApiCalls.every((call) => call.includes(`${LOCAL}__emulator/`))).toBe(true);
  });

  it('is not assumed when the endpoint does not answer', async () => {
    server.use(http.get(`${LOCAL}__emulator/activity`, () => HttpResponse.error()));
    renderActivity('endpoint', local);
    expect(await screen.findByText('This endpoint keeps no log the console can read')).toBeVisible();
    expect(
      screen.getByText(
        `Its answer: The SES endpoint at ${LOCAL} did not answer. Is it running (npm run endpoint)?`,
      ),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Where SES’s answers are' })).toBeVisible();
    expect(await attemptsTable()).toBeVisible();
    expect(screen.queryByRole('treegrid', { name: 'Send attempts' })).toBeNull();
  });

  it('is not assumed when the endpoint answers something other than attempts', async () => {
    server.use(http.get(`${LOCAL}__emulator/activity`, () => HttpResponse.json({ attempts: 'none' })));
    renderActivity('endpoint', local);
    expect(await screen.findByText('This endpoint keeps no log the console can read')).toBeVisible();
    expect(screen.queryByRole('treegrid', { name: 'Send attempts' })).toBeNull();
  });

  it('is not looked for on AWS: no request to an emulator-only API', async () => {
    renderActivity('aws-direct', { ...connectionAs('delegate-marketer'), endpoint: undefined });
    expect(await screen.findByText('Real SES keeps no log of sends')).toBeVisible();
    const link = screen.getByRole('link', { name: /CloudWatch metrics/ });
    expect(link).toHaveAttribute(
      'href',
      'https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#metricsV2:',
    );
    expect(emulatorApiCalls).toEqual([]);
  });
});
