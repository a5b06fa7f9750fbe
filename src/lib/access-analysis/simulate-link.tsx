/**
 * "Simulate this": a link to the simulator with one witness as its scenario. A plain click
 * navigates in the page (after `onFollow`, which lets the editor keep its draft); opened in a
 * new tab, or with `newTab` (the generator, whose steps a navigation would lose), the hash
 * carries the scenario there.
 */
import Link from '@cloudscape-design/components/link';
import { useHref, useNavigate } from 'react-router';

export interface SimulateLinkProps {
  /** The router path of the simulator with the scenario. */
  path: string;
  /** What the link is for, for screen readers: the visible text alone repeats on every witness. */
  ariaLabel: string;
  newTab?: boolean;
  onFollow?: () => void;
}

export function SimulateLink({ path, ariaLabel, newTab = false, onFollow }: SimulateLinkProps) {
  const href = useHref(path);
  const navigate = useNavigate();
  return (
    <Link
      href={href}
      ariaLabel={ariaLabel}
      external={newTab}
      externalIconAriaLabel="(opens in a new tab)"
      onFollow={(event) => {
        if (newTab) return;
        event.preventDefault();
        onFollow?.();
        void navigate(path);
      }}
    >
      Simulate this
    </Link>
  );
}
