import { I18nProvider } from '@cloudscape-design/components/i18n';
import enMessages from '@cloudscape-design/components/i18n/messages/all.en';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { describeError, RouteErrorBoundary } from './route-error-boundary';

function Crashing(): never {
  throw new Error('The policy list could not be read.');
}

describe('RouteErrorBoundary', () => {
  it('shows the error of a route that crashed while rendering, with ways back', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const router = createMemoryRouter([
      { path: '/', Component: Crashing, ErrorBoundary: RouteErrorBoundary },
    ]);
    render(
      <I18nProvider locale="en" messages={[enMessages]}>
        <RouterProvider router={router} />
      </I18nProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByText('The policy list could not be read.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go to identities' })).toBeInTheDocument();
  });
});

describe('describeError', () => {
  it('explains a lazy chunk that failed to load', () => {
    const message = describeError(new TypeError('Failed to fetch dynamically imported module: /assets/x.js'));
    expect(message).toMatch(/^Part of the console failed to load/);
    expect(message).toMatch(/Reload the page/);
  });

  it('passes other errors through and stringifies non-errors', () => {
    expect(describeError(new Error('boom'))).toBe('boom');
    expect(describeError('plain text')).toBe('plain text');
  });
});
