import { describe, expect, it } from 'vitest';
import { usageSnippets } from './usage-snippets';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const snippets = usageSnippets({
  identityArn: ARN,
  region: 'us-east-1',
  from: 'marketing+example@ses-example.com',
  to: 'success@simulator.amazonses.com',
});
const text = (id: string) => snippets.find((s) => s.id === id)?.text ?? '';

describe('usageSnippets', () => {
  it('fills the CLI command with the ARN and an allowed From address, quoted for the shell', () => {
    expect(text('cli')).toContain(`--source-arn '${ARN}'`);
    expect(text('cli')).toContain("--from 'marketing+example@ses-example.com'");
    expect(text('cli')).toContain('--region us-east-1');
  });

  it('passes SourceArn to the SDK for JavaScript v3', () => {
    expect(text('sdk')).toContain(`SourceArn: "${ARN}"`);
    expect(text('sdk')).toContain('Source: "marketing+example@ses-example.com"');
    expect(text('sdk')).toContain("from '@aws-sdk/client-ses'");
  });

  it('names the identity with FromEmailAddressIdentityArn over SES API v2, in the CLI, the SDK and boto3', () => {
    expect(text('cli-v2')).toContain('aws sesv2 send-email');
    expect(text('cli-v2')).toContain(`--from-email-address-identity-arn '${ARN}'`);
    expect(text('cli-v2')).toContain(`--destination '{"ToAddresses":["success@simulator.amazonses.com"]}'`);
    expect(JSON.parse(/--content '(.*)'$/m.exec(text('cli-v2'))?.[1] ?? '')).toEqual({
      Simple: { Subject: { Data: 'Hello' }, Body: { Text: { Data: 'Sent with sending authorization.' } } },
    });
    expect(text('sdk-v2')).toContain("from '@aws-sdk/client-sesv2'");
    expect(text('sdk-v2')).toContain(`FromEmailAddressIdentityArn: "${ARN}"`);
    expect(text('boto3-v2')).toContain('boto3.client("sesv2", region_name="us-east-1")');
    expect(text('boto3-v2')).toContain(`FromEmailAddressIdentityArn="${ARN}"`);
    expect(text('boto3-v2')).not.toContain('SourceArn');
  });

  it('puts the three X-SES headers in the SMTP message', () => {
    for (const header of ['X-SES-SOURCE-ARN', 'X-SES-FROM-ARN', 'X-SES-RETURN-PATH-ARN'])
      expect(text('smtp')).toContain(`${header}: ${ARN}`);
  });

  it('escapes a quote in an address for the shell', () => {
    const [cli] = usageSnippets({
      identityArn: ARN,
      region: 'us-east-1',
      from: "o'brien@x.com",
      to: 'a@b.com',
    });
    expect(cli?.text).toContain(`--from 'o'\\''brien@x.com'`);
  });
});
