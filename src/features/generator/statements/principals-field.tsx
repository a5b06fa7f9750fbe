/** Who a statement applies to: accounts, IAM users or roles, and services, one per line. */
import FormField from '@cloudscape-design/components/form-field';
import Textarea from '@cloudscape-design/components/textarea';
import { Controller, useFormContext } from 'react-hook-form';
import type { GeneratorForm } from '../form/generator-schema';
import { useRecheck } from '../form/use-recheck';

export function PrincipalsField({ statement }: { statement: number }) {
  const { control } = useFormContext<GeneratorForm>();
  const recheck = useRecheck();
  return (
    <Controller
      control={control}
      name={`statements.${statement}.principals`}
      render={({ field, fieldState }) => (
        <FormField
          label="Principals"
          description="One per line: an AWS account ID (999999999999), an IAM user or role ARN (arn:aws:iam::999999999999:user/marketer), or an AWS service (sns.amazonaws.com)."
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
            placeholder="999999999999"
          />
        </FormField>
      )}
    />
  );
}
