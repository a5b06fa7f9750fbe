import Select from '@cloudscape-design/components/select';
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
 * among the emulator's principals (Cloudscape's Select, each principal with its ARN); every page
 * follows the switch. A plain header rather than Cloudscape's TopNavigation, whose menus and
 * overflow handling cost more of the first load than a name, a status and one control need.
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
          <div className={styles.switcher}>
            <Select
              ariaLabel="Switch principal"
              selectedOption={{ value: current.id, label: current.label }}
              options={principals.map((p) => ({ value: p.id, label: p.label, description: p.arn }))}
              onChange={({ detail }) => {
                if (detail.selectedOption.value) choose(detail.selectedOption.value);
              }}
              expandToViewport
            />
          </div>
        )}
      </div>
    </header>
  );
}
