import { ListIdentitiesCommand } from '@aws-sdk/client-ses';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { openFreshEmulatorStore } from '../../../mocks/ses/instance';
import { principalById } from '../../../mocks/ses/directory';
import { sesClient } from './v1-client';
import { emulatorEndpoint, setEmulatorRecovery } from './emulator-endpoint';
import { EMULATOR_STOPPED_MESSAGE } from './emulator-retry';

const owner = principalById('owner');
/** What a static host answers for a path it does not have: no request ID, not SES's XML. */
const staticHost404 = http.post('*/__ses/:region/', () =>
  HttpResponse.text('<html>Not found</html>', { status: 404, headers: { 'content-type': 'text/html' } }),
);

function emulatorClient(accessKeyId = owner.accessKeyId) {
  return sesClient({
    region: 'us-east-1',
    endpoint: emulatorEndpoint('us-east-1'),
    emulator: true,
    credentials: { accessKeyId, secretAccessKey: owner.secretAccessKey },
  });
}

beforeEach(async () => {
  await openFreshEmulatorStore();
});
afterEach(() => setEmulatorRecovery(async () => false));

describe('the emulator endpoint', () => {
  it('is a path of the page’s own origin, never AWS', () => {
    const endpoint = new URL(emulatorEndpoint('eu-west-1'));
    expect(endpoint.origin).toBe(location.origin);
    expect(endpoint.pathname).toBe('/__ses/eu-west-1/');
  });

  it('restarts the emulator and retries once when a request reaches the static host instead', async () => {
    server.use(staticHost404);
    let recoveries = 0;
    setEmulatorRecovery(async () => {
      recoveries++;
      server.resetHandlers(); // the worker serves the page again
      return true;
    });
    const { Identities } = await (await emulatorClient()).send(new ListIdentitiesCommand({}));
    expect(Identities).toEqual(['ses-example.com']);
    expect(recoveries).toBe(1);
  });

  it('says plainly what happened when the emulator cannot be restarted', async () => {
    server.use(staticHost404);
    setEmulatorRecovery(async () => false);
    await expect((await emulatorClient()).send(new ListIdentitiesCommand({}))).rejects.toThrow(
      EMULATOR_STOPPED_MESSAGE,
    );
  });

  it('passes SES’s own errors through untouched: they come from the emulator', async () => {
    let recoveries = 0;
    setEmulatorRecovery(async () => (recoveries++, true));
    await expect(
      (await emulatorClient('AKIAUNKNOWN000000000')).send(new ListIdentitiesCommand({})),
    ).rejects.toMatchObject({ name: 'InvalidClientTokenId' });
    expect(recoveries).toBe(0);
  });
});
