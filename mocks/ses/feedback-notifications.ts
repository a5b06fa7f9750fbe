/**
 * The mailbox simulator and SES's notification JSON. success@ is delivered, bounce@ and
 * suppressionlist@ bounce, complaint@ is delivered then complained about, ooto@ is delivered
 * (the auto-reply goes to the sender, not to a topic); any other address is taken as delivered.
 */
import type { Principal } from './directory';
import type { IdentityState, NotificationType } from './model';
import type { RequestInfo } from './context';
import type { SendInput } from './operations/sending';
import { arnOf } from './context';

const SIMULATOR = '@simulator.amazonses.com';

/** Which notification types a send produces, and for which recipients. */
export function simulatorOutcome(recipients: string[]): [NotificationType, string[]][] {
  const delivered: string[] = [];
  const bounced: string[] = [];
  const complained: string[] = [];
  for (const r of recipients) {
    const address = r.toLowerCase();
    const local = address.endsWith(SIMULATOR) ? address.slice(0, -SIMULATOR.length).split('+')[0] : undefined;
    if (local === 'bounce' || local === 'suppressionlist') bounced.push(r);
    else {
      delivered.push(r);
      if (local === 'complaint') complained.push(r);
    }
  }
  const out: [NotificationType, string[]][] = [];
  if (delivered.length) out.push(['Delivery', delivered]);
  if (bounced.length) out.push(['Bounce', bounced]);
  if (complained.length) out.push(['Complaint', complained]);
  return out;
}

interface NotificationInput {
  type: NotificationType;
  id: string;
  input: SendInput;
  identity: IdentityState;
  caller: Principal;
  info: RequestInfo;
  recipients: string[];
  headers: boolean;
}

export function notificationJson({
  type,
  id,
  input,
  identity,
  caller,
  info,
  recipients,
  headers,
}: NotificationInput): object {
  const timestamp = info.time.toISOString();
  const mail = {
    timestamp,
    messageId: id,
    source: input.source,
    sourceArn: arnOf(identity),
    sourceIp: info.sourceIp,
    callerIdentity: caller.arn.split(/[:/]/).pop(),
    sendingAccountId: caller.account,
    destination: [...input.to, ...input.cc, ...input.bcc],
    ...(headers
      ? {
          headersTruncated: false,
          headers: [
            { name: 'From', value: input.from ?? input.source },
            { name: 'To', value: input.to.join(', ') },
            ...(input.subject ? [{ name: 'Subject', value: input.subject }] : []),
          ],
          commonHeaders: { from: [input.from ?? input.source], to: input.to, subject: input.subject },
        }
      : {}),
  };
  if (type === 'Delivery') {
    return {
      notificationType: 'Delivery',
      mail,
      delivery: {
        timestamp,
        processingTimeMillis: 420,
        recipients,
        smtpResponse: '250 2.6.0 Message received',
        reportingMTA: 'a8-70.smtp-out.amazonses.com',
      },
    };
  }
  if (type === 'Bounce') {
    return {
      notificationType: 'Bounce',
      mail,
      bounce: {
        bounceType: 'Permanent',
        bounceSubType: recipients.some((r) => r.toLowerCase().startsWith('suppressionlist@'))
          ? 'OnAccountSuppressionList'
          : 'General',
        bouncedRecipients: recipients.map((emailAddress) => ({
          emailAddress,
          action: 'failed',
          status: '5.1.1',
          diagnosticCode: 'smtp; 550 5.1.1 user unknown',
        })),
        timestamp,
        feedbackId: `${id}-bounce`,
        reportingMTA: 'dsn; a8-70.smtp-out.amazonses.com',
      },
    };
  }
  return {
    notificationType: 'Complaint',
    mail,
    complaint: {
      complainedRecipients: recipients.map((emailAddress) => ({ emailAddress })),
      timestamp,
      feedbackId: `${id}-complaint`,
      complaintFeedbackType: 'abuse',
      userAgent: 'Amazon SES Mailbox Simulator',
    },
  };
}
