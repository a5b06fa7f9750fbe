/**
 * One notification type in the delegate's form: the topic (none, one of the account's SNS topics,
 * or another topic's ARN, typed and checked) and whether notifications include the original
 * headers, offered only while the type has a topic.
 */
import type { NotificationType } from '@aws-sdk/client-ses';
import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { Controller, useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import { OTHER_TOPIC, topicOf, type DelegateNotificationValues } from './delegate-notification-plan';

const DESCRIPTIONS: Record<NotificationType, string> = {
  Bounce: 'Your messages that could not be delivered.',
  Complaint: 'Your messages that recipients marked as spam.',
  Delivery: 'Your messages the recipient’s mail server accepted.',
};

interface Props {
  type: NotificationType;
  control: Control<DelegateNotificationValues>;
  setValue: UseFormSetValue<DelegateNotificationValues>;
  accountTopics: string[];
}

export function DelegateTopicField({ type, control, setValue, accountTopics }: Props) {
  const value = useWatch({ control, name: type });
  const options: SelectProps.Option[] = [
    { value: '', label: 'No topic', description: `No ${type} notifications for you` },
    ...accountTopics.map((arn) => ({ value: arn, label: arn.split(':').pop() ?? arn, description: arn })),
    {
      value: OTHER_TOPIC,
      label: 'Another topic (enter its ARN)',
      description: 'A topic your account does not own',
    },
  ];
  const hasTopic = Boolean(topicOf(value));
  return (
    <SpaceBetween size="xs">
      <Controller
        control={control}
        name={`${type}.choice`}
        render={({ field }) => (
          <FormField label={`${type} topic`} description={DESCRIPTIONS[type]}>
            <Select
              selectedOption={options.find((o) => o.value === field.value) ?? null}
              options={options}
              onChange={({ detail }) => {
                field.onChange(detail.selectedOption.value ?? '');
                if (!detail.selectedOption.value) setValue(`${type}.headers`, false);
              }}
              onBlur={field.onBlur}
            />
          </FormField>
        )}
      />
      {value.choice === OTHER_TOPIC && (
        <Controller
          control={control}
          name={`${type}.other`}
          render={({ field, fieldState }) => (
            <FormField
              label={`${type} topic ARN`}
              errorText={fieldState.error?.message}
              constraintText="The topic’s owner must let SES publish to it."
            >
              <Input
                value={field.value}
                onChange={({ detail }) => field.onChange(detail.value)}
                onBlur={field.onBlur}
                placeholder="arn:aws:sns:us-east-1:123456789012:my-topic"
                spellcheck={false}
              />
            </FormField>
          )}
        />
      )}
      <Controller
        control={control}
        name={`${type}.headers`}
        render={({ field }) => (
          <Checkbox
            checked={field.value && hasTopic}
            disabled={!hasTopic}
            onChange={({ detail }) => field.onChange(detail.checked)}
            description={hasTopic ? undefined : `Choose a ${type} topic first.`}
          >
            Include original headers in {type} notifications
          </Checkbox>
        )}
      />
    </SpaceBetween>
  );
}
