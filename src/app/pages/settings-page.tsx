import { PlannedPage } from './planned-page';

export function SettingsPage() {
  return (
    <PlannedPage
      title="Settings"
      description="Where the console sends its SES requests."
      plannedContent={[
        'The choice between the built-in SES emulator and a real SES endpoint and Region.',
        'Credentials for a real endpoint, kept in memory or sessionStorage only.',
        "The emulator's demo principals, and resetting, exporting or importing its state.",
      ]}
    />
  );
}
