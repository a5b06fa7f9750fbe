/**
 * The DNS records a domain's owner publishes for SES to verify it: v1's TXT record
 * (`_amazonses.<domain>`), or v2's three DKIM CNAME records (`<token>._domainkey.<domain>`
 * pointing at `<token>.dkim.amazonses.com`), which is how API v2 verifies a domain.
 */
import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { IdentityVerification } from '../../../lib/ses/identities';

interface DnsRecord {
  name: string;
  type: 'TXT' | 'CNAME';
  value: string;
}

export function verificationRecords(domain: string, attributes: IdentityVerification): DnsRecord[] {
  if (attributes.DkimTokens?.length)
    return attributes.DkimTokens.map((token) => ({
      name: `${token}._domainkey.${domain}`,
      type: 'CNAME',
      value: `${token}.dkim.amazonses.com`,
    }));
  if (attributes.VerificationToken)
    return [{ name: `_amazonses.${domain}`, type: 'TXT', value: attributes.VerificationToken }];
  return [];
}

function Copyable({ text, what }: { text: string; what: string }) {
  return (
    <CopyToClipboard
      variant="inline"
      textToCopy={text}
      copyButtonAriaLabel={`Copy ${what}`}
      copySuccessText={`${what[0]?.toUpperCase()}${what.slice(1)} copied`}
      copyErrorText={`The ${what} could not be copied`}
    />
  );
}

export function DnsRecords({ domain, records }: { domain: string; records: DnsRecord[] }) {
  const dkim = records[0]?.type === 'CNAME';
  return (
    <div>
      <Box variant="awsui-key-label">
        {records.length > 1 ? 'DNS records to publish' : 'DNS record to publish'}
      </Box>
      <Box variant="p">
        {dkim
          ? `Add these ${records.length} CNAME records to the DNS of ${domain}. SES verifies the domain (and signs its mail with DKIM) once it finds them.`
          : `Add this TXT record to the DNS of ${domain}. SES verifies the domain once it finds the record.`}
      </Box>
      <SpaceBetween size="s">
        {records.map((record, index) => {
          const which = records.length > 1 ? ` ${index + 1}` : '';
          return (
            <ColumnLayout key={record.name} columns={3} variant="text-grid">
              <div>
                <Box variant="awsui-key-label">Name</Box>
                <Copyable text={record.name} what={`record${which} name`} />
              </div>
              <div>
                <Box variant="awsui-key-label">Type</Box>
                <div>{record.type}</div>
              </div>
              <div>
                <Box variant="awsui-key-label">Value</Box>
                <Copyable text={record.value} what={`record${which} value`} />
              </div>
            </ColumnLayout>
          );
        })}
      </SpaceBetween>
    </div>
  );
}
