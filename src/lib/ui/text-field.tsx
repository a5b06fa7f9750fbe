/**
 * A react-hook-form text input or text area inside a labelled Cloudscape form field: the
 * field's error is shown under it and marks the control invalid (aria-invalid).
 */
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
  constraint?: ReactNode;
  placeholder?: string;
  /** A text area of this many rows; an input when left out. */
  rows?: number;
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
      render={({ field, fieldState }) => {
        const common = {
          value: typeof field.value === 'string' ? field.value : '',
          onChange: ({ detail }: { detail: { value: string } }) => field.onChange(detail.value),
          onBlur: field.onBlur,
          spellcheck: false,
          placeholder,
          invalid: !!fieldState.error,
        };
        return (
          <FormField
            label={label}
            description={description}
            constraintText={constraint}
            errorText={fieldState.error?.message}
            stretch
          >
            {/* The ref lets react-hook-form focus the first invalid field when a submit fails. */}
            {rows ? (
              <Textarea {...common} ref={field.ref} rows={rows} />
            ) : (
              <Input {...common} ref={field.ref} />
            )}
          </FormField>
        );
      }}
    />
  );
}
