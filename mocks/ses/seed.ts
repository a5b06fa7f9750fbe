/**
 * The demo's starting state: the identity owner's verified domain ses-example.com with a policy
 * like the SES announcement's (its regex written as the glob it meant) and the owner's own
 * topics, and the delegate's own verified domain for Return-Path feedback.
 */
import { DELEGATE_ACCOUNT, OWNER_ACCOUNT } from './directory';
import { emptyNotifications, identityKey, type IdentityState } from './model';

export const DEMO_REGION = 'us-east-1';
export const DEMO_DOMAIN = 'ses-example.com';
export const DEMO_DOMAIN_ARN = `arn:aws:ses:${DEMO_REGION}:${OWNER_ACCOUNT}:identity/${DEMO_DOMAIN}`;

const topic = (account: string, name: string) => `arn:aws:sns:${DEMO_REGION}:${account}:${name}`;

export const ANNOUNCEMENT_POLICY = JSON.stringify(
  {
    Id: 'SampleAuthorizationPolicy',
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AuthorizeMarketer',
        Effect: 'Allow',
        Resource: DEMO_DOMAIN_ARN,
        Principal: { AWS: [DELEGATE_ACCOUNT] },
        Action: ['ses:SendEmail', 'ses:SendRawEmail'],
        Condition: { StringLike: { 'ses:FromAddress': 'marketing+*@ses-example.com' } },
      },
    ],
  },
  null,
  2,
);

export function seedIdentities(now = new Date().toISOString()): IdentityState[] {
  return [
    {
      key: identityKey(OWNER_ACCOUNT, DEMO_REGION, DEMO_DOMAIN),
      account: OWNER_ACCOUNT,
      region: DEMO_REGION,
      name: DEMO_DOMAIN,
      kind: 'Domain',
      verificationStatus: 'Success',
      verificationToken: 'QTKknzFg2J4ygwa+XvHAxUl1hyHoY0gVfZdfjIedHZ0=',
      policies: [{ name: 'SampleAuthorizationPolicy', document: ANNOUNCEMENT_POLICY }],
      notifications: {
        topics: {
          Bounce: topic(OWNER_ACCOUNT, 'ses-bounces'),
          Complaint: topic(OWNER_ACCOUNT, 'ses-complaints'),
          Delivery: topic(OWNER_ACCOUNT, 'ses-deliveries'),
        },
        headers: { Bounce: false, Complaint: false, Delivery: false },
      },
      forwardingEnabled: true,
      createdAt: now,
    },
    {
      key: identityKey(DELEGATE_ACCOUNT, DEMO_REGION, 'delegate.example'),
      account: DELEGATE_ACCOUNT,
      region: DEMO_REGION,
      name: 'delegate.example',
      kind: 'Domain',
      verificationStatus: 'Success',
      verificationToken: 'ZGVsZWdhdGUtZXhhbXBsZS12ZXJpZmljYXRpb24=',
      policies: [],
      notifications: emptyNotifications(),
      forwardingEnabled: true,
      createdAt: now,
    },
  ];
}

export const OWNER_TOPICS = {
  Bounce: topic(OWNER_ACCOUNT, 'ses-bounces'),
  Complaint: topic(OWNER_ACCOUNT, 'ses-complaints'),
  Delivery: topic(OWNER_ACCOUNT, 'ses-deliveries'),
};
export const DELEGATE_TOPICS = {
  Bounce: topic(DELEGATE_ACCOUNT, 'delegate-bounces'),
  Complaint: topic(DELEGATE_ACCOUNT, 'delegate-complaints'),
  Delivery: topic(DELEGATE_ACCOUNT, 'delegate-deliveries'),
};
