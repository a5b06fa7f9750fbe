/** A react-hook-form text input or text area inside a labelled Cloudscape form field. */
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Textarea from '@cloudscape-design/components/textarea';
import type { ReactNode } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

interface TextFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  description?: ReactNode;
  constraint?: string;
  placeholder?: string;
  rows?: number;
  monospace?: boolean;
}

export function TextField<T extends FieldValues>({
  control,
  name,
  label,
  description,
  constraint,
  placeholder,
  rows,
}: TextFieldProps<T>) {
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
              value={field.value as string}
              onChange={({ detail }) => field.onChange(detail.value)}
              onBlur={field.onBlur}
              rows={rows}
              spellcheck={false}
              placeholder={placeholder}
            />
          ) : (
            <Input
              value={field.value as string}
              onChange={({ detail }) => field.onChange(detail.value)}
              onBlur={field.onBlur}
              spellcheck={false}
              placeholder={placeholder}
            />
          )}
        </FormField>
      )}
    />
  );
}
