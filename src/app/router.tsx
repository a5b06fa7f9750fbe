import { createBrowserRouter } from 'react-router';
import { AppShell } from './shell/app-shell';
import { PageLoading } from './shell/page-loading';
import { RouteErrorBoundary } from './shell/route-error-boundary';
import type { RouteHandle } from './shell/route-handle';
import { PATHS, PATTERNS } from '../lib/paths';

/** The router's basename is Vite's BASE_URL without its trailing slash ('/ses-console'). */
export function routerBasename(base: string = import.meta.env.BASE_URL): string {
  return base === '/' ? '/' : base.replace(/\/$/, '');
}

// Route components load lazily so the first load carries only the shell. Child routes name
// their whole path (React Router allows it when it starts with the parent's), so that every path
// is written once, in src/lib/paths.ts.
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
            // While the first page's code loads, the shell paints with a loading state in the
            // content area (without it React Router paints nothing and warns).
            HydrateFallback: PageLoading,
            children: [
              {
                index: true,
                lazy: async () => ({ Component: (await import('./pages/home-redirect')).HomeRedirect }),
              },
              {
                path: PATHS.identities,
                handle: { crumb: 'Identities', help: 'identities' } satisfies RouteHandle,
                children: [
                  {
                    index: true,
                    lazy: async () => ({
                      Component: (await import('./pages/identities-page')).IdentitiesPage,
                    }),
                  },
                  {
                    path: PATHS.createIdentity,
                    handle: { crumb: 'Create identity', help: 'create-identity' } satisfies RouteHandle,
                    lazy: async () => ({
                      Component: (await import('./pages/create-identity-page')).CreateIdentityPage,
                    }),
                  },
                  {
                    path: PATTERNS.identity,
                    handle: {
                      crumb: ({ identity }) => identity ?? 'Identity',
                      help: 'identity-details',
                    } satisfies RouteHandle,
                    children: [
                      {
                        index: true,
                        lazy: async () => ({
                          Component: (await import('./pages/identity-details-page')).IdentityDetailsPage,
                        }),
                      },
                      {
                        path: PATTERNS.createPolicy,
                        handle: {
                          crumb: 'Create custom policy',
                          help: 'policy-editor',
                        } satisfies RouteHandle,
                        lazy: async () => ({
                          Component: (await import('./pages/policy-editor-page')).CreatePolicyPage,
                        }),
                      },
                      {
                        path: PATTERNS.generatePolicy,
                        handle: { crumb: 'Policy generator', help: 'policy-generator' } satisfies RouteHandle,
                        lazy: async () => ({
                          Component: (await import('./pages/policy-generator-page')).PolicyGeneratorPage,
                        }),
                      },
                      {
                        path: PATTERNS.editPolicy,
                        handle: {
                          crumb: ({ policy }) => `Edit ${policy ?? 'policy'}`,
                          help: 'policy-editor',
                        } satisfies RouteHandle,
                        lazy: async () => ({
                          Component: (await import('./pages/policy-editor-page')).EditPolicyPage,
                        }),
                      },
                    ],
                  },
                ],
              },
              {
                path: PATHS.accessReport,
                handle: { crumb: 'Access report', help: 'access-report' } satisfies RouteHandle,
                lazy: async () => ({
                  Component: (await import('./pages/access-report-page')).AccessReportPage,
                }),
              },
              {
                path: PATHS.grants,
                handle: { crumb: 'Grants', help: 'grants' } satisfies RouteHandle,
                lazy: async () => ({ Component: (await import('./pages/grants-page')).GrantsPage }),
              },
              {
                path: PATHS.send,
                handle: { crumb: 'Send test email', help: 'send' } satisfies RouteHandle,
                lazy: async () => ({ Component: (await import('./pages/send-page')).SendPage }),
              },
              {
                path: PATHS.simulator,
                handle: { crumb: 'Simulator', help: 'simulator' } satisfies RouteHandle,
                lazy: async () => ({ Component: (await import('./pages/simulator-page')).SimulatorPage }),
              },
              {
                path: PATHS.activity,
                handle: { crumb: 'Activity', help: 'activity' } satisfies RouteHandle,
                lazy: async () => ({ Component: (await import('./pages/activity-page')).ActivityPage }),
              },
              {
                path: PATHS.settings,
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
