/**
 * Which of the emulator's principals the console acts as, and the means to switch: the header's
 * switcher writes here, and pages that offer directory principals (the simulator) read here.
 */
import { createContext, useContext } from 'react';
import type { EmulatorPrincipal } from '../../lib/emulator/emulator-api';

export interface ActingChoice {
  principals: EmulatorPrincipal[];
  current: EmulatorPrincipal | undefined;
  choose: (id: string) => void;
}

export const ActingChoiceContext = createContext<ActingChoice>({
  principals: [],
  current: undefined,
  choose: () => undefined,
});

export function useActingChoice(): ActingChoice {
  return useContext(ActingChoiceContext);
}
