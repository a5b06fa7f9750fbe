import '@cloudscape-design/global-styles/index.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initialConnectionKind } from './app/acting/connection-root';
import { startEmulator } from './app/start-emulator';
import { setEmulatorStart } from './lib/emulator/emulator-ready';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element to render the console into.');

// The emulator starts alongside the first render rather than before it, so the first paint does
// not wait for its service worker: every emulator-API call waits for the start instead
// (emulator-ready.ts), and no SES request is made before the first of them answered. If it
// cannot start, the console says why. A build for the local endpoint (VITE_SES_ENDPOINT) starts
// no emulator in the page at all, and neither does a tab connected to a real endpoint (Settings).
const started =
  initialConnectionKind() === 'emulator' && !import.meta.env.VITE_SES_ENDPOINT
    ? startEmulator()
    : Promise.resolve(undefined);
setEmulatorStart(started);
// On the start page (the Identities list), its route chunk loads alongside the entry instead of
// after the router's redirect asks for it: two round trips less before the first rows.
const route = location.pathname.slice(import.meta.env.BASE_URL.length - 1);
if (/^\/(identities\/?)?$/.test(route)) void import('./app/pages/identities-page');
// As a transition the first render yields to the browser every few milliseconds instead of
// holding the main thread for the whole shell (Lighthouse's total blocking time on a slow phone).
startTransition(() =>
  createRoot(container).render(
    <StrictMode>
      <App emulatorStart={started} />
    </StrictMode>,
  ),
);
