import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { principalById } from '../../../../mocks/ses/directory';
import { openFreshEmulatorStore } from '../../../../mocks/ses/instance';
import { server } from '../../../../mocks/node';
import type { SesConnection } from '../../../lib/ses/client';
import { useKnownIdentities } from './use-known-identities';

const owner = principalById('owner');
const connection: SesConnection = {
  region: 'us-east-1',
  endpoint: 'http://localhost/__ses/us-east-1/',
  credentials: { accessKeyId: owner.accessKeyId, secretAccessKey: owner.secretAccessKey },
};

/** The SES actions the hook sends, read from each request's form body. */
const actions: string[] = [];
const record = ({ request }: { request: Request }) => {
  void request
    .clone()
    .text()
    .then((body) => {
      const action = new URLSearchParams(body).get('Action');
      if (action) actions.push(action);
    });
};

beforeEach(async () => {
  await openFreshEmulatorStore();
  actions.length = 0;
  server.events.on('request:start', record);
});
afterEach(() => {
  server.events.removeListener('request:start', record);
});

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

describe('useKnownIdentities', () => {
  it('lists identities without reading each one, then reads only the names asked for', async () => {
    const { result } = renderHook(() => useKnownIdentities(connection, '888888888888'), { wrapper });
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.listed).toEqual([
      { arn: 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com', name: 'ses-example.com' },
    ]);
    expect(actions).toEqual(['ListIdentities']);

    const found = await result.current.load(['SES-Example.com', 'not-listed.example']);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: 'ses-example.com', verified: true, account: '888888888888' });
    expect(found[0]?.policies.map((p) => p.name)).toEqual(['SampleAuthorizationPolicy']);
    // A name the account does not have costs no request.
    await waitFor(() =>
      expect([...actions].sort()).toEqual(
        [
          'GetIdentityPolicies',
          'GetIdentityVerificationAttributes',
          'ListIdentities',
          'ListIdentityPolicies',
        ].sort(),
      ),
    );
  });

  it('reads nothing without a connection', async () => {
    const { result } = renderHook(() => useKnownIdentities(undefined, undefined), { wrapper });
    expect(result.current).toMatchObject({ listed: [], loading: false });
    expect(await result.current.load(['ses-example.com'])).toEqual([]);
    expect(actions).toEqual([]);
  });
});
