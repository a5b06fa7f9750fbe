/**
 * Whether the side navigation is open: the user's last choice, kept in localStorage (it holds no
 * secret), so no page closes it on the user's behalf. Cloudscape's AppLayout, left to itself,
 * closes it on form-like pages and keeps it closed afterwards. With no choice yet it is open,
 * except on a narrow screen, where it would cover the page.
 */
import { useCallback, useState } from 'react';
import { NAVIGATION_OPEN_KEY } from './navigation-open-key';

export { NAVIGATION_OPEN_KEY };
/** Cloudscape's mobile breakpoint: below it the navigation is an overlay. */
const WIDE_ENOUGH = '(min-width: 689px)';

function initialOpen(): boolean {
  try {
    const stored = window.localStorage.getItem(NAVIGATION_OPEN_KEY);
    if (stored === 'true' || stored === 'false') return stored === 'true';
  } catch {
    // Storage may be unavailable (privacy settings): fall back to the screen's width.
  }
  return typeof window.matchMedia === 'function' ? window.matchMedia(WIDE_ENOUGH).matches : true;
}

export function useNavigationOpen(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(initialOpen);
  const choose = useCallback((next: boolean) => {
    setOpen(next);
    try {
      window.localStorage.setItem(NAVIGATION_OPEN_KEY, String(next));
    } catch {
      // Not kept across reloads, but respected for this page's life.
    }
  }, []);
  return [open, choose];
}
