/** The simulator form's policy lists: a name and a JSON document each, bound to react-hook-form. */
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useFieldArray, type Control } from 'react-hook-form';
import { TextField } from '../../../lib/ui/text-field';
import { EMPTY_POLICY, type SimulatorFormValues } from './form-values';

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
