/** The panel's states, from the analysis' answers: words as text, links per listed request. */
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { AccessWitness, CompareAccessResult } from '../../policy-engine/analysis';
import { AccessChangePanel, type AccessChangePanelProps } from './access-change-panel';

const witness = (account: string, verb: 'now' | 'no longer', from = 'x@ses-example.com'): AccessWitness => ({
  principal: account,
  action: 'ses:SendEmail',
  context: { 'ses:FromAddress': from },
  description: `account ${account} could ${verb} send with ses:SendEmail from ${from}`,
});

function show(props: AccessChangePanelProps) {
  const router = createMemoryRouter([{ path: '/', element: <AccessChangePanel {...props} /> }]);
  return render(<RouterProvider router={router} />);
}

const ready = (result: CompareAccessResult) => ({ status: 'ready' as const, result });
const links = { path: (w: AccessWitness) => `/simulator#caller=${w.principal}` };

describe('AccessChangePanel', () => {
  it('says it is checking while pending, in a live region', () => {
    show({ comparison: { status: 'pending' } });
    const live = screen.getByTestId('access-change');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(within(live).getByText('Checking who gains access…')).toBeVisible();
  });

  it('shows no comparison for a document that is not JSON', () => {
    show({ comparison: { status: 'invalid' } });
    expect(screen.getByText('No comparison while the document is not valid JSON.')).toBeVisible();
  });

  it('says there is no change when the verdict is equivalent', () => {
    show({ comparison: ready({ verdict: 'equivalent', gained: [], lost: [] }) });
    expect(screen.getByText('No change in who can send')).toBeVisible();
  });

  it('lists up to three gained requests, as text, each with Simulate this', () => {
    const gained = ['111111111111', '222222222222', '333333333333', '444444444444'].map((a) =>
      witness(a, 'now', '<b>x</b>@ses-example.com'),
    );
    const { container } = show({ comparison: ready({ verdict: 'gains', gained, lost: [] }), links });
    expect(
      screen.getByText(
        'This change lets account 111111111111, account 222222222222, account 333333333333 and 1 other send',
      ),
    ).toBeVisible();
    const list = screen.getByRole('list', { name: 'Requests this change allows' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(within(list).getByText(gained[0]!.description)).toBeVisible();
    expect(container.querySelector('b')).toBeNull();
    const link = within(list).getByRole('link', { name: `Simulate this: ${gained[1]!.description}` });
    expect(link).toHaveAttribute('href', '/simulator#caller=222222222222');
    expect(screen.getByText('One more request like these was found.')).toBeVisible();
  });

  it('shows gains and losses together', () => {
    show({
      comparison: ready({
        verdict: 'gains-and-loses',
        gained: [witness('111111111111', 'now')],
        lost: [witness('999999999999', 'no longer')],
      }),
    });
    expect(screen.getByText('This change lets account 111111111111 send')).toBeVisible();
    expect(screen.getByText('Account 999999999999 can no longer send')).toBeVisible();
    const lost = screen.getByRole('list', { name: 'Requests this change refuses' });
    expect(within(lost).getByText(/999999999999 could no longer send/)).toBeVisible();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('says when the analysis cannot decide, with its reasons and what it found', () => {
    show({
      comparison: ready({
        verdict: 'unknown',
        gained: [witness('111111111111', 'now')],
        lost: [],
        unknown: ['a condition uses the policy variable ${aws:username}'],
      }),
    });
    expect(screen.getByText('The analysis cannot decide exactly what this change allows')).toBeVisible();
    const reasons = screen.getByRole('list', { name: 'Why the analysis cannot decide' });
    expect(reasons).toHaveTextContent('a condition uses the policy variable ${aws:username}');
    expect(screen.getByText('This change lets account 111111111111 send')).toBeVisible();
  });
});
