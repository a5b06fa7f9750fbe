/** One statement of the generator: Sid, effect, principals, send actions and conditions. */
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { Controller, useFieldArray, useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import { SEND_ACTIONS } from '../../policy-engine';
import { ConditionFields } from './condition-fields';
import { emptyCondition, type GeneratorForm } from './generator-model';

interface StatementFieldsProps {
  control: Control<GeneratorForm>;
  setValue: UseFormSetValue<GeneratorForm>;
  index: number;
  canRemove: boolean;
  onRemove: () => void;
}

export function StatementFields({ control, setValue, index, canRemove, onRemove }: StatementFieldsProps) {
  const conditions = useFieldArray({ control, name: `statements.${index}.conditions` });
  const actions = useWatch({ control, name: `statements.${index}.actions` });
  const title = `Statement ${index + 1}`;
  return (
    <Container
      header={
        <Header
          variant="h3"
          actions={
            canRemove && (
              <Button formAction="none" onClick={onRemove} ariaLabel={`Remove statement ${index + 1}`}>
                Remove statement
              </Button>
            )
          }
        >
          {title}
        </Header>
      }
    >
      <SpaceBetween size="m">
        <Controller
          control={control}
          name={`statements.${index}.sid`}
          render={({ field, fieldState }) => (
            <FormField label="Statement ID (Sid), optional" errorText={fieldState.error?.message}>
              <Input
                value={field.value}
                onChange={({ detail }) => field.onChange(detail.value)}
                onBlur={field.onBlur}
                ariaLabel={`${title}: statement ID`}
              />
            </FormField>
          )}
        />
        <Controller
          control={control}
          name={`statements.${index}.effect`}
          render={({ field }) => (
            <FormField label="Effect">
              <RadioGroup
                value={field.value}
                onChange={({ detail }) => field.onChange(detail.value)}
                ariaLabel={`${title}: effect`}
                items={[
                  { value: 'Allow', label: 'Allow', description: 'Let these principals send.' },
                  {
                    value: 'Deny',
                    label: 'Deny',
                    description: 'Refuse, whatever any other statement allows.',
                  },
                ]}
              />
            </FormField>
          )}
        />
        <Controller
          control={control}
          name={`statements.${index}.principals`}
          render={({ field, fieldState }) => (
            <FormField
              label="Principals"
              description="One per line: an AWS account ID (999999999999), an IAM user or role ARN (arn:aws:iam::999999999999:user/marketer), or an AWS service (sns.amazonaws.com)."
              errorText={fieldState.error?.message}
            >
              <Textarea
                value={field.value}
                onChange={({ detail }) => field.onChange(detail.value)}
                onBlur={field.onBlur}
                rows={2}
                spellcheck={false}
              />
            </FormField>
          )}
        />
        <Controller
          control={control}
          name={`statements.${index}.actions`}
          render={({ field, fieldState }) => (
            <FormField label="Actions" errorText={fieldState.error?.message}>
              <SpaceBetween size="xxs">
                {SEND_ACTIONS.map((action) => (
                  <Checkbox
                    key={action.name}
                    checked={field.value.includes(action.name)}
                    onChange={({ detail }) =>
                      field.onChange(
                        detail.checked
                          ? [...field.value, action.name]
                          : field.value.filter((a) => a !== action.name),
                      )
                    }
                    description={action.description}
                  >
                    {action.name}
                  </Checkbox>
                ))}
              </SpaceBetween>
            </FormField>
          )}
        />
        {!actions.includes('ses:SendRawEmail') && (
          <Alert type="info">
            Delegates sending through the SES SMTP interface need ses:SendRawEmail: every SMTP message is a
            raw message.
          </Alert>
        )}
        <SpaceBetween size="s">
          <Header variant="h3" description="All conditions must hold for the statement to apply.">
            Conditions
          </Header>
          {conditions.fields.map((c, i) => (
            <ConditionFields
              key={c.id}
              control={control}
              setValue={setValue}
              statement={index}
              index={i}
              onRemove={() => conditions.remove(i)}
            />
          ))}
          <Button formAction="none" iconName="add-plus" onClick={() => conditions.append(emptyCondition())}>
            Add condition
          </Button>
        </SpaceBetween>
      </SpaceBetween>
    </Container>
  );
}
