import { useIsFetching } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useConnectionState, type ConnectionState } from '../../lib/ses/connection-context';
import { useActingChoice } from '../acting/acting-choice';
import { useConnectionChoice } from '../acting/connection-choice';
import styles from './top-bar.module.css';

const PrincipalSwitcher = lazy(async () => ({
  default: (await import('./principal-switcher')).PrincipalSwitcher,
}));

interface TopBarProps {
  homeHref: string;
  onFollowHome: () => void;
}

function actingAs(state: ConnectionState, emulator: boolean): { text: string; title: string } {
  switch (state.status) {
    case 'ready':
      return { text: `Acting as: ${state.principal.label}`, title: state.principal.arn };
    case 'loading':
      return {
        text: 'Acting as: connecting…',
        title: emulator
          ? 'Reading the emulator’s principals.'
          : 'Asking STS who the connection’s credentials are.',
      };
    case 'unavailable':
      return { text: 'Acting as: no principal', title: state.reason };
  }
}

/**
 * The console's header: its name, who you are acting as (signing every SES request) and a switch
 * among the emulator's principals (principal-switcher.tsx, loaded after the first paint); every page
 * follows the switch. A plain header rather than Cloudscape's TopNavigation, whose menus and
 * overflow handling cost more of the first load than a name, a status and one control need.
 */
/**
 * Whether the page's first reads are done: no SES read for half a second (reads run back to
 * back while the first page loads), or 10 s passed on a page that keeps reading. The
 * switcher's code is fetched then, so that on a slow network it does not compete with the
 * first rows of data.
 */
function useFirstReadsSettled(): boolean {
  const fetching = useIsFetching();
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (settled) return;
    const timer = setTimeout(() => setSettled(true), fetching > 0 ? 10_000 : 500);
    return () => clearTimeout(timer);
  }, [fetching, settled]);
  return settled;
}

export function TopBar({ homeHref, onFollowHome }: TopBarProps) {
  const emulator = useConnectionChoice().settings.kind === 'emulator';
  const acting = actingAs(useConnectionState(), emulator);
  const { principals, current, choose } = useActingChoice();
  const switcherWanted = useFirstReadsSettled();
  return (
    <header id="top-bar" className={styles.bar}>
      <a
        className={styles.title}
        href={homeHref}
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          onFollowHome();
        }}
      >
        SES sending authorization console
      </a>
      <div className={styles.right}>
        <span className={styles.acting} title={acting.title} role="status">
          {acting.text}
        </span>
        {/* On the emulator the switcher's box is there from the first paint, before the principals
            are read, so the bar keeps its height when the switcher shows (no layout shift). */}
        {emulator && (
          <div className={styles.switcher}>
            {switcherWanted && principals.length > 1 && current && (
              <Suspense fallback={null}>
                <PrincipalSwitcher principals={principals} current={current} choose={choose} />
              </Suspense>
            )}
          </div>
        )}
      </div>
    </header>
  );
}
