/**
 * Start points for the cases the SES documentation walks through, filled in for the identity at
 * hand (its ARN is the Resource, its domain is in the addresses). Choosing one fills the form.
 */
import { SEND_ACTIONS } from '../../../policy-engine';
import { emptyStatement } from './form-defaults';
import type { GeneratorForm, StatementForm } from './generator-schema';
import { addressOf, identityContext, type IdentityContext } from './identity-context';

/** The delegate account of the SES announcement. */
export const ANNOUNCEMENT_ACCOUNT = '999999999999';

export interface StartPoint {
  id: string;
  label: string;
  description: (identity: IdentityContext) => string;
  build: (identity: IdentityContext, now: Date) => GeneratorForm;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function utcMidnight(date: Date): string {
  return `${date.toISOString().slice(0, 10)}T00:00:00Z`;
}

function delegate(patch: Partial<StatementForm>): StatementForm {
  return { ...emptyStatement(), principals: ANNOUNCEMENT_ACCOUNT, ...patch };
}

export const START_POINTS: readonly StartPoint[] = [
  {
    id: 'from-pattern',
    label: 'Authorize an account to send from addresses matching a pattern',
    description: (id) =>
      id.isEmailAddress
        ? `The SES announcement's case: account ${ANNOUNCEMENT_ACCOUNT} may send (SendEmail, SendRawEmail) From ${id.name}.`
        : `The SES announcement's case: account ${ANNOUNCEMENT_ACCOUNT} may send (SendEmail, SendRawEmail) From marketing+*@${id.domain}.`,
    build: (id) => ({
      name: 'AuthorizeMarketer',
      statements: [
        delegate({
          sid: 'AuthorizeMarketer',
          conditions: [
            id.isEmailAddress
              ? { key: 'ses:FromAddress', operator: 'StringEquals', setOperator: '', values: id.name }
              : {
                  key: 'ses:FromAddress',
                  operator: 'StringLike',
                  setOperator: '',
                  values: `marketing+*@${id.domain}`,
                },
          ],
        }),
      ],
    }),
  },
  {
    id: 'from-address',
    label: 'Authorize an account to send from one address',
    description: (id) =>
      `Account ${ANNOUNCEMENT_ACCOUNT} may send only From ${addressOf(id, 'marketing')}; every other address stays yours.`,
    build: (id) => ({
      name: 'AuthorizeOneAddress',
      statements: [
        delegate({
          sid: 'AuthorizeOneAddress',
          conditions: [
            {
              key: 'ses:FromAddress',
              operator: 'StringEquals',
              setOperator: '',
              values: addressOf(id, 'marketing'),
            },
          ],
        }),
      ],
    }),
  },
  {
    id: 'recipients-domain',
    label: 'Restrict recipients to a domain',
    description: (id) =>
      `Account ${ANNOUNCEMENT_ACCOUNT} may send only when every recipient (To, Cc, Bcc) is at ${id.domain}.`,
    build: (id) => ({
      name: 'RecipientsInDomain',
      statements: [
        delegate({
          sid: 'RecipientsInDomain',
          conditions: [
            {
              key: 'ses:Recipients',
              operator: 'StringLike',
              setOperator: 'ForAllValues',
              values: `*@${id.domain}`,
            },
            // ForAllValues is true of an empty list: require recipients to be present.
            { key: 'ses:Recipients', operator: 'Null', setOperator: '', values: 'false' },
          ],
        }),
      ],
    }),
  },
  {
    id: 'time-window',
    label: 'Allow sending during a time window',
    description: () =>
      `Account ${ANNOUNCEMENT_ACCOUNT} may send between two dates (aws:CurrentTime), e.g. for a campaign.`,
    build: (_id, now) => ({
      name: 'SendingWindow',
      statements: [
        delegate({
          sid: 'SendingWindow',
          conditions: [
            {
              key: 'aws:CurrentTime',
              operator: 'DateGreaterThan',
              setOperator: '',
              values: utcMidnight(now),
            },
            {
              key: 'aws:CurrentTime',
              operator: 'DateLessThan',
              setOperator: '',
              values: utcMidnight(new Date(now.getTime() + 30 * DAY_MS)),
            },
          ],
        }),
      ],
    }),
  },
  {
    id: 'deny-address',
    label: 'Deny one address',
    description: (id) =>
      id.isEmailAddress
        ? `Allow account ${ANNOUNCEMENT_ACCOUNT}, but never to send to ceo@${id.domain}: an explicit Deny wins over any Allow.`
        : `Allow account ${ANNOUNCEMENT_ACCOUNT}, but never From ceo@${id.domain}: an explicit Deny wins over any Allow.`,
    build: (id) => ({
      name: 'DenyOneAddress',
      statements: [
        delegate({ sid: 'AuthorizeAccount' }),
        delegate({
          sid: 'DenyCeoAddress',
          effect: 'Deny',
          actions: SEND_ACTIONS.map((a) => a.name),
          // Ignore case: a Deny on "ceo@" must not be dodged by writing "CEO@".
          conditions: [
            id.isEmailAddress
              ? {
                  key: 'ses:Recipients',
                  operator: 'StringEqualsIgnoreCase',
                  setOperator: 'ForAnyValue',
                  values: `ceo@${id.domain}`,
                }
              : {
                  key: 'ses:FromAddress',
                  operator: 'StringEqualsIgnoreCase',
                  setOperator: '',
                  values: `ceo@${id.domain}`,
                },
          ],
        }),
      ],
    }),
  },
];

export function startPointForm(id: string, identityArn: string, now: Date): GeneratorForm | undefined {
  return START_POINTS.find((p) => p.id === id)?.build(identityContext(identityArn), now);
}
