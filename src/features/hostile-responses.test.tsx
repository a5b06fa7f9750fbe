/**
 * Grants and Activity read the emulator-only `GET __emulator/grants`, `activity` and
 * `deliveries`; a response of the wrong shape is refused at the boundary with a sentence naming
 * the entry and field, and values of any depth are shown as text without crashing.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { principalById } from '../../mocks/ses/directory';
import { openFreshEmulatorStore } from '../../mocks/ses/instance';
import { server } from '../../mocks/node';
import { ActivityView } from './activity/activity-view';
import { jsonText } from './activity/json-text';
import { GrantsView } from './grants/grants-view';
import { connectionAs, renderWithQueries } from '../test/render';

const renderUi = renderWithQueries;

/** Answers with JSON text, so that values deeper than JSON.stringify can print still arrive. */
function answer(name: string, body: unknown) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  server.use(
    http.get(
      `*/__emulator/${name}`,
      () => new HttpResponse(text, { headers: { 'Content-Type': 'application/json' } }),
    ),
  );
}

const DEEP_TRACE = `${'['.repeat(20_000)}"x"${']'.repeat(20_000)}`;

/** A value nested `depth` levels deep, built without recursion. */
function deepValue(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

const attempt = {
  id: 1,
  time: '2026-11-22T10:00:00Z',
  action: 'ses:SendEmail',
  caller: 'arn:aws:iam::999999999999:user/marketer',
  callerAccount: '999999999999',
  identityArns: ['arn:aws:ses:us-east-1:888888888888:identity/ses-example.com'],
  decision: 'Allow',
  message: 'Sent',
  trace: null,
};
/** The attempt as JSON text with a 20,000-deep trace. */
const deepAttempt = JSON.stringify(attempt).replace('"trace":null', `"trace":${DEEP_TRACE}`);

beforeEach(async () => {
  await openFreshEmulatorStore();
});

describe('Activity with hostile responses', { timeout: 20_000 }, () => {
  it.each([
    ['an entry without its caller', [{ ...attempt, caller: undefined }], /at entry 1, field "caller"/],
    ['identity ARNs as a string', [{ ...attempt, identityArns: 'arn' }], /at entry 1, field "identityArns"/],
    ['an unknown decision', [attempt, { ...attempt, decision: 'Maybe' }], /at entry 2, field "decision"/],
    [
      'an object instead of a list',
      { __proto__: [attempt] },
      /answer to activity is not what the console expects/,
    ],
  ])('refuses %s, saying which entry and field', async (_, body, message) => {
    answer('activity', body);
    answer('deliveries', []);
    renderUi(<ActivityView />);
    expect(await screen.findByText(message, {}, { timeout: 8000 })).toBeInTheDocument();
  });

  it('shows an attempt whose trace is 20,000 levels deep, and its JSON as text', async () => {
    answer('activity', `[${deepAttempt}]`);
    answer('deliveries', [
      {
        time: '2026-11-22T10:00:01Z',
        topicArn: 'arn:aws:sns:us-east-1:888888888888:t',
        audience: 'owner',
        account: '888888888888',
        notificationType: 'Delivery',
        messageId: 'm-1',
        notification: { __proto__: { deep: deepValue(1_000) } },
      },
    ]);
    const user = userEvent.setup();
    renderUi(<ActivityView />);
    const attempts = await screen.findByRole('treegrid', { name: 'Send attempts' });
    expect(await within(attempts).findByText('Allowed', {}, { timeout: 8000 })).toBeInTheDocument();
    // No role can be read from such a trace: nothing to expand, the dialog says so beside the JSON.
    expect(within(attempts).queryByRole('button', { name: /^Show the trace of/ })).toBeNull();
    await user.click(within(attempts).getByRole('button', { name: /^Full trace of/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('No identity was evaluated.')).toBeInTheDocument();
    expect(dialog.querySelector('pre')?.textContent).toMatch(/cannot be shown as JSON|^\[/);
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('table', { name: 'SNS notifications' })).toHaveTextContent('m-1');
  });

  it('jsonText shows deep, cyclic and huge values as text', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(jsonText(deepValue(20_000))).toMatch(/cannot be shown as JSON|^\[\[\[/);
    expect(jsonText(deepValue(1_000))).toBe(`${'['.repeat(1_000)}"x"${']'.repeat(1_000)}`);
    expect(jsonText(cyclic)).toMatch(/^\(This value cannot be shown as JSON: /);
    expect(jsonText('x'.repeat(300_000))).toMatch(/more characters not shown\)$/);
    expect(jsonText({ a: 1 })).toBe('{\n  "a": 1\n}');
  });
});

describe('Grants with hostile responses', { timeout: 20_000 }, () => {
  const marketer = principalById('delegate-marketer');
  const view = (
    <GrantsView
      connection={connectionAs('delegate-marketer')}
      principal={{ arn: marketer.arn, label: marketer.label, account: marketer.account }}
      accountTopics={marketer.snsTopics}
      iamPolicies={marketer.iamPolicies}
      sendHref={() => '/send'}
      onFollowSend={() => {}}
    />
  );
  const identity = {
    identityArn: 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com',
    account: '888888888888',
    region: 'us-east-1',
    name: 'ses-example.com',
    verified: true,
    policies: [{ name: 'toString', document: '['.repeat(10_000) + ']'.repeat(10_000) }],
  };

  it.each([
    [
      'a policy document that is an object',
      [{ ...identity, policies: [{ name: 'p', document: {} }] }],
      /at entry 1, field "policies", entry 1, field "document"/,
    ],
    ['a missing name', [{ ...identity, name: undefined }], /at entry 1, field "name"/],
    ['verified as a string', [{ ...identity, verified: 'yes' }], /at entry 1, field "verified"/],
  ])('refuses %s, saying which entry and field', async (_, body, message) => {
    answer('grants', body);
    renderUi(view);
    expect(
      await screen.findByText('The grants could not be read', {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
  });

  it('reads an identity whose policy toString is 10,000 levels deep as granting nothing', async () => {
    answer('grants', [identity]);
    renderUi(view);
    expect(
      await screen.findByText(/comes from the built-in emulator/, {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'ses-example.com' })).toBeNull();
  });
});
