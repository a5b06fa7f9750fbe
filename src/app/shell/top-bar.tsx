import { useConnectionState, type ConnectionState } from '../../lib/ses/connection-context';
import styles from './top-bar.module.css';

interface TopBarProps {
  homeHref: string;
  onFollowHome: () => void;
}

function actingAs(state: ConnectionState): { text: string; title: string } {
  switch (state.status) {
    case 'ready':
      return { text: `Acting as: ${state.principal.label}`, title: state.principal.arn };
    case 'loading':
      return { text: 'Acting as: connecting…', title: 'Reading the built-in emulator’s principals.' };
    case 'unavailable':
      return { text: 'Acting as: no principal', title: state.reason };
  }
}

/**
 * The console's header: its name and who you are acting as (signing every SES request). A plain
 * header rather than Cloudscape's TopNavigation, whose menus and overflow handling cost more of
 * the first load than a name and one status line need.
 */
export function TopBar({ homeHref, onFollowHome }: TopBarProps) {
  const acting = actingAs(useConnectionState());
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
      <span className={styles.acting} title={acting.title} role="status">
        {acting.text}
      </span>
    </header>
  );
}
