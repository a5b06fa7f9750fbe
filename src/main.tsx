import '@cloudscape-design/global-styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startEmulator } from './app/start-emulator';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element to render the console into.');

// The emulator must be listening before the first request the console makes, so it starts
// before the first render. If it cannot start, the console still renders and says why.
void startEmulator().then((emulatorError) => {
  createRoot(container).render(
    <StrictMode>
      <App emulatorError={emulatorError} />
    </StrictMode>,
  );
});
