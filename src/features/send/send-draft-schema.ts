/**
 * What stored Send email and Send raw email drafts must look like (see lib/form-drafts): the
 * forms' fields as typed text, checked or not (a draft keeps wrong input so it can be fixed).
 * Fields a draft lacks take the form's initial values.
 */
import { z } from 'zod';
import type { SendEmailValues, SendRawValues } from './send-schema';

export const SEND_EMAIL_DRAFT = 'send-email';
export const SEND_RAW_DRAFT = 'send-raw';

export const sendEmailDraftSchema: z.ZodType<Partial<SendEmailValues>> = z
  .object({
    from: z.string(),
    displayName: z.string(),
    to: z.string(),
    cc: z.string(),
    bcc: z.string(),
    returnPath: z.string(),
    sourceArn: z.string(),
    returnPathArn: z.string(),
    configurationSet: z.string(),
    subject: z.string(),
    body: z.string(),
  })
  .partial();

export const sendRawDraftSchema: z.ZodType<Partial<SendRawValues>> = z
  .object({
    raw: z.string(),
    source: z.string(),
    destinations: z.string(),
    sourceArn: z.string(),
    fromArn: z.string(),
    returnPathArn: z.string(),
    configurationSet: z.string(),
  })
  .partial();
