import { OneLine } from './breakable';

/** A moment as local date and time, each on one line: a narrow column wraps between them, never inside. */
export function DateTime({ iso }: { iso: string }) {
  const date = new Date(iso);
  return (
    <>
      <OneLine>{date.toLocaleDateString()},</OneLine> <OneLine>{date.toLocaleTimeString()}</OneLine>
    </>
  );
}
