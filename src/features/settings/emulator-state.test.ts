import { ListIdentitiesCommand, VerifyEmailIdentityCommand } from '@aws-sdk/client-ses';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFreshEmulatorStore } from '../../../mocks/ses/instance';
import { clientAs } from '../../../mocks/ses/test/clients';
import { exportEmulatorState, importEmulatorState, resetEmulator } from './emulator-state';

const ownerIdentities = async () =>
  (await clientAs('owner').send(new ListIdentitiesCommand({}))).Identities ?? [];

beforeEach(async () => {
  await openFreshEmulatorStore();
});

describe('the emulator state tools', () => {
  it('export, change, import: the imported file is the state again', async () => {
    const exported = await exportEmulatorState();
    expect(JSON.parse(exported)).toMatchObject({ schemaVersion: 3 });
    await clientAs('owner').send(new VerifyEmailIdentityCommand({ EmailAddress: 'later@ses-example.com' }));
    expect(await ownerIdentities()).toContain('later@ses-example.com');
    await importEmulatorState(exported);
    expect(await ownerIdentities()).toEqual(['ses-example.com']);
  });

  it('reset goes back to the seeded demo', async () => {
    await clientAs('owner').send(new VerifyEmailIdentityCommand({ EmailAddress: 'later@ses-example.com' }));
    await resetEmulator();
    expect(await ownerIdentities()).toEqual(['ses-example.com']);
  });

  it('a wrong file gets a specific message and changes nothing', async () => {
    await clientAs('owner').send(new VerifyEmailIdentityCommand({ EmailAddress: 'kept@ses-example.com' }));
    await expect(importEmulatorState('{"identities": [')).rejects.toThrow(/^The file is not JSON \(/);
    await expect(importEmulatorState('{"name": "x"}')).rejects.toThrow(
      'The file is JSON but not an emulator export: it has no "identities" list.',
    );
    const future = JSON.stringify({ ...JSON.parse(await exportEmulatorState()), schemaVersion: 99 });
    await expect(importEmulatorState(future)).rejects.toThrow(
      'This export has schema version 99; the emulator reads versions 1 to 3.',
    );
    expect(await ownerIdentities()).toContain('kept@ses-example.com');
  });
});
