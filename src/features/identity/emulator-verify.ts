/**
 * Completing an identity's verification on the built-in emulator (its emulator-only API): the
 * stand-in for clicking SES's email link or publishing the domain's TXT record.
 */
import { EMULATOR_API_BASE } from '../../lib/emulator/local-endpoint';

export async function completeVerificationOnEmulator(
  identityArn: string,
  base: string = EMULATOR_API_BASE,
): Promise<void> {
  const response = await fetch(`${base}__emulator/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identityArn }),
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    throw new Error(body.error ?? `The emulator did not verify the identity (HTTP ${response.status}).`);
  }
}
