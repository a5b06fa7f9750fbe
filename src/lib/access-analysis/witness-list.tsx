/** A list of witnesses in words (text, never HTML), each with an optional "Simulate this" link. */
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { AccessWitness } from '../../policy-engine/analysis';
import { SimulateLink } from './simulate-link';

export interface WitnessLinks {
  /** The simulator's router path with the witness as the scenario. */
  path: (witness: AccessWitness) => string;
  newTab?: boolean;
  onFollow?: () => void;
}

export interface WitnessListProps {
  witnesses: readonly AccessWitness[];
  /** Lists the first `limit` and says how many more there are. */
  limit?: number;
  ariaLabel: string;
  links?: WitnessLinks;
}

export function WitnessList({ witnesses, limit = witnesses.length, ariaLabel, links }: WitnessListProps) {
  const shown = witnesses.slice(0, limit);
  const more = witnesses.length - shown.length;
  return (
    <SpaceBetween size="xxs">
      <ul aria-label={ariaLabel}>
        {shown.map((witness, index) => (
          <li key={index}>
            <SpaceBetween direction="horizontal" size="xs" alignItems="center">
              <span>{witness.description}</span>
              {links && (
                <SimulateLink
                  path={links.path(witness)}
                  newTab={links.newTab}
                  onFollow={links.onFollow}
                  ariaLabel={`Simulate this: ${witness.description}`}
                />
              )}
            </SpaceBetween>
          </li>
        ))}
      </ul>
      {more > 0 && (
        <Box variant="small">
          {more === 1 ? 'One more request' : `${more} more requests`} like these {more === 1 ? 'was' : 'were'}{' '}
          found.
        </Box>
      )}
    </SpaceBetween>
  );
}
