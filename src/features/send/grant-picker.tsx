/**
 * Fills a send form in from one of the acting principal's grants (the page works them out): the
 * identity ARN and an address the grant allows. Only offered when there are grants.
 */
import FormField from '@cloudscape-design/components/form-field';
import Select from '@cloudscape-design/components/select';

export interface GrantChoice {
  identityArn: string;
  /** The identity's name, e.g. ses-example.com. */
  identity: string;
  ownerAccount: string;
  /** A From address the grant allows. */
  from: string;
  /** A recipient the grant allows. */
  to: string;
}

export function GrantPicker({
  grants,
  onChoose,
}: {
  grants: GrantChoice[];
  onChoose: (grant: GrantChoice) => void;
}) {
  if (grants.length === 0) return null;
  return (
    <FormField
      label="Fill in from a grant (optional)"
      description="Sets the identity ARN and an address the owner's policy allows."
    >
      <Select
        selectedOption={null}
        placeholder="Choose an identity you may send from"
        options={grants.map((g) => ({
          value: g.identityArn,
          label: g.identity,
          description: `Owned by ${g.ownerAccount}: ${g.identityArn}`,
        }))}
        onChange={({ detail }) => {
          const grant = grants.find((g) => g.identityArn === detail.selectedOption.value);
          if (grant) onChoose(grant);
        }}
      />
    </FormField>
  );
}
