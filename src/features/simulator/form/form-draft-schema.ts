/**
 * What a stored simulator draft must look like (see lib/form-drafts): the form's fields as text,
 * the choices among their allowed values, and at most as many policies as anyone types. Fields a
 * draft lacks (one from an older console) take their defaults.
 */
import { z } from 'zod';
import { SEND_METHODS, type SendMethodId } from './send-methods';
import type { SimulatorFormValues } from './form-values';

export const SIMULATOR_DRAFT = 'simulator';

/** Far above SES's 20 policies per identity, so no typed scenario is refused. */
const MAX_POLICIES = 100;

const policies = z.array(z.object({ name: z.string(), document: z.string() })).max(MAX_POLICIES);
const methodId = z
  .string()
  .refine((id): id is SendMethodId => SEND_METHODS.some((m) => m.id === id), 'Not a send method.');

export const simulatorDraftSchema: z.ZodType<Partial<SimulatorFormValues>> = z
  .object({
    identityArn: z.string(),
    policySource: z.enum(['saved', 'scenario']),
    policies,
    caller: z.string(),
    modelCallerPolicies: z.boolean(),
    callerPolicies: policies,
    method: methodId,
    messageMode: z.enum(['fields', 'raw']),
    from: z.string(),
    fromDisplayName: z.string(),
    to: z.string(),
    cc: z.string(),
    bcc: z.string(),
    returnPath: z.string(),
    sourceArn: z.string(),
    fromArn: z.string(),
    returnPathArn: z.string(),
    raw: z.string(),
    rawSource: z.string(),
    rawDestinations: z.string(),
    sourceIp: z.string(),
    time: z.string(),
    secureTransport: z.boolean(),
    userAgent: z.string(),
  })
  .partial();
