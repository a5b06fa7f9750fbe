/** The caller, and optionally its IAM policies (prefilled from a directory principal's). */
import Autosuggest from '@cloudscape-design/components/autosuggest';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { Controller, useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import { PolicyListField } from './policy-list-field';
import type { SimulatorFormValues } from './form-values';
import type { SimulatorPolicy } from '../scenario';

export interface CallerChoice {
  arn: string;
  label: string;
  iamPolicies: SimulatorPolicy[];
}

export function CallerSection({
  control,
  setValue,
  principals,
  realConnection = false,
}: {
  control: Control<SimulatorFormValues>;
  setValue: UseFormSetValue<SimulatorFormValues>;
  principals: CallerChoice[];
  /** A real SES connection: the one principal offered is the connection's own, whose IAM policies are not read. */
  realConnection?: boolean;
}) {
  const modelled = useWatch({ control, name: 'modelCallerPolicies' });
  const choose = (arn: string) => {
    const principal = principals.find((p) => p.arn === arn);
    if (!principal) return;
    setValue('modelCallerPolicies', principal.iamPolicies.length > 0);
    setValue(
      'callerPolicies',
      principal.iamPolicies.map((p) => ({ ...p })),
    );
  };
  return (
    <Container
      header={
        <Header variant="h2" description="Who sends: the principal SES authorizes.">
          Caller
        </Header>
      }
    >
      <SpaceBetween size="m">
        <Controller
          control={control}
          name="caller"
          render={({ field, fieldState }) => (
            <FormField
              label="Caller"
              description={
                realConnection
                  ? 'An account ID, an IAM user or role ARN, an assumed-role session ARN or a service principal; the one offered is the connection’s own.'
                  : 'An account ID, an IAM user or role ARN, an assumed-role session ARN, a service principal, or one of the emulator’s principals.'
              }
              errorText={fieldState.error?.message}
              stretch
            >
              <Autosuggest
                ref={field.ref}
                value={field.value}
                onChange={({ detail }) => field.onChange(detail.value)}
                onSelect={({ detail }) => choose(detail.value)}
                onBlur={field.onBlur}
                options={principals.map((p) => ({ value: p.arn, label: p.arn, description: p.label }))}
                enteredTextLabel={(value) => `Use: ${value}`}
                placeholder="Account ID, or arn:aws:iam::<account>:user/<name>"
                empty={realConnection ? 'No principal offered.' : 'No directory principals.'}
                invalid={!!fieldState.error}
              />
            </FormField>
          )}
        />
        <Controller
          control={control}
          name="modelCallerPolicies"
          render={({ field }) => (
            <Checkbox
              checked={field.value}
              onChange={({ detail }) => field.onChange(detail.checked)}
              description={
                realConnection
                  ? 'IAM is not read here: paste the caller’s IAM policies to evaluate them. Left unchecked, the caller’s own account is taken to allow it (as for an account root).'
                  : 'Left unchecked, the caller’s own account is taken to allow it (as for an account root).'
              }
            >
              Evaluate the caller’s IAM policies
            </Checkbox>
          )}
        />
        {modelled && <PolicyListField control={control} name="callerPolicies" what="IAM policy" />}
      </SpaceBetween>
    </Container>
  );
}
