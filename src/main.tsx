import '@cloudscape-design/global-styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startEmulator } from './app/start-emulator';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element to render the console into.');

// The emulator must be listening before the first request the console makes, so it starts
// before the first render. If it cannot start, the console still renders and says why. A build
// for the local endpoint (VITE_SES_ENDPOINT) starts no emulator in the page at all.
const started = import.meta.env.VITE_SES_ENDPOINT ? Promise.resolve(undefined) : startEmulator();
void started.then((emulatorError) => {
  createRoot(container).render(
    <StrictMode>
      <App emulatorError={emulatorError} />
    </StrictMode>,
  );
});
