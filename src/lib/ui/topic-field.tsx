/**
 * One notification type's topic, for the owner's and the delegate's forms alike: none, one of the
 * account's SNS topics, or the ARN of a topic the account does not own (typed, and checked by the
 * form); and whether notifications include the original headers, offered only while the type has
 * a topic. Controlled: the form holds the value and decides when an ARN's problem is shown.
 */
import type { NotificationType } from '@aws-sdk/client-ses';
import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { OTHER_TOPIC, topicOf, type TopicChoice } from './topic-choice';

const DESCRIPTIONS: Record<NotificationType, string> = {
  Bounce: 'Messages that could not be delivered.',
  Complaint: 'Messages recipients marked as spam.',
  Delivery: 'Messages the recipient’s mail server accepted.',
};

interface TopicFieldProps {
  type: NotificationType;
  value: TopicChoice;
  accountTopics: readonly string[];
  onChange: (value: TopicChoice) => void;
  /** The typed ARN lost focus. */
  onBlur?: () => void;
  /** The typed ARN's problem, when the form shows it. */
  arnError?: string;
}

export function TopicField({ type, value, accountTopics, onChange, onBlur, arnError }: TopicFieldProps) {
  const options: SelectProps.Option[] = [
    { value: '', label: 'No topic', description: `No ${type} notifications` },
    ...accountTopics.map((arn) => ({ value: arn, label: arn.split(':').pop() ?? arn, description: arn })),
    {
      value: OTHER_TOPIC,
      label: 'Another topic (enter its ARN)',
      description: 'A topic you do not own, such as another account’s',
    },
  ];
  const hasTopic = Boolean(topicOf(value));
  return (
    <SpaceBetween size="xs">
      <FormField label={`${type} topic`} description={DESCRIPTIONS[type]}>
        <Select
          selectedOption={options.find((o) => o.value === value.choice) ?? null}
          options={options}
          onChange={({ detail }) => {
            const choice = detail.selectedOption.value ?? '';
            // No topic means no headers: SES clears the flag with the topic.
            onChange({ ...value, choice, headers: choice ? value.headers : false });
          }}
          ariaLabel={`SNS topic for ${type} notifications`}
        />
      </FormField>
      {value.choice === OTHER_TOPIC && (
        <FormField
          label={`${type} topic ARN`}
          errorText={arnError}
          constraintText="The topic’s owner must allow SES to publish to it."
        >
          <Input
            value={value.other}
            onChange={({ detail }) => onChange({ ...value, other: detail.value })}
            onBlur={onBlur}
            placeholder="arn:aws:sns:us-east-1:123456789012:my-topic"
            spellcheck={false}
          />
        </FormField>
      )}
      <Checkbox
        checked={value.headers && hasTopic}
        disabled={!hasTopic}
        onChange={({ detail }) => onChange({ ...value, headers: detail.checked })}
        description={hasTopic ? undefined : `Choose a ${type} topic first.`}
      >
        Include original headers in {type} notifications
      </Checkbox>
    </SpaceBetween>
  );
}
