/**
 * Whether the page is on its way out, so that SES requests stop being sent. While a page unloads
 * its service worker may no longer answer for it, and a request it starts then would go to the
 * real SES endpoint instead of the in-page emulator. The page is leaving once a `beforeunload`
 * that nothing cancelled has run (no "Leave site?" prompt can keep it), or at `pagehide`; a page
 * restored from the back-forward cache is back.
 */
let leaving = false;

export function pageIsLeaving(): boolean {
  return leaving;
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (event) => {
    // Every beforeunload listener has run by the next task: only then is it known whether one
    // asked for the prompt (the user may then stay, and the page must keep working).
    setTimeout(() => {
      if (!event.defaultPrevented) leaving = true;
    }, 0);
  });
  window.addEventListener('pagehide', () => {
    leaving = true;
  });
  window.addEventListener('pageshow', () => {
    leaving = false;
  });
}
