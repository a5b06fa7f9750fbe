import { screen } from '@testing-library/react';
import { renderWithQueries as render } from '../../test/render';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConnectionProvider, type ConnectionState } from '../../lib/ses/connection-context';
import { ActingChoiceContext } from '../acting/acting-choice';
import type { EmulatorPrincipal } from '../../lib/emulator/emulator-api';
import { TopBar } from './top-bar';

function renderWith(state: ConnectionState, onFollowHome = () => {}) {
  return render(
    <ConnectionProvider value={state}>
      <TopBar homeHref="/ses-console/identities" onFollowHome={onFollowHome} />
    </ConnectionProvider>,
  );
}

describe('TopBar', () => {
  it('says who the console acts as, with the ARN on hover', () => {
    renderWith({
      status: 'ready',
      emulator: true,
      kind: 'emulator',
      principal: {
        arn: 'arn:aws:iam::888888888888:root',
        label: 'Identity owner (888888888888)',
        account: '888888888888',
      },
      connection: { region: 'us-east-1', credentials: { accessKeyId: 'AKIA', secretAccessKey: 's' } },
    });
    expect(screen.getByRole('status')).toHaveTextContent('Acting as: Identity owner (888888888888)');
    expect(screen.getByRole('status')).toHaveAttribute('title', 'arn:aws:iam::888888888888:root');
  });

  it('says when it is connecting, and why there is no principal', () => {
    const { unmount } = renderWith({ status: 'loading' });
    expect(screen.getByRole('status')).toHaveTextContent('Acting as: connecting…');
    unmount();
    renderWith({ status: 'unavailable', reason: 'The built-in emulator did not answer (HTTP 404).' });
    expect(screen.getByRole('status')).toHaveTextContent('Acting as: no principal');
    expect(screen.getByRole('status')).toHaveAttribute(
      'title',
      'The built-in emulator did not answer (HTTP 404).',
    );
  });

  it('routes the title link in the page, keeping a real href', async () => {
    const onFollowHome = vi.fn();
    renderWith({ status: 'loading' }, onFollowHome);
    const link = screen.getByRole('link', { name: 'SES sending authorization console' });
    expect(link).toHaveAttribute('href', '/ses-console/identities');
    await userEvent.click(link);
    expect(onFollowHome).toHaveBeenCalledOnce();
  });

  it('switches among the directory principals with a labelled Cloudscape select, each with its ARN', async () => {
    const principal = (id: string, label: string): EmulatorPrincipal => ({
      id,
      label,
      arn: `arn:aws:iam::${id}:root`,
      account: id,
      accessKeyId: `AKIA${id}`,
      secretAccessKey: 's',
      iamPolicies: [],
      snsTopics: [],
    });
    const principals = [principal('owner', 'Identity owner'), principal('outsider', 'No grant')];
    const choose = vi.fn();
    render(
      <ActingChoiceContext.Provider value={{ principals, current: principals[0], choose }}>
        <TopBar homeHref="/" onFollowHome={() => {}} />
      </ActingChoiceContext.Provider>,
    );
    // Loaded once the page's first reads settle (here there are none).
    const trigger = await screen.findByRole('button', { name: /Switch principal/ }, { timeout: 6000 });
    expect(trigger).toHaveTextContent('Identity owner');
    await userEvent.click(trigger);
    const option = await screen.findByRole('option', { name: /No grant/ });
    expect(option).toHaveTextContent('arn:aws:iam::outsider:root');
    await userEvent.click(option);
    expect(choose).toHaveBeenCalledWith('outsider');
  });
});
