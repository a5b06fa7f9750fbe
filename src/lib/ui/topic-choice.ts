/**
 * What a topic field holds for one notification type: the choice (no topic, one of the account's
 * SNS topics, or "another topic"), the ARN typed for another topic, and the header flag. A topic
 * of the account's is chosen from a list; any other is typed, and only a typed one is checked.
 */
import type { NotificationType } from '@aws-sdk/client-ses';
import { NOTIFICATION_TYPES, type TopicSettings } from '../ses/notification-settings';
import { topicArnProblem } from '../ses/sns-topic-arn';

/** The choice that means "a topic the account does not own, typed as an ARN". */
export const OTHER_TOPIC = '__other__';

export interface TopicChoice {
  /** '' for no topic, an account topic's ARN, or OTHER_TOPIC. */
  choice: string;
  /** The ARN typed while OTHER_TOPIC is chosen. */
  other: string;
  headers: boolean;
}

export type TopicChoices = Record<NotificationType, TopicChoice>;

/** The choices that show what SES holds. */
export function topicChoices(saved: TopicSettings, accountTopics: readonly string[]): TopicChoices {
  const one = (type: NotificationType): TopicChoice => {
    const topic = saved.topics[type];
    const own = !topic || accountTopics.includes(topic);
    return { choice: own ? topic : OTHER_TOPIC, other: own ? '' : topic, headers: saved.headers[type] };
  };
  return { Bounce: one('Bounce'), Complaint: one('Complaint'), Delivery: one('Delivery') };
}

/** The topic ARN a choice stands for ('' for none). */
export function topicOf(value: TopicChoice): string {
  return value.choice === OTHER_TOPIC ? value.other.trim() : value.choice;
}

/** What the choices ask SES for; a type without a topic includes no headers. */
export function settingsFromChoices(choices: TopicChoices): TopicSettings {
  const topics = { Bounce: '', Complaint: '', Delivery: '' };
  const headers = { Bounce: false, Complaint: false, Delivery: false };
  for (const type of NOTIFICATION_TYPES) {
    topics[type] = topicOf(choices[type]);
    headers[type] = Boolean(topics[type]) && choices[type].headers;
  }
  return { topics, headers };
}

/** Why a typed ARN cannot be saved; undefined for a topic chosen from the list or none. */
export function typedTopicProblem(value: TopicChoice): string | undefined {
  return value.choice === OTHER_TOPIC ? topicArnProblem(value.other) : undefined;
}
