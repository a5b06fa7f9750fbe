/**
 * Start points for the cases in the SES documentation, filled in for the identity at hand.
 */
import { parseIdentityArn } from '../../policy-engine';
import { emptyStatement, type GeneratorForm } from './generator-model';

export interface StartPoint {
  id: string;
  label: string;
  description: string;
  form: (identityArn: string) => GeneratorForm;
  name: string;
}

function domainOf(identityArn: string): string {
  const parsed = parseIdentityArn(identityArn);
  const name = parsed.ok ? parsed.identity.name : 'example.com';
  return name.includes('@') ? name.slice(name.lastIndexOf('@') + 1) : name;
}

function fromAddress(identityArn: string, local: string): string {
  const parsed = parseIdentityArn(identityArn);
  const name = parsed.ok ? parsed.identity.name : 'example.com';
  return name.includes('@') ? name : `${local}@${name}`;
}

export const START_POINTS: StartPoint[] = [
  {
    id: 'from-pattern',
    label: 'Authorize an account to send from addresses matching a pattern',
    description: 'The SES announcement: account 999999999999 may send From marketing+*@ your domain.',
    name: 'AuthorizeMarketer',
    form: (arn) => ({
      statements: [
        {
          ...emptyStatement(),
          sid: 'AuthorizeMarketer',
          principals: '999999999999',
          conditions: [
            {
              key: 'ses:FromAddress',
              operator: 'StringLike',
              setOperator: '',
              values: `marketing+*@${domainOf(arn)}`,
            },
          ],
        },
      ],
    }),
  },
  {
    id: 'from-address',
    label: 'Authorize an account to send from one address',
    description: 'Only one From address; every other address of the identity stays yours.',
    name: 'AuthorizeOneAddress',
    form: (arn) => ({
      statements: [
        {
          ...emptyStatement(),
          sid: 'AuthorizeOneAddress',
          principals: '999999999999',
          conditions: [
            {
              key: 'ses:FromAddress',
              operator: 'StringEquals',
              setOperator: '',
              values: fromAddress(arn, 'news'),
            },
          ],
        },
      ],
    }),
  },
  {
    id: 'recipients-domain',
    label: 'Restrict recipients to a domain',
    description: 'Every recipient (To, Cc, Bcc) must be at example.com.',
    name: 'RecipientsAtExampleCom',
    form: () => ({
      statements: [
        {
          ...emptyStatement(),
          sid: 'RecipientsAtExampleCom',
          principals: '999999999999',
          conditions: [
            {
              key: 'ses:Recipients',
              operator: 'StringLike',
              setOperator: 'ForAllValues',
              values: '*@example.com',
            },
          ],
        },
      ],
    }),
  },
  {
    id: 'time-window',
    label: 'Allow sending during a time window',
    description: 'Between two dates (aws:CurrentTime), for a campaign.',
    name: 'CampaignWindow',
    form: () => ({
      statements: [
        {
          ...emptyStatement(),
          sid: 'CampaignWindow',
          principals: '999999999999',
          conditions: [
            {
              key: 'aws:CurrentTime',
              operator: 'DateGreaterThan',
              setOperator: '',
              values: '2026-12-01T00:00:00Z',
            },
            {
              key: 'aws:CurrentTime',
              operator: 'DateLessThan',
              setOperator: '',
              values: '2027-01-01T00:00:00Z',
            },
          ],
        },
      ],
    }),
  },
  {
    id: 'deny-address',
    label: 'Deny one address',
    description: 'Allow the account, but never From one address (an explicit Deny wins).',
    name: 'AllowButNotCeo',
    form: (arn) => ({
      statements: [
        { ...emptyStatement(), sid: 'AllowDelegate', principals: '999999999999' },
        {
          ...emptyStatement(),
          sid: 'DenyCeoAddress',
          effect: 'Deny',
          principals: '999999999999',
          conditions: [
            {
              key: 'ses:FromAddress',
              operator: 'StringEquals',
              setOperator: '',
              values: fromAddress(arn, 'ceo'),
            },
          ],
        },
      ],
    }),
  },
];
