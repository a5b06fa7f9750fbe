import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { App } from './App';

// The whole console in development mode, as `npm start` serves it: React, React Router and
// Cloudscape warn there about real mistakes, and the setup's console guard fails the test on any.
describe('the console in development mode', () => {
  it(
    'opens Identities, an identity and the simulator without a warning or an error',
    { timeout: 60_000 },
    async () => {
      window.history.replaceState(null, '', '/identities');
      render(
        <StrictMode>
          <App />
        </StrictMode>,
      );
      const row = await screen.findByRole('row', { name: /ses-example\.com/ }, { timeout: 10_000 });
      expect(row).toBeInTheDocument();
      await userEvent.click(within(row).getByRole('link', { name: 'ses-example.com' }));
      expect(
        await screen.findByRole('heading', { level: 1, name: 'ses-example.com' }, { timeout: 10_000 }),
      ).toBeInTheDocument();
      await userEvent.click(screen.getByRole('link', { name: 'Simulator' }));
      expect(
        await screen.findByRole('heading', { level: 1, name: /Simulator/ }, { timeout: 10_000 }),
      ).toBeInTheDocument();
    },
  );
});
