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
