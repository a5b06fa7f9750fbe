import AppLayout from '@cloudscape-design/components/app-layout';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import Flashbar from '@cloudscape-design/components/flashbar';
import SideNavigation from '@cloudscape-design/components/side-navigation';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Outlet, useHref, useLocation, useMatches, useNavigate } from 'react-router';
import { useFlashMessages } from './flash-messages';
import { crumbText, isRouteHandle } from './route-handle';
import { TopBar } from './top-bar';
import { useNavigationOpen } from './use-navigation-open';
import { PageLoading } from './page-loading';
import { PATHS } from '../../lib/paths';
import { useConnectionState } from '../../lib/ses/connection-context';

// Help text loads when the help panel first opens, not with the page.
const HelpContent = lazy(async () => ({ default: (await import('./help-topics')).HelpContent }));

/** The pages of the side navigation, in order. Paths are relative to the router's basename. */
export const NAVIGATION = [
  { text: 'Identities', path: PATHS.identities },
  { text: 'Access report', path: PATHS.accessReport },
  { text: 'Grants', path: PATHS.grants },
  { text: 'Send test email', path: PATHS.send },
  { text: 'Simulator', path: PATHS.simulator },
  { text: 'Activity', path: PATHS.activity },
  { text: 'Settings', path: PATHS.settings },
] as const;

const HOME_LABEL = 'SES sending authorization';

export function AppShell() {
  const { items, keepFor, clear } = useFlashMessages();
  const navigate = useNavigate();
  const location = useLocation();
  const connection = useConnectionState();
  const principalArn = connection.status === 'ready' ? connection.principal.arn : undefined;
  // A message stays with its page, and with the principal it was about.
  useEffect(() => keepFor(location.pathname), [keepFor, location.pathname]);
  const shownFor = useRef(principalArn);
  useEffect(() => {
    if (shownFor.current !== principalArn) clear();
    shownFor.current = principalArn;
  }, [clear, principalArn]);
  const matches = useMatches();
  const [toolsOpen, setToolsOpen] = useState(false);
  const [navigationOpen, setNavigationOpen] = useNavigationOpen();
  // Real hrefs (with the base path) so links open in new tabs; clicks are routed in-page.
  const baseHref = useHref('/');
  const toHref = (path: string) => `${baseHref.replace(/\/$/, '')}${path}`;
  const fromHref = (href: string) => href.slice(baseHref.replace(/\/$/, '').length) || '/';

  // Every matched route with a handle adds a crumb: Identities › ses-example.com › Edit policy.
  const crumbs = matches.flatMap((m) =>
    isRouteHandle(m.handle) ? [{ text: crumbText(m.handle, m.params), href: toHref(m.pathname) }] : [],
  );
  const handle = [...matches]
    .reverse()
    .map((m) => m.handle)
    .find(isRouteHandle);
  const activePath = NAVIGATION.find((item) => location.pathname.startsWith(item.path))?.path;

  const followInApp = (event: CustomEvent<{ href: string; external?: boolean }>) => {
    if (event.detail.external) return;
    event.preventDefault();
    navigate(fromHref(event.detail.href));
  };

  return (
    <>
      <TopBar homeHref={toHref(PATHS.identities)} onFollowHome={() => navigate(PATHS.identities)} />
      <AppLayout
        headerSelector="#top-bar"
        navigationOpen={navigationOpen}
        onNavigationChange={({ detail }) => setNavigationOpen(detail.open)}
        navigation={
          <SideNavigation
            header={{ text: HOME_LABEL, href: toHref(PATHS.identities) }}
            activeHref={activePath ? toHref(activePath) : undefined}
            items={NAVIGATION.map((item) => ({ type: 'link', text: item.text, href: toHref(item.path) }))}
            onFollow={followInApp}
          />
        }
        breadcrumbs={
          <BreadcrumbGroup
            ariaLabel="Breadcrumbs"
            items={[{ text: HOME_LABEL, href: toHref(PATHS.identities) }, ...crumbs]}
            onFollow={followInApp}
          />
        }
        notifications={<Flashbar items={items} />}
        tools={
          handle && toolsOpen ? (
            <Suspense fallback={<PageLoading />}>
              <HelpContent topic={handle.help} />
            </Suspense>
          ) : undefined
        }
        toolsHide={!handle}
        toolsOpen={toolsOpen}
        onToolsChange={({ detail }) => setToolsOpen(detail.open)}
        content={
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        }
      />
    </>
  );
}
