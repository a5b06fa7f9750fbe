/**
 * The test-send forms' rules: addresses, address lists and identity ARNs, each refused with a
 * message that says what is wrong.
 */
import { z } from 'zod';
import { identityNameProblem, parseIdentityArn } from '../../policy-engine';
import { configurationSetNameProblem } from '../../lib/ses/configuration-set-name';

export const MAILBOX_SIMULATOR = [
  { address: 'success@simulator.amazonses.com', description: 'Delivered: a Delivery notification follows' },
  { address: 'bounce@simulator.amazonses.com', description: 'Hard bounce: a Bounce notification follows' },
  { address: 'complaint@simulator.amazonses.com', description: 'Delivered, then a complaint' },
  {
    address: 'suppressionlist@simulator.amazonses.com',
    description: 'Bounces as if on the suppression list',
  },
] as const;

/** Addresses in a comma- or newline-separated field. */
export function addressList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((a) => a.trim())
    .filter(Boolean);
}

export function addressProblem(address: string): string | undefined {
  if (!address.includes('@')) return `"${address}" is not an email address: it has no @.`;
  const problem = identityNameProblem(address);
  return problem ? `${problem.charAt(0).toUpperCase()}${problem.slice(1)}.` : undefined;
}

function arnField(ctx: z.RefinementCtx, path: string, value: string) {
  if (!value.trim()) return;
  const parsed = parseIdentityArn(value.trim());
  if (!parsed.ok) ctx.addIssue({ code: 'custom', path: [path], message: parsed.error });
}

function listField(ctx: z.RefinementCtx, path: string, value: string) {
  for (const address of addressList(value)) {
    const problem = addressProblem(address);
    if (problem) return ctx.addIssue({ code: 'custom', path: [path], message: problem });
  }
  return undefined;
}

/** A configuration set is optional; named, it must be a name SES could have given one. */
function configurationSetField(ctx: z.RefinementCtx, value: string) {
  const name = value.trim();
  const problem = name ? configurationSetNameProblem(name, []) : undefined;
  if (problem) ctx.addIssue({ code: 'custom', path: ['configurationSet'], message: problem });
}

export const sendEmailSchema = z
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
  .superRefine((v, ctx) => {
    if (!v.from.trim()) ctx.addIssue({ code: 'custom', path: ['from'], message: 'Enter the From address.' });
    else {
      const problem = addressProblem(v.from.trim());
      if (problem) ctx.addIssue({ code: 'custom', path: ['from'], message: problem });
    }
    if (/["<>\r\n]/.test(v.displayName))
      ctx.addIssue({
        code: 'custom',
        path: ['displayName'],
        message: 'A display name cannot contain quotes, angle brackets or line breaks.',
      });
    for (const field of ['to', 'cc', 'bcc'] as const) listField(ctx, field, v[field]);
    if (addressList(v.to).length + addressList(v.cc).length + addressList(v.bcc).length === 0)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Add at least one recipient (To, Cc or Bcc).' });
    if (v.returnPath.trim()) {
      const problem = addressProblem(v.returnPath.trim());
      if (problem) ctx.addIssue({ code: 'custom', path: ['returnPath'], message: problem });
    }
    arnField(ctx, 'sourceArn', v.sourceArn);
    arnField(ctx, 'returnPathArn', v.returnPathArn);
    configurationSetField(ctx, v.configurationSet);
    if (!v.subject.trim()) ctx.addIssue({ code: 'custom', path: ['subject'], message: 'Enter a subject.' });
  });

export type SendEmailValues = z.infer<typeof sendEmailSchema>;

export const sendRawSchema = z
  .object({
    raw: z.string(),
    source: z.string(),
    destinations: z.string(),
    sourceArn: z.string(),
    fromArn: z.string(),
    returnPathArn: z.string(),
    configurationSet: z.string(),
  })
  .superRefine((v, ctx) => {
    if (!v.raw.trim())
      ctx.addIssue({ code: 'custom', path: ['raw'], message: 'Paste or write the raw MIME message.' });
    if (v.source.trim()) {
      const problem = addressProblem(v.source.trim());
      if (problem) ctx.addIssue({ code: 'custom', path: ['source'], message: problem });
    }
    listField(ctx, 'destinations', v.destinations);
    arnField(ctx, 'sourceArn', v.sourceArn);
    arnField(ctx, 'fromArn', v.fromArn);
    arnField(ctx, 'returnPathArn', v.returnPathArn);
    configurationSetField(ctx, v.configurationSet);
  });

export type SendRawValues = z.infer<typeof sendRawSchema>;

/** The Source parameter: the From address, with the display name when there is one. */
export function sourceWithName(from: string, displayName: string): string {
  return displayName.trim() ? `"${displayName.trim()}" <${from.trim()}>` : from.trim();
}

export function rawTemplate(from: string, to: string, sourceArn?: string): string {
  return [
    ...(sourceArn ? [`X-SES-SOURCE-ARN: ${sourceArn}`, `X-SES-FROM-ARN: ${sourceArn}`] : []),
    `From: "Marketing" <${from}>`,
    `To: ${to}`,
    'Subject: Test message with sending authorization',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    'Hello from the SES console.',
    '',
  ].join('\r\n');
}
