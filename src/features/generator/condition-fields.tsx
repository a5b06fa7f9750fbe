/** One condition of a statement: key, operator (by the key's type), set operator, values. */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import FormField from '@cloudscape-design/components/form-field';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { Controller, useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import {
  GENERATOR_KEYS,
  keyInfo,
  operatorsForKey,
  SET_OPERATORS,
  type GeneratorForm,
} from './generator-model';

interface ConditionFieldsProps {
  control: Control<GeneratorForm>;
  setValue: UseFormSetValue<GeneratorForm>;
  statement: number;
  index: number;
  onRemove: () => void;
}

function guidance(key: string, operator: string, setOperator: string): string[] {
  const notes: string[] = [];
  if (operator.startsWith('String'))
    notes.push('Matching is case-sensitive: Marketing@ and marketing@ are different values.');
  if (operator.includes('Like'))
    notes.push(
      'StringLike takes * (any run of characters) and ? (one character), not regular expressions: write marketing+*@example.com, not marketing\\+.*@example\\.com.',
    );
  if (key === 'ses:Recipients' && setOperator === 'ForAllValues')
    notes.push(
      'ForAllValues: every recipient must match. A message with no recipients in the key would match too.',
    );
  if (key === 'ses:Recipients' && setOperator === 'ForAnyValue')
    notes.push('ForAnyValue: at least one recipient must match.');
  if (key === 'aws:CurrentTime') notes.push('Dates in ISO 8601 UTC, e.g. 2027-01-01T00:00:00Z.');
  if (key === 'aws:SourceIp')
    notes.push('SMTP and API calls from your servers; an IP or CIDR range per line.');
  return notes;
}

export function ConditionFields({ control, setValue, statement, index, onRemove }: ConditionFieldsProps) {
  const base = `statements.${statement}.conditions.${index}` as const;
  const key = useWatch({ control, name: `${base}.key` });
  const operator = useWatch({ control, name: `${base}.operator` });
  const setOperator = useWatch({ control, name: `${base}.setOperator` });
  const info = keyInfo(key);
  const operators = operatorsForKey(key);
  const label = `Condition ${index + 1} of statement ${statement + 1}`;
  return (
    <div role="group" aria-label={label}>
      <SpaceBetween size="xs">
        <ColumnLayout columns={3}>
          <Controller
            control={control}
            name={`${base}.key`}
            render={({ field }) => (
              <FormField label="Condition key" description={info?.description}>
                <Select
                  selectedOption={{ value: field.value, label: field.value }}
                  options={GENERATOR_KEYS.map((k) => ({ value: k, label: k }))}
                  onChange={({ detail }) => {
                    const next = detail.selectedOption.value ?? '';
                    field.onChange(next);
                    const allowed = operatorsForKey(next);
                    if (!allowed.some((o) => o.name === operator))
                      setValue(`${base}.operator`, allowed[0]?.name ?? '', { shouldValidate: true });
                    if (!keyInfo(next)?.multiValued) setValue(`${base}.setOperator`, '');
                    else if (!setOperator) setValue(`${base}.setOperator`, 'ForAllValues');
                  }}
                  ariaLabel={`${label}: key`}
                />
              </FormField>
            )}
          />
          <Controller
            control={control}
            name={`${base}.operator`}
            render={({ field, fieldState }) => (
              <FormField
                label="Operator"
                errorText={fieldState.error?.message}
                description={operators.find((o) => o.name === field.value)?.description}
              >
                <Select
                  selectedOption={field.value ? { value: field.value, label: field.value } : null}
                  options={operators.map((o) => ({ value: o.name, label: o.name }))}
                  onChange={({ detail }) => field.onChange(detail.selectedOption.value ?? '')}
                  ariaLabel={`${label}: operator`}
                  placeholder="Choose an operator"
                />
              </FormField>
            )}
          />
          {info?.multiValued ? (
            <Controller
              control={control}
              name={`${base}.setOperator`}
              render={({ field }) => (
                <FormField label="Set operator" description={`${key} has several values per message.`}>
                  <Select
                    selectedOption={{ value: field.value, label: field.value }}
                    options={SET_OPERATORS.map((o) => ({ value: o, label: o }))}
                    onChange={({ detail }) => field.onChange(detail.selectedOption.value ?? '')}
                    ariaLabel={`${label}: set operator`}
                  />
                </FormField>
              )}
            />
          ) : (
            <div />
          )}
        </ColumnLayout>
        <Controller
          control={control}
          name={`${base}.values`}
          render={({ field, fieldState }) => (
            <FormField
              label="Values"
              constraintText="One value per line; the condition holds when any of them matches."
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
        {guidance(key, operator, setOperator).map((note) => (
          <Box key={note} variant="small" color="text-body-secondary">
            {note}
          </Box>
        ))}
        <Button formAction="none" onClick={onRemove} ariaLabel={`Remove ${label.toLowerCase()}`}>
          Remove condition
        </Button>
      </SpaceBetween>
    </div>
  );
}
