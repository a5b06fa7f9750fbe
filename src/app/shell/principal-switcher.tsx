/**
 * The header's switch among the emulator's principals: Cloudscape's Select, each principal with
 * its ARN. Loaded after the first paint (the header reserves its box), since nothing before the
 * first row of identities needs it.
 */
import Select from '@cloudscape-design/components/select';
import type { EmulatorPrincipal } from '../../lib/emulator/emulator-api';

export function PrincipalSwitcher({
  principals,
  current,
  choose,
}: {
  principals: readonly EmulatorPrincipal[];
  current: EmulatorPrincipal;
  choose: (id: string) => void;
}) {
  return (
    <Select
      ariaLabel="Switch principal"
      selectedOption={{ value: current.id, label: current.label }}
      options={principals.map((p) => ({ value: p.id, label: p.label, description: p.arn }))}
      onChange={({ detail }) => {
        if (detail.selectedOption.value) choose(detail.selectedOption.value);
      }}
      expandToViewport
    />
  );
}
