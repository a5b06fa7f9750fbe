/** Adds an SES mailbox simulator address to the recipients, to try deliveries, bounces and complaints. */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { MAILBOX_SIMULATOR } from './send-schema';

export function MailboxSimulatorButtons({ onChoose }: { onChoose: (address: string) => void }) {
  return (
    <div role="group" aria-labelledby="mailbox-simulator-label">
      <SpaceBetween size="xxs">
        <Box variant="small" id="mailbox-simulator-label">
          Add a mailbox simulator address to To: SES answers these without real delivery (success: a Delivery
          notification; bounce and suppressionlist: a Bounce; complaint: a Delivery, then a Complaint).
        </Box>
        <SpaceBetween direction="horizontal" size="xs">
          {MAILBOX_SIMULATOR.map((m) => (
            <Button key={m.address} formAction="none" iconName="add-plus" onClick={() => onChoose(m.address)}>
              {m.address}
            </Button>
          ))}
        </SpaceBetween>
      </SpaceBetween>
    </div>
  );
}
