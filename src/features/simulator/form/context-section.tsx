/** The request context; the defaults are what the emulator puts in every request. */
import Checkbox from '@cloudscape-design/components/checkbox';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { Controller, type Control } from 'react-hook-form';
import { TextField } from '../../../lib/ui/text-field';
import { EMULATOR_SOURCE_IP, type SimulatorFormValues } from './form-values';

export function ContextSection({ control }: { control: Control<SimulatorFormValues> }) {
  return (
    <Container>
      <ExpandableSection
        headerText="Request context"
        headerDescription={`Defaults are the emulator’s: source IP ${EMULATOR_SOURCE_IP}, the current time, HTTPS.`}
        headingTagOverride="h2"
        defaultExpanded
      >
        <SpaceBetween size="m">
          <ColumnLayout columns={2}>
            <TextField
              control={control}
              name="sourceIp"
              label="Source IP (aws:SourceIp)"
              constraint="IPv4 or IPv6; blank: no source IP."
            />
            <TextField
              control={control}
              name="time"
              label="Time (aws:CurrentTime)"
              placeholder="2026-11-22T12:00:00Z"
              constraint="ISO 8601, UTC unless a zone is given; blank: now."
            />
            <TextField control={control} name="userAgent" label="User agent (aws:UserAgent, optional)" />
          </ColumnLayout>
          <Controller
            control={control}
            name="secureTransport"
            render={({ field }) => (
              <Checkbox checked={field.value} onChange={({ detail }) => field.onChange(detail.checked)}>
                Sent over HTTPS (aws:SecureTransport)
              </Checkbox>
            )}
          />
        </SpaceBetween>
      </ExpandableSection>
    </Container>
  );
}
