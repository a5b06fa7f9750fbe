/**
 * Settings' choice of SES API. Both APIs share identities and sending authorization policies;
 * what differs is named here so that nothing looks missing after a switch.
 */
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import RadioGroup from '@cloudscape-design/components/radio-group';
import type { SesApiVersion } from '../../lib/ses/client';

export function ApiVersionChoice({
  api,
  onChange,
}: {
  api: SesApiVersion;
  onChange: (version: SesApiVersion) => void;
}) {
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="For this tab. Identities and their sending authorization policies are the same in both."
        >
          SES API
        </Header>
      }
    >
      <FormField label="API version the console uses">
        <RadioGroup
          ariaLabel="API version the console uses"
          value={api}
          onChange={({ detail }) => onChange(detail.value === 'v2' ? 'v2' : 'v1')}
          items={[
            {
              value: 'v1',
              label: 'SES API v1 (2010-12-01, Query)',
              description:
                'SendEmail and SendRawEmail with SourceArn, FromArn and ReturnPathArn; SNS topics per identity. Policies see ses:ApiVersion "1".',
            },
            {
              value: 'v2',
              label: 'SES API v2 (2019-09-27, REST-JSON)',
              description:
                'What AWS adds new features to. SendEmail (simple, raw or template content) and SendBulkEmail with FromEmailAddressIdentityArn and FeedbackForwardingEmailAddressIdentityArn; domains verified by DKIM; events through configuration sets. Policies see ses:ApiVersion "2". Identity-level SNS topics exist only in v1: the notification settings keep using v1.',
            },
          ]}
        />
      </FormField>
    </Container>
  );
}
