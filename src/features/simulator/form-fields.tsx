/** The simulator form's field components: labelled Cloudscape inputs bound to react-hook-form. */
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import type { ReactNode } from 'react';
import { Controller, useFieldArray, type Control } from 'react-hook-form';
import { EMPTY_POLICY, type SimulatorFormValues } from './form-values';

type TextName = {
  [K in keyof SimulatorFormValues]: SimulatorFormValues[K] extends string ? K : never;
}[keyof SimulatorFormValues];

interface TextFieldProps {
  control: Control<SimulatorFormValues>;
  name:
    | TextName
    | `policies.${number}.${'name' | 'document'}`
    | `callerPolicies.${number}.${'name' | 'document'}`;
  label: string;
  description?: ReactNode;
  constraint?: ReactNode;
  placeholder?: string;
  rows?: number;
}

export function TextField({
  control,
  name,
  label,
  description,
  constraint,
  placeholder,
  rows,
}: TextFieldProps) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormField
          label={label}
          description={description}
          constraintText={constraint}
          errorText={fieldState.error?.message}
          stretch
        >
          {rows ? (
            <Textarea
              value={field.value}
              onChange={({ detail }) => field.onChange(detail.value)}
              onBlur={field.onBlur}
              rows={rows}
              spellcheck={false}
              placeholder={placeholder}
              invalid={!!fieldState.error}
            />
          ) : (
            <Input
              value={field.value}
              onChange={({ detail }) => field.onChange(detail.value)}
              onBlur={field.onBlur}
              spellcheck={false}
              placeholder={placeholder}
              invalid={!!fieldState.error}
            />
          )}
        </FormField>
      )}
    />
  );
}

/** Policies pasted as text: a name and a JSON document each, added and removed freely. */
export function PolicyListField({
  control,
  name,
  what,
}: {
  control: Control<SimulatorFormValues>;
  name: 'policies' | 'callerPolicies';
  what: string;
}) {
  const { fields, append, remove } = useFieldArray({ control, name });
  return (
    <SpaceBetween size="m">
      {fields.map((field, i) => (
        <SpaceBetween size="xs" key={field.id}>
          <TextField control={control} name={`${name}.${i}.name`} label={`${what} ${i + 1}: name`} />
          <TextField
            control={control}
            name={`${name}.${i}.document`}
            label={`${what} ${i + 1}: JSON document`}
            rows={10}
          />
          <Button onClick={() => remove(i)} ariaLabel={`Remove ${what.toLowerCase()} ${i + 1}`}>
            Remove
          </Button>
        </SpaceBetween>
      ))}
      <Button
        iconName="add-plus"
        onClick={() =>
          append({
            ...EMPTY_POLICY,
            name: `${name === 'policies' ? 'Policy' : 'IamPolicy'}${fields.length + 1}`,
          })
        }
      >
        Add {what.toLowerCase()}
      </Button>
    </SpaceBetween>
  );
}
