import { useEffect, useState } from 'react';
import { useFlashMessages } from './flash-messages';

/** Why the emulator could not start, once its start (which the first render does not wait for) settled. */
export function useEmulatorError(start: Promise<string | undefined> | undefined): string | undefined {
  const [error, setError] = useState<string>();
  useEffect(() => {
    let current = true;
    void start?.then((message) => {
      if (current) setError(message);
    });
    return () => {
      current = false;
    };
  }, [start]);
  return error;
}

/** The console-wide message that the emulator could not start, on every page. */
export function EmulatorStartNotice({ error }: { error: string | undefined }) {
  const { notify } = useFlashMessages();
  useEffect(() => {
    if (!error) return;
    notify({
      id: 'emulator-start',
      type: 'error',
      header: 'The built-in SES emulator could not start',
      content: `${error} The console needs a browser that allows service workers on this page (HTTPS or localhost).`,
    });
  }, [error, notify]);
  return null;
}
