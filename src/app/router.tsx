import { createBrowserRouter } from 'react-router';
import { AppShell } from './shell/app-shell';
import { RouteErrorBoundary } from './shell/route-error-boundary';
import type { RouteHandle } from './shell/route-handle';

/** The router's basename is Vite's BASE_URL without its trailing slash ('/ses-console'). */
export function routerBasename(base: string = import.meta.env.BASE_URL): string {
  return base === '/' ? '/' : base.replace(/\/$/, '');
}

// Route components load lazily so the first load carries only the shell.
export function createAppRouter() {
  return createBrowserRouter(
    [
      {
        path: '/',
        Component: AppShell,
        ErrorBoundary: RouteErrorBoundary,
        children: [
          {
            ErrorBoundary: RouteErrorBoundary,
            children: [
              {
                index: true,
                lazy: async () => ({ Component: (await import('./pages/home-redirect')).HomeRedirect }),
              },
              {
                path: 'identities',
                handle: { crumb: 'Identities', help: 'identities' } satisfies RouteHandle,
                lazy: async () => ({ Component: (await import('./pages/identities-page')).IdentitiesPage }),
              },
              {
                path: 'grants',
                handle: { crumb: 'Grants', help: 'grants' } satisfies RouteHandle,
                lazy: async () => ({ Component: (await import('./pages/grants-page')).GrantsPage }),
              },
              {
                path: 'send',
                handle: { crumb: 'Send test email', help: 'send' } satisfies RouteHandle,
                lazy: async () => ({ Component: (await import('./pages/send-page')).SendPage }),
              },
              {
                path: 'simulator',
                handle: { crumb: 'Simulator', help: 'simulator' } satisfies RouteHandle,
                lazy: async () => ({ Component: (await import('./pages/simulator-page')).SimulatorPage }),
              },
              {
                path: 'activity',
                handle: { crumb: 'Activity', help: 'activity' } satisfies RouteHandle,
                lazy: async () => ({ Component: (await import('./pages/activity-page')).ActivityPage }),
              },
              {
                path: 'settings',
                handle: { crumb: 'Settings', help: 'settings' } satisfies RouteHandle,
                lazy: async () => ({ Component: (await import('./pages/settings-page')).SettingsPage }),
              },
              {
                path: '*',
                handle: { crumb: 'Page not found', help: 'not-found' } satisfies RouteHandle,
                lazy: async () => ({ Component: (await import('./pages/not-found-page')).NotFoundPage }),
              },
            ],
          },
        ],
      },
    ],
    { basename: routerBasename() },
  );
}
