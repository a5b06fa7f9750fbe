/**
 * The built-in emulator's demo principals, read from its emulator-only API (not an SES
 * operation). Their keys are demo keys that open nothing but the in-page emulator.
 */
import { queryOptions } from '@tanstack/react-query';
import { LOCAL_ENDPOINT, EMULATOR_API_BASE } from '../../lib/emulator/local-endpoint';

export interface DirectoryPrincipal {
  id: string;
  label: string;
  arn: string;
  account: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** The IAM policies attached to an IAM user (roots have none). */
  iamPolicies: { name: string; document: string }[];
  /** The SNS topics of the principal's account. */
  snsTopics: string[];
}

export const EMULATOR_REGION = 'us-east-1';

export function emulatorDirectoryQuery(base: string = EMULATOR_API_BASE) {
  return queryOptions({
    queryKey: ['emulator', 'directory', base],
    queryFn: async (): Promise<DirectoryPrincipal[]> => {
      const what = LOCAL_ENDPOINT ? `The SES endpoint at ${LOCAL_ENDPOINT}` : 'The built-in emulator';
      let response: Response;
      try {
        response = await fetch(`${base}__emulator/directory`);
      } catch {
        throw new Error(`${what} did not answer. Is it running (npm run endpoint)?`);
      }
      if (!response.ok) throw new Error(`${what} did not answer (HTTP ${response.status}).`);
      return (await response.json()) as DirectoryPrincipal[];
    },
    staleTime: Infinity,
  });
}
