import { useConnectionState, type ConnectionState } from '../../lib/ses/connection-context';
import { useActingChoice } from '../acting/acting-choice';
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
      return { text: 'Acting as: connecting…', title: 'Reading the emulator’s principals.' };
    case 'unavailable':
      return { text: 'Acting as: no principal', title: state.reason };
  }
}

/**
 * The console's header: its name, who you are acting as (signing every SES request) and a switch
 * among the emulator's principals; every page follows the switch. A plain
 * header rather than Cloudscape's TopNavigation, whose menus and overflow handling cost more of
 * the first load than a name and one status line need.
 */
export function TopBar({ homeHref, onFollowHome }: TopBarProps) {
  const acting = actingAs(useConnectionState());
  const { principals, current, choose } = useActingChoice();
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
        {principals.length > 1 && current && (
          // A native select: keyboard and screen readers know it, and it costs the first load nothing.
          <label className={styles.switcher}>
            Switch principal
            <select value={current.id} onChange={(event) => choose(event.target.value)}>
              {principals.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
    </header>
  );
}
