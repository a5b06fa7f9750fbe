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
  shared = [],
  loading,
  savedPolicies,
  savedPasted = false,
  onChosen,
}: {
  control: Control<SimulatorFormValues>;
  setValue: UseFormSetValue<SimulatorFormValues>;
  identities: ListedIdentity[];
  /** Other accounts' identities shared with the caller, with the policy texts pasted for them. */
  shared?: { arn: string; name: string; policies: SimulatorPolicy[] }[];
  loading: boolean;
  savedPolicies: SimulatorPolicy[] | undefined;
  /** The chosen identity is a shared one: its policies are the texts the owner sent, pasted. */
  savedPasted?: boolean;
  /** The identity ARN was typed, chosen or left (on every change, on select and on blur). */
  onChosen: (arn: string) => void;
}) {
  const source = useWatch({ control, name: 'policySource' });
  // Thousands of identities are fine: the options are plain and the list scrolls virtually.
  const options = useMemo(() => {
    const own = identities.map((i) => ({ value: i.arn, label: i.arn, description: i.name }));
    const ownArns = new Set(identities.map((i) => i.arn.toLowerCase()));
    const others = shared
      .filter((i) => !ownArns.has(i.arn.toLowerCase()))
      .map((i) => ({
        value: i.arn,
        label: i.arn,
        description: `${i.name}: shared with you, ${
          i.policies.length
            ? `policies pasted on the Grants page (${i.policies.map((p) => p.name).join(', ')})`
            : 'no policy text pasted'
        }`,
      }));
    return [...own, ...others];
  }, [identities, shared]);
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
              description={
                shared.length
                  ? 'Choose one of the acting account’s identities or one shared with you, or type the ARN of any identity.'
                  : 'Choose one of the acting account’s identities, or type the ARN of any identity.'
              }
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
                  savedPasted
                    ? {
                        value: 'saved',
                        label: 'The policies the owner sent (pasted on the Grants page)',
                        description: savedPolicies
                          ? `${savedPolicies.map((p) => p.name).join(', ')}: as pasted; SES does not show delegates other accounts’ policies.`
                          : 'None was pasted for this identity: add the owner’s policy text on the Grants page.',
                      }
                    : {
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
              {savedPasted ? 'Edit a copy of the pasted policies' : 'Edit a copy of the saved policies'}
            </Button>
          </Box>
        )}
        {source === 'scenario' && <PolicyListField control={control} name="policies" what="Policy" />}
      </SpaceBetween>
    </Container>
  );
}
