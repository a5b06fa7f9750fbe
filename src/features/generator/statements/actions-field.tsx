/** The send actions a statement covers, with the SMTP note: SMTP sends are SendRawEmail. */
import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { SEND_ACTIONS } from '../../../policy-engine';
import type { GeneratorForm } from '../form/generator-schema';
import { useRecheck } from '../form/use-recheck';

export function ActionsField({ statement }: { statement: number }) {
  const { control } = useFormContext<GeneratorForm>();
  const recheck = useRecheck();
  const effect = useWatch({ control, name: `statements.${statement}.effect` });
  return (
    <Controller
      control={control}
      name={`statements.${statement}.actions`}
      render={({ field, fieldState }) => (
        <FormField
          label="Actions"
          description="Sending over the SES SMTP interface needs ses:SendRawEmail: every SMTP message is a raw message."
          errorText={fieldState.error?.message}
        >
          <div role="group" aria-label={`Statement ${statement + 1} actions`}>
            <SpaceBetween size="xxs">
              {SEND_ACTIONS.map((action, i) => (
                <Checkbox
                  key={action.name}
                  ref={i === 0 ? field.ref : undefined}
                  checked={field.value.includes(action.name)}
                  onChange={({ detail }) => {
                    field.onChange(
                      detail.checked
                        ? [...field.value, action.name]
                        : field.value.filter((a) => a !== action.name),
                    );
                    recheck(field.name);
                  }}
                  description={action.description}
                >
                  {action.name}
                </Checkbox>
              ))}
              {field.value.length > 0 && !field.value.includes('ses:SendRawEmail') && (
                <StatusIndicator type="info">
                  {effect === 'Deny'
                    ? 'Without ses:SendRawEmail, this Deny does not stop sending over SMTP.'
                    : 'Without ses:SendRawEmail, these principals cannot send over SMTP.'}
                </StatusIndicator>
              )}
            </SpaceBetween>
          </div>
        </FormField>
      )}
    />
  );
}
