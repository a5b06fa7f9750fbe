import { ListIdentitiesCommand } from '@aws-sdk/client-ses';
import { afterEach, describe, expect, it } from 'vitest';
import { principalById } from '../../../mocks/ses/directory';
import { sesClient } from './v1-client';
import { pageIsLeaving } from './page-leaving';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
const owner = principalById('owner');

afterEach(() => {
  window.dispatchEvent(new Event('pageshow'));
});

describe('pageIsLeaving', () => {
  it('is set by a beforeunload nothing cancelled, and cleared when the page is shown again', async () => {
    expect(pageIsLeaving()).toBe(false);
    window.dispatchEvent(new Event('beforeunload', { cancelable: true }));
    await nextTask();
    expect(pageIsLeaving()).toBe(true);
    window.dispatchEvent(new Event('pageshow'));
    expect(pageIsLeaving()).toBe(false);
  });

  it('is not set when a listener asked for the "Leave site?" prompt: the user may stay', async () => {
    const ask = (event: Event) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    window.dispatchEvent(new Event('beforeunload', { cancelable: true }));
    window.removeEventListener('beforeunload', ask);
    await nextTask();
    expect(pageIsLeaving()).toBe(false);
  });

  it('stops SES requests from being sent once the page is hidden for good', async () => {
    const client = await sesClient({
      region: 'us-east-1',
      endpoint: 'http://localhost/__ses/us-east-1/',
      credentials: { accessKeyId: owner.accessKeyId, secretAccessKey: owner.secretAccessKey },
    });
    await expect(client.send(new ListIdentitiesCommand({}))).resolves.toMatchObject({
      Identities: ['ses-example.com'],
    });
    window.dispatchEvent(new Event('pagehide'));
    await expect(client.send(new ListIdentitiesCommand({}))).rejects.toThrow(
      'The page is being left: the SES request was not sent.',
    );
  });
});
