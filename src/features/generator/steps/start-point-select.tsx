/** Step 1's start point: fills the statements for one of the documented cases. */
import FormField from '@cloudscape-design/components/form-field';
import Select from '@cloudscape-design/components/select';
import type { IdentityContext } from '../form/identity-context';
import { START_POINTS } from '../form/start-points';

export const BLANK_START = 'blank';

export function StartPointSelect({
  value,
  identity,
  onChange,
}: {
  value: string;
  identity: IdentityContext;
  onChange: (id: string) => void;
}) {
  const options = [
    { value: BLANK_START, label: 'A blank statement', description: 'Fill in every field yourself.' },
    ...START_POINTS.map((p) => ({ value: p.id, label: p.label, description: p.description(identity) })),
  ];
  return (
    <FormField
      label="Start point"
      description="Fill the statements below for a common case, then adjust them. Replaces what the statements hold."
    >
      <Select
        selectedOption={options.find((o) => o.value === value) ?? null}
        options={options}
        onChange={({ detail }) => onChange(detail.selectedOption.value ?? BLANK_START)}
      />
    </FormField>
  );
}
