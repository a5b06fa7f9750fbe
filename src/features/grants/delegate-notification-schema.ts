/**
 * The delegate's notification form as react-hook-form validates it: one topic choice per type,
 * with a typed topic ARN's problem put on that type's ARN field.
 */
import { z } from 'zod';
import { NOTIFICATION_TYPES } from '../../lib/ses/notification-settings';
import { typedTopicProblem } from '../../lib/ui/topic-choice';

const choiceSchema = z.object({ choice: z.string(), other: z.string(), headers: z.boolean() });

export const delegateNotificationSchema = z
  .object({ Bounce: choiceSchema, Complaint: choiceSchema, Delivery: choiceSchema })
  .superRefine((choices, ctx) => {
    for (const type of NOTIFICATION_TYPES) {
      const problem = typedTopicProblem(choices[type]);
      if (problem) ctx.addIssue({ code: 'custom', path: [type, 'other'], message: problem });
    }
  });
