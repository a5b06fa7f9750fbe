import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../mocks/node';
import { openFreshEmulatorStore } from '../../../mocks/ses/instance';
import { completeVerification } from './emulator-actions';
import { readDirectory } from './emulator-api';

const answerDirectory = (respond: () => Response) => server.use(http.get('*/__emulator/directory', respond));

beforeEach(async () => {
  await openFreshEmulatorStore();
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('the emulator-only API client', () => {
  it('reads the directory in the contract’s shape', async () => {
    const principals = await readDirectory();
    expect(principals.map((p) => p.id)).toEqual(['owner', 'delegate-root', 'delegate-marketer', 'outsider']);
    expect(principals.find((p) => p.id === 'delegate-marketer')?.iamPolicies).toEqual([
      { name: 'SendThroughSes', document: expect.any(String) },
    ]);
  });

  it('words every failure one way, naming who did not answer', async () => {
    answerDirectory(() => HttpResponse.error());
    await expect(readDirectory()).rejects.toThrow(new Error('The built-in emulator did not answer.'));
    answerDirectory(() => new HttpResponse('Bad gateway', { status: 502 }));
    await expect(readDirectory()).rejects.toThrow(
      new Error('The built-in emulator did not answer directory (HTTP 502).'),
    );
    answerDirectory(() => new HttpResponse('[{', { headers: { 'Content-Type': 'application/json' } }));
    await expect(readDirectory()).rejects.toThrow(
      new Error("The built-in emulator's answer to directory is not JSON."),
    );
  });

  it("passes the emulator's own sentence for a refusal on unchanged", async () => {
    const arn = 'arn:aws:ses:us-east-1:888888888888:identity/nobody.example';
    await expect(completeVerification(arn)).rejects.toThrow(new Error(`No identity ${arn} in the emulator.`));
    await expect(completeVerification('not an ARN')).rejects.toThrow(/ARN/);
  });

  it('names the local endpoint a build was made for, and how to start it', async () => {
    vi.stubEnv('VITE_SES_ENDPOINT', 'http://127.0.0.1:4579');
    vi.resetModules();
    const local = await import('./emulator-api');
    server.use(http.get('http://127.0.0.1:4579/__emulator/directory', () => HttpResponse.error()));
    await expect(local.readDirectory()).rejects.toThrow(
      new Error(
        'The SES endpoint at http://127.0.0.1:4579/ did not answer. Is it running (npm run endpoint)?',
      ),
    );
  });
});
