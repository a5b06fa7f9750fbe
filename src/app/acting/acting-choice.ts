/**
 * Which of the emulator's principals the console acts as, and the means to switch: the header's
 * switcher writes here, and pages that offer directory principals (the simulator) read here.
 */
import { createContext, useContext } from 'react';
import type { DirectoryPrincipal } from './emulator-directory';

export interface ActingChoice {
  principals: DirectoryPrincipal[];
  current: DirectoryPrincipal | undefined;
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
