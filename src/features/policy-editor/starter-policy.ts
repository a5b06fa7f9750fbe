/**
 * The document a custom policy starts from: one Allow statement for the identity with the send
 * actions, whose principal is a placeholder account the author replaces.
 */
export const PLACEHOLDER_ACCOUNT = '123456789012';

export function starterPolicy(identityArn: string): string {
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'AuthorizeSender',
          Effect: 'Allow',
          Principal: { AWS: [PLACEHOLDER_ACCOUNT] },
          Action: ['ses:SendEmail', 'ses:SendRawEmail'],
          Resource: identityArn,
        },
      ],
    },
    null,
    2,
  );
}
