/**
 * Ready-to-copy ways of sending with a grant, filled in with its identity ARN and an address it
 * allows: the AWS CLI, the AWS SDK for JavaScript v3, and the headers of a message sent over SMTP
 * (or with SendRawEmail).
 */
export interface UsageSnippet {
  id: 'cli' | 'sdk' | 'smtp';
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
/** A JavaScript string literal. */
const js = (value: string) => JSON.stringify(value);

export function usageSnippets({ identityArn, region, from, to }: SnippetInput): UsageSnippet[] {
  return [
    {
      id: 'cli',
      title: 'AWS CLI',
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
      title: 'AWS SDK for JavaScript v3',
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
