/** Ready-to-copy ways of sending with a grant: the AWS CLI, the SDK for JavaScript v3, SMTP headers. */
export interface UsageSnippet {
  id: string;
  title: string;
  text: string;
}

export function usageSnippets(identityArn: string, from: string, region: string): UsageSnippet[] {
  return [
    {
      id: 'cli',
      title: 'AWS CLI',
      text: [
        'aws ses send-email \\',
        `  --region ${region} \\`,
        `  --from "${from}" \\`,
        `  --source-arn "${identityArn}" \\`,
        `  --return-path-arn "${identityArn}" \\`,
        '  --destination "ToAddresses=success@simulator.amazonses.com" \\',
        '  --message "Subject={Data=Hello},Body={Text={Data=Sent with sending authorization}}"',
      ].join('\n'),
    },
    {
      id: 'sdk',
      title: 'AWS SDK for JavaScript v3',
      text: [
        "import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';",
        '',
        `const ses = new SESClient({ region: '${region}' });`,
        'await ses.send(',
        '  new SendEmailCommand({',
        `    Source: '${from}',`,
        `    SourceArn: '${identityArn}',`,
        `    ReturnPathArn: '${identityArn}',`,
        "    Destination: { ToAddresses: ['success@simulator.amazonses.com'] },",
        "    Message: { Subject: { Data: 'Hello' }, Body: { Text: { Data: 'Sent with sending authorization' } } },",
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
        '',
        'SES removes these headers before delivering the message. With SendRawEmail through the API,',
        'pass SourceArn, FromArn and ReturnPathArn instead, or the same headers in the raw message.',
      ].join('\n'),
    },
  ];
}
