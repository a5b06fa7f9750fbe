/**
 * Ready-to-copy ways of sending with a grant, filled in with its identity ARN and an address it
 * allows: the AWS CLI, the AWS SDK for JavaScript v3 and boto3 over SES API v1 and v2, and the
 * headers of a message sent over SMTP (or raw). v1 names the identity with SourceArn, v2 with
 * FromEmailAddressIdentityArn; policies see ses:ApiVersion "1" and "2" respectively.
 */
export interface UsageSnippet {
  id: 'cli' | 'sdk' | 'cli-v2' | 'sdk-v2' | 'boto3-v2' | 'smtp';
  title: string;
  text: string;
}

export interface SnippetInput {
  identityArn: string;
  region: string;
  from: string;
  to: string;
}

/** Single quotes for a POSIX shell. */
const sh = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;
/** A JavaScript string literal; also a valid Python one (JSON's escapes are Python's). */
const js = (value: string) => JSON.stringify(value);
const SUBJECT = 'Hello';
const BODY = 'Sent with sending authorization.';
/** v2's Simple content, as the CLI's --content takes it. */
const simpleContent = { Simple: { Subject: { Data: SUBJECT }, Body: { Text: { Data: BODY } } } };

export function usageSnippets({ identityArn, region, from, to }: SnippetInput): UsageSnippet[] {
  return [
    {
      id: 'cli',
      title: 'AWS CLI, SES API v1',
      text: [
        'aws ses send-email \\',
        `  --region ${region} \\`,
        `  --from ${sh(from)} \\`,
        `  --source-arn ${sh(identityArn)} \\`,
        `  --to ${sh(to)} \\`,
        "  --subject 'Hello' \\",
        "  --text 'Sent with sending authorization.'",
      ].join('\n'),
    },
    {
      id: 'sdk',
      title: 'AWS SDK for JavaScript v3, SES API v1',
      text: [
        "import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';",
        '',
        `const ses = new SESClient({ region: ${js(region)} });`,
        'const { MessageId } = await ses.send(',
        '  new SendEmailCommand({',
        `    Source: ${js(from)},`,
        `    SourceArn: ${js(identityArn)},`,
        `    Destination: { ToAddresses: [${js(to)}] },`,
        '    Message: {',
        "      Subject: { Data: 'Hello' },",
        "      Body: { Text: { Data: 'Sent with sending authorization.' } },",
        '    },',
        '  }),',
        ');',
      ].join('\n'),
    },
    {
      id: 'cli-v2',
      title: 'AWS CLI, SES API v2',
      text: [
        'aws sesv2 send-email \\',
        `  --region ${region} \\`,
        `  --from-email-address ${sh(from)} \\`,
        `  --from-email-address-identity-arn ${sh(identityArn)} \\`,
        `  --destination ${sh(JSON.stringify({ ToAddresses: [to] }))} \\`,
        `  --content ${sh(JSON.stringify(simpleContent))}`,
      ].join('\n'),
    },
    {
      id: 'sdk-v2',
      title: 'AWS SDK for JavaScript v3, SES API v2',
      text: [
        "import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';",
        '',
        `const ses = new SESv2Client({ region: ${js(region)} });`,
        'const { MessageId } = await ses.send(',
        '  new SendEmailCommand({',
        `    FromEmailAddress: ${js(from)},`,
        `    FromEmailAddressIdentityArn: ${js(identityArn)},`,
        `    Destination: { ToAddresses: [${js(to)}] },`,
        '    Content: {',
        '      Simple: {',
        `        Subject: { Data: ${js(SUBJECT)} },`,
        `        Body: { Text: { Data: ${js(BODY)} } },`,
        '      },',
        '    },',
        '  }),',
        ');',
      ].join('\n'),
    },
    {
      id: 'boto3-v2',
      title: 'boto3, SES API v2',
      text: [
        'import boto3',
        '',
        `ses = boto3.client("sesv2", region_name=${js(region)})`,
        'response = ses.send_email(',
        `    FromEmailAddress=${js(from)},`,
        `    FromEmailAddressIdentityArn=${js(identityArn)},`,
        `    Destination={"ToAddresses": [${js(to)}]},`,
        '    Content={',
        '        "Simple": {',
        `            "Subject": {"Data": ${js(SUBJECT)}},`,
        `            "Body": {"Text": {"Data": ${js(BODY)}}},`,
        '        }',
        '    },',
        ')',
        'print(response["MessageId"])',
      ].join('\n'),
    },
    {
      id: 'smtp',
      title: 'SMTP headers',
      text: [
        `X-SES-SOURCE-ARN: ${identityArn}`,
        `X-SES-FROM-ARN: ${identityArn}`,
        `X-SES-RETURN-PATH-ARN: ${identityArn}`,
        `From: ${from}`,
        `To: ${to}`,
        'Subject: Hello',
      ].join('\n'),
    },
  ];
}
