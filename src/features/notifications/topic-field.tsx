/**
 * One notification type's topic: none, one of the account's SNS topics, or the ARN of a topic the
 * account does not own (typed, and checked as typed); and whether notifications include the
 * original headers, offered only when the type has a topic.
 */
import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { NotificationType } from '@aws-sdk/client-ses';
import { useState } from 'react';
import { topicArnProblem } from './notification-plan';

const NONE = '';
const OTHER = '__other__';

interface TopicFieldProps {
  type: NotificationType;
  topic: string;
  headers: boolean;
  accountTopics: string[];
  onChange: (value: { topic: string; headers: boolean }) => void;
  /** Show errors for fields not yet touched (after a save attempt). */
  showErrors: boolean;
}

const DESCRIPTIONS: Record<NotificationType, string> = {
  Bounce: 'Messages that could not be delivered.',
  Complaint: 'Messages recipients marked as spam.',
  Delivery: 'Messages the recipient’s mail server accepted.',
};

export function TopicField({ type, topic, headers, accountTopics, onChange, showErrors }: TopicFieldProps) {
  const [otherChosen, setOtherChosen] = useState(Boolean(topic) && !accountTopics.includes(topic));
  const [touched, setTouched] = useState(false);
  const options: SelectProps.Option[] = [
    { value: NONE, label: 'No topic', description: 'No SNS notifications for this type' },
    ...accountTopics.map((arn) => ({ value: arn, label: arn.split(':').pop() ?? arn, description: arn })),
    {
      value: OTHER,
      label: 'A topic you do not own…',
      description: 'Enter the ARN of another account’s topic',
    },
  ];
  const selectedValue = otherChosen ? OTHER : topic;
  const selected = options.find((o) => o.value === selectedValue) ?? options[0] ?? null;
  const problem = otherChosen ? topicArnProblem(topic) : undefined;
  return (
    <SpaceBetween size="xs">
      <FormField label={`${type} notifications`} description={DESCRIPTIONS[type]}>
        <Select
          selectedOption={selected}
          options={options}
          onChange={({ detail }) => {
            const value = detail.selectedOption.value ?? NONE;
            if (value === OTHER) {
              setOtherChosen(true);
              onChange({ topic: accountTopics.includes(topic) ? '' : topic, headers });
            } else {
              setOtherChosen(false);
              onChange({ topic: value, headers: value ? headers : false });
            }
          }}
          ariaLabel={`SNS topic for ${type} notifications`}
        />
      </FormField>
      {otherChosen && (
        <FormField
          label={`${type} topic ARN`}
          errorText={touched || showErrors ? problem : undefined}
          constraintText="The topic’s owner must allow SES to publish to it."
        >
          <Input
            value={topic}
            onChange={({ detail }) => onChange({ topic: detail.value, headers })}
            onBlur={() => setTouched(true)}
            placeholder="arn:aws:sns:us-east-1:123456789012:my-topic"
            spellcheck={false}
          />
        </FormField>
      )}
      <Checkbox
        checked={headers && Boolean(topic)}
        disabled={!topic}
        onChange={({ detail }) => onChange({ topic, headers: detail.checked })}
        description={topic ? undefined : `Choose a ${type} topic first.`}
      >
        Include original headers in {type} notifications
      </Checkbox>
    </SpaceBetween>
  );
}

export function topicFieldError(topic: string, accountTopics: string[]): string | undefined {
  return topic && !accountTopics.includes(topic) ? topicArnProblem(topic) : undefined;
}
