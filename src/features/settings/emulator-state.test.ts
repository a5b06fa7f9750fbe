import { ListIdentitiesCommand, VerifyEmailIdentityCommand } from '@aws-sdk/client-ses';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openFreshEmulatorStore } from '../../../mocks/ses/instance';
import { clientAs } from '../../../mocks/ses/test/clients';
import {
  checkImportFile,
  exportEmulatorState,
  importEmulatorState,
  MAX_IMPORT_BYTES,
  resetEmulator,
} from './emulator-state';

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

  it('checks a file as an import would, says what it holds, and changes nothing', async () => {
    const exported = await exportEmulatorState();
    const state = JSON.parse(exported) as { identities: { policies: unknown[] }[]; activity: unknown[] };
    await clientAs('owner').send(new VerifyEmailIdentityCommand({ EmailAddress: 'later@ses-example.com' }));
    const checked = await checkImportFile(new Blob([exported], { type: 'application/json' }));
    expect(checked).toEqual({
      text: exported,
      identities: state.identities.length,
      policies: state.identities.reduce((sum, identity) => sum + identity.policies.length, 0),
      activity: state.activity.length,
    });
    expect(checked.policies).toBeGreaterThan(0);
    expect(await ownerIdentities()).toContain('later@ses-example.com');
    const broken = JSON.stringify({ ...state, identities: [{ ...state.identities[0], policies: null }] });
    await expect(checkImportFile(broken)).rejects.toThrow(/policies/);
    await importEmulatorState(checked);
    expect(await ownerIdentities()).not.toContain('later@ses-example.com');
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

  it("passes the emulator's message on unchanged, naming the first bad path", async () => {
    const exported = JSON.parse(await exportEmulatorState()) as { identities: object[] };
    const before = await exportEmulatorState();
    const broken = JSON.stringify({
      ...exported,
      identities: [{ ...exported.identities[0], policies: null }, ...exported.identities.slice(1)],
    });
    await expect(importEmulatorState(broken)).rejects.toThrow(
      new Error(
        'identities[0].policies: expected a list of {name, document} or an object of policy documents, found null.',
      ),
    );
    await expect(importEmulatorState('{"identities": []}')).rejects.toThrow(
      new Error('schemaVersion: required, missing.'),
    );
    expect(await exportEmulatorState()).toBe(before);
  });

  it('refuses a 50 MB file before reading it, and imports a file given as a Blob', async () => {
    const huge = new Blob([new Uint8Array(50 * 1024 * 1024)]);
    const text = vi.spyOn(huge, 'text');
    await expect(importEmulatorState(huge)).rejects.toThrow(
      new Error('The file is 50.0 MB; the emulator imports files of at most 20 MB.'),
    );
    expect(text).not.toHaveBeenCalled();
    await expect(importEmulatorState(' '.repeat(MAX_IMPORT_BYTES + 1024 * 1024))).rejects.toThrow(
      new Error('The file is 21.0 MB; the emulator imports files of at most 20 MB.'),
    );
    const exported = await exportEmulatorState();
    await clientAs('owner').send(new VerifyEmailIdentityCommand({ EmailAddress: 'later@ses-example.com' }));
    await importEmulatorState(new Blob([exported], { type: 'application/json' }));
    expect(await ownerIdentities()).toEqual(['ses-example.com']);
  });
});
