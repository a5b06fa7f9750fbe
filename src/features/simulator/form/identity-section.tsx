/** Which identity, and which of its policies: the saved ones, or ones given in the scenario. */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Autosuggest from '@cloudscape-design/components/autosuggest';
import { useMemo } from 'react';
import { Controller, useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import type { ListedIdentity } from './use-known-identities';
import { PolicyListField } from './policy-list-field';
import type { SimulatorFormValues } from './form-values';
import type { SimulatorPolicy } from '../scenario';

export function IdentitySection({
  control,
  setValue,
  identities,
  loading,
  savedPolicies,
  onChosen,
}: {
  control: Control<SimulatorFormValues>;
  setValue: UseFormSetValue<SimulatorFormValues>;
  identities: ListedIdentity[];
  loading: boolean;
  savedPolicies: SimulatorPolicy[] | undefined;
  /** The identity ARN was typed, chosen or left (on every change, on select and on blur). */
  onChosen: (arn: string) => void;
}) {
  const source = useWatch({ control, name: 'policySource' });
  // Thousands of identities are fine: the options are plain and the list scrolls virtually.
  const options = useMemo(
    () => identities.map((i) => ({ value: i.arn, label: i.arn, description: i.name })),
    [identities],
  );
  return (
    <Container
      header={
        <Header variant="h2" description="The identity whose sending authorization policies decide.">
          Identity and policies
        </Header>
      }
    >
      <SpaceBetween size="m">
        <Controller
          control={control}
          name="identityArn"
          render={({ field, fieldState }) => (
            <FormField
              label="Identity ARN"
              description="Choose one of the acting account’s identities, or type the ARN of any identity."
              errorText={fieldState.error?.message}
              stretch
            >
              <Autosuggest
                ref={field.ref}
                value={field.value}
                onChange={({ detail }) => {
                  field.onChange(detail.value);
                  onChosen(detail.value);
                }}
                onSelect={({ detail }) => onChosen(detail.value)}
                onBlur={() => {
                  field.onBlur();
                  onChosen(field.value);
                }}
                options={options}
                virtualScroll={options.length > 200}
                statusType={loading ? 'loading' : 'finished'}
                loadingText="Loading identities"
                enteredTextLabel={(value) => `Use: ${value}`}
                placeholder="arn:aws:ses:<Region>:<owner account>:identity/<address or domain>"
                empty="The acting account has no identities."
                invalid={!!fieldState.error}
              />
            </FormField>
          )}
        />
        <Controller
          control={control}
          name="policySource"
          render={({ field, fieldState }) => (
            <FormField label="Policies" errorText={fieldState.error?.message} stretch>
              <RadioGroup
                value={field.value}
                onChange={({ detail }) => field.onChange(detail.value)}
                items={[
                  {
                    value: 'saved',
                    label: 'The identity’s saved policies',
                    description: savedPolicies
                      ? savedPolicies.length
                        ? savedPolicies.map((p) => p.name).join(', ')
                        : 'It has none.'
                      : 'Only for identities the acting principal can read.',
                  },
                  {
                    value: 'scenario',
                    label: 'Policies in this scenario',
                    description: 'Pasted here, or handed over by a link or the policy editor.',
                  },
                ]}
              />
            </FormField>
          )}
        />
        {source === 'saved' && savedPolicies && savedPolicies.length > 0 && (
          <Box>
            <Button
              onClick={() => {
                setValue(
                  'policies',
                  savedPolicies.map((p) => ({ ...p })),
                );
                setValue('policySource', 'scenario');
              }}
            >
              Edit a copy of the saved policies
            </Button>
          </Box>
        )}
        {source === 'scenario' && <PolicyListField control={control} name="policies" what="Policy" />}
      </SpaceBetween>
    </Container>
  );
}
