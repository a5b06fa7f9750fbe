/** One condition of a statement: key, operator (by the key's type), set operator, values, guidance. */
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import FormField from '@cloudscape-design/components/form-field';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import {
  defaultOperatorFor,
  GENERATOR_KEYS,
  keyInfo,
  operatorInfo,
  operatorsForKey,
  SET_OPERATORS,
  takesSetOperator,
} from './condition-catalog';
import { conditionGuidance } from './condition-guidance';
import { valueHint } from './condition-values';
import type { GeneratorForm } from '../form/generator-schema';
import { GuidanceList } from './guidance-list';
import { useRecheck } from '../form/use-recheck';

const KEY_OPTIONS = GENERATOR_KEYS.map((k) => ({ value: k.name, label: k.name, description: k.type }));

interface ConditionRowProps {
  statement: number;
  index: number;
  onRemove: () => void;
  onAddNullGuard: (key: string) => void;
}

export function ConditionRow({ statement, index, onRemove, onAddNullGuard }: ConditionRowProps) {
  const { control, setValue, getValues, trigger } = useFormContext<GeneratorForm>();
  const recheck = useRecheck();
  const base = `statements.${statement}.conditions.${index}` as const;
  const condition = useWatch({ control, name: base });
  const statementValues = useWatch({ control, name: `statements.${statement}` });
  const info = keyInfo(condition.key);
  const operators = operatorsForKey(condition.key);
  const operator = operatorInfo(condition.operator);
  const label = `Statement ${statement + 1}, condition ${index + 1}`;

  /** After the key or operator changes, keep the other parts consistent and re-check the values. */
  const settle = (key: string, operator: string) => {
    if (!operatorsForKey(key).some((o) => o.name === operator)) {
      operator = defaultOperatorFor(key);
      setValue(`${base}.operator`, operator);
    }
    const setOperator = getValues(`${base}.setOperator`);
    if (!takesSetOperator(key, operator)) setValue(`${base}.setOperator`, '');
    else if (!setOperator) setValue(`${base}.setOperator`, 'ForAllValues');
    if (getValues(`${base}.values`).trim()) void trigger(base);
  };

  return (
    <div role="group" aria-label={label}>
      <SpaceBetween size="xs">
        <ColumnLayout columns={3}>
          <Controller
            control={control}
            name={`${base}.key`}
            render={({ field, fieldState }) => (
              <FormField
                label="Condition key"
                description={info?.description}
                errorText={fieldState.error?.message}
              >
                <Select
                  ref={field.ref}
                  selectedOption={KEY_OPTIONS.find((o) => o.value === field.value) ?? null}
                  options={KEY_OPTIONS}
                  onChange={({ detail }) => {
                    const key = detail.selectedOption.value ?? '';
                    field.onChange(key);
                    recheck(field.name);
                    settle(key, getValues(`${base}.operator`));
                  }}
                  placeholder="Choose a key"
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
                description={operators.find((o) => o.name === field.value)?.description}
                errorText={fieldState.error?.message}
              >
                <Select
                  ref={field.ref}
                  selectedOption={field.value ? { value: field.value, label: field.value } : null}
                  options={operators.map((o) => ({ value: o.name, label: o.name }))}
                  onChange={({ detail }) => {
                    const operator = detail.selectedOption.value ?? '';
                    field.onChange(operator);
                    recheck(field.name);
                    settle(getValues(`${base}.key`), operator);
                  }}
                  placeholder="Choose an operator"
                />
              </FormField>
            )}
          />
          {takesSetOperator(condition.key, condition.operator) ? (
            <Controller
              control={control}
              name={`${base}.setOperator`}
              render={({ field, fieldState }) => (
                <FormField
                  label="Set operator"
                  description={`${condition.key} holds several values per message.`}
                  errorText={fieldState.error?.message}
                >
                  <Select
                    ref={field.ref}
                    selectedOption={SET_OPERATORS.find((o) => o.value === field.value) ?? null}
                    options={SET_OPERATORS.map((o) => ({ ...o }))}
                    onChange={({ detail }) => {
                      field.onChange(
                        detail.selectedOption.value === 'ForAnyValue' ? 'ForAnyValue' : 'ForAllValues',
                      );
                      recheck(field.name);
                    }}
                    placeholder="Choose a set operator"
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
              constraintText={valueHint(operator?.family, operator?.negated)}
              errorText={fieldState.error?.message}
            >
              <Textarea
                ref={field.ref}
                value={field.value}
                onChange={({ detail }) => {
                  field.onChange(detail.value);
                  recheck(field.name);
                }}
                onBlur={field.onBlur}
                rows={2}
                spellcheck={false}
              />
            </FormField>
          )}
        />
        <GuidanceList
          notes={conditionGuidance(condition, statementValues)}
          onAddNullGuard={() => onAddNullGuard(condition.key)}
        />
        <Button formAction="none" onClick={onRemove} ariaLabel={`Remove ${label.toLowerCase()}`}>
          Remove condition
        </Button>
      </SpaceBetween>
    </div>
  );
}
