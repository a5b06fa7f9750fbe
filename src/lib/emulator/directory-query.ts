/**
 * The principals the console can act as, read once from the emulator-only API. Their keys are
 * demo keys that open nothing but the emulator (or a local endpoint's principals file).
 */
import { queryOptions } from '@tanstack/react-query';
import { emulatorKeys } from '../query-keys';
import { readDirectory } from './emulator-api';
import { EMULATOR_API_BASE } from './local-endpoint';

/** The Region the emulator's principals act in. */
export const EMULATOR_REGION = 'us-east-1';

export function emulatorDirectoryQuery(base: string = EMULATOR_API_BASE) {
  return queryOptions({
    queryKey: emulatorKeys.read('directory', base),
    queryFn: () => readDirectory(base),
    staleTime: Infinity,
  });
}
