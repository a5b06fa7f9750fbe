/** The SES API v2 operations the emulator answers, by method and path (botocore's sesv2 model). */
import type { V2Operation } from '../context';
import { route, type Route } from '../protocol';
import {
  createConfigurationSet,
  createConfigurationSetEventDestination,
  deleteConfigurationSet,
  deleteConfigurationSetEventDestination,
  getConfigurationSet,
  getConfigurationSetEventDestinations,
  listConfigurationSets,
  updateConfigurationSetEventDestination,
} from './configuration-sets';
import {
  createEmailIdentity,
  deleteEmailIdentity,
  getEmailIdentity,
  listEmailIdentities,
  putEmailIdentityConfigurationSetAttributes,
  putEmailIdentityFeedbackAttributes,
} from './identities';
import {
  createEmailIdentityPolicy,
  deleteEmailIdentityPolicy,
  getEmailIdentityPolicies,
  updateEmailIdentityPolicy,
} from './policies';
import { prepareRaw, sendBulkEmail, sendEmail } from './sending';
import type { V2Context } from '../context';

const op = (action: string, run: (ctx: V2Context) => Promise<unknown>): V2Operation => ({ action, run });

const ID = 'identities/{EmailIdentity}';
const SET = 'configuration-sets/{ConfigurationSetName}';

export const V2_ROUTES: readonly Route<V2Operation>[] = [
  route('POST', 'identities', op('CreateEmailIdentity', createEmailIdentity)),
  route('GET', 'identities', op('ListEmailIdentities', listEmailIdentities)),
  // @aws-sdk/client-sesv2 3.1169 lists with POST and a JSON body.
  route('POST', 'list-identities', op('ListEmailIdentities', listEmailIdentities)),
  route('GET', ID, op('GetEmailIdentity', getEmailIdentity)),
  route('DELETE', ID, op('DeleteEmailIdentity', deleteEmailIdentity)),
  route('GET', `${ID}/policies`, op('GetEmailIdentityPolicies', getEmailIdentityPolicies)),
  route('POST', `${ID}/policies/{PolicyName}`, op('CreateEmailIdentityPolicy', createEmailIdentityPolicy)),
  route('PUT', `${ID}/policies/{PolicyName}`, op('UpdateEmailIdentityPolicy', updateEmailIdentityPolicy)),
  route('DELETE', `${ID}/policies/{PolicyName}`, op('DeleteEmailIdentityPolicy', deleteEmailIdentityPolicy)),
  route(
    'PUT',
    `${ID}/feedback`,
    op('PutEmailIdentityFeedbackAttributes', putEmailIdentityFeedbackAttributes),
  ),
  route(
    'PUT',
    `${ID}/configuration-set`,
    op('PutEmailIdentityConfigurationSetAttributes', putEmailIdentityConfigurationSetAttributes),
  ),
  route('POST', 'configuration-sets', op('CreateConfigurationSet', createConfigurationSet)),
  route('GET', 'configuration-sets', op('ListConfigurationSets', listConfigurationSets)),
  route('POST', 'list-configuration-sets', op('ListConfigurationSets', listConfigurationSets)),
  route('GET', SET, op('GetConfigurationSet', getConfigurationSet)),
  route('DELETE', SET, op('DeleteConfigurationSet', deleteConfigurationSet)),
  route(
    'POST',
    `${SET}/event-destinations`,
    op('CreateConfigurationSetEventDestination', createConfigurationSetEventDestination),
  ),
  route(
    'GET',
    `${SET}/event-destinations`,
    op('GetConfigurationSetEventDestinations', getConfigurationSetEventDestinations),
  ),
  route(
    'PUT',
    `${SET}/event-destinations/{EventDestinationName}`,
    op('UpdateConfigurationSetEventDestination', updateConfigurationSetEventDestination),
  ),
  route(
    'DELETE',
    `${SET}/event-destinations/{EventDestinationName}`,
    op('DeleteConfigurationSetEventDestination', deleteConfigurationSetEventDestination),
  ),
  route('POST', 'outbound-emails', {
    action: 'SendEmail',
    prepare: prepareRaw,
    run: (ctx, prepared) => sendEmail(ctx, prepared as Awaited<ReturnType<typeof prepareRaw>>),
  } satisfies V2Operation),
  route('POST', 'outbound-bulk-emails', op('SendBulkEmail', sendBulkEmail)),
];
