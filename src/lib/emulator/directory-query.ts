/**
 * The principals the console can act as, read once from the emulator-only API. Their keys are
 * demo keys that open nothing but the emulator (or a local endpoint's principals file).
 */
import { queryOptions } from '@tanstack/react-query';
import { emulatorKeys } from '../query-keys';
import { readDirectory } from './emulator-api';
import { emulatorApiBase } from './local-endpoint';

/** The Region the emulator's principals act in. */
export const EMULATOR_REGION = 'us-east-1';

export function emulatorDirectoryQuery(base: string = emulatorApiBase()) {
  return queryOptions({
    queryKey: emulatorKeys.read('directory', base),
    queryFn: () => readDirectory(base),
    staleTime: Infinity,
  });
}
