import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { MAILBOX_SIMULATOR } from './send-schema';

/** Adds an SES mailbox simulator address to the recipients, to try deliveries, bounces, complaints. */
export function MailboxSimulatorButtons({ onChoose }: { onChoose: (address: string) => void }) {
  return (
    <SpaceBetween size="xxs">
      <Box variant="small">Mailbox simulator: SES answers these addresses without real delivery.</Box>
      <SpaceBetween direction="horizontal" size="xs">
        {MAILBOX_SIMULATOR.map((m) => (
          <Button
            key={m.address}
            formAction="none"
            onClick={() => onChoose(m.address)}
            ariaLabel={`Add ${m.address}: ${m.description}`}
          >
            {m.address.split('@')[0]}
          </Button>
        ))}
      </SpaceBetween>
    </SpaceBetween>
  );
}
