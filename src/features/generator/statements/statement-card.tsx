/** One statement of the policy: Sid, effect, principals, actions and conditions. */
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { Controller, useFormContext } from 'react-hook-form';
import { ActionsField } from './actions-field';
import { ConditionsSection } from '../conditions/conditions-section';
import type { GeneratorForm } from '../form/generator-schema';
import { PrincipalsField } from './principals-field';
import { useRecheck } from '../form/use-recheck';

export function StatementCard({ index, onRemove }: { index: number; onRemove?: () => void }) {
  const { control } = useFormContext<GeneratorForm>();
  const recheck = useRecheck();
  const title = `Statement ${index + 1}`;
  return (
    <div role="group" aria-label={title}>
      <Container
        header={
          <Header
            variant="h2"
            actions={
              onRemove && (
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
        <SpaceBetween size="l">
          <Controller
            control={control}
            name={`statements.${index}.sid`}
            render={({ field, fieldState }) => (
              <FormField
                label="Statement ID (Sid)"
                description="Optional. Letters and digits, unique in the policy, e.g. AuthorizeMarketer."
                errorText={fieldState.error?.message}
              >
                <Input
                  ref={field.ref}
                  value={field.value}
                  onChange={({ detail }) => {
                    field.onChange(detail.value);
                    recheck(field.name);
                  }}
                  onBlur={field.onBlur}
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
                  ref={field.ref}
                  value={field.value}
                  onChange={({ detail }) => field.onChange(detail.value === 'Deny' ? 'Deny' : 'Allow')}
                  items={[
                    { value: 'Allow', label: 'Allow', description: 'These principals may send.' },
                    {
                      value: 'Deny',
                      label: 'Deny',
                      description: 'These principals may not, whatever any other statement or policy allows.',
                    },
                  ]}
                />
              </FormField>
            )}
          />
          <PrincipalsField statement={index} />
          <ActionsField statement={index} />
          <ConditionsSection statement={index} />
        </SpaceBetween>
      </Container>
    </div>
  );
}
