/**
 * The hook against the real engine (jsdom has no Worker: the engine is imported on this thread):
 * debounced, keyed to its exact input so a stale answer is never reported, 'invalid' for a
 * draft that is not JSON, and settle() answering at once for what is about to be saved.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as analysis from '../../policy-engine/analysis';
import { useAccessComparison, type AccessChange } from './use-access-comparison';

// The real engine, watched: how often it runs, and on which text.
vi.mock('../../policy-engine/analysis', async (importOriginal) => {
  const actual = await importOriginal<typeof analysis>();
  return { ...actual, compareAccess: vi.fn(actual.compareAccess) };
});

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const policy = (from: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: '999999999999' },
        Action: 'ses:SendEmail',
        Resource: ARN,
        Condition: { StringLike: { 'ses:FromAddress': from } },
      },
    ],
  });
const SAVED = [{ name: 'Marketing', document: policy('marketing+*@ses-example.com') }];
const edit = (document: string): AccessChange => ({
  put: { name: 'Marketing', document },
  replacing: 'Marketing',
});

function render(change: AccessChange | undefined, delayMs = 300) {
  return renderHook(
    ({ change }) => useAccessComparison({ identityArn: ARN, saved: SAVED, change, delayMs }),
    {
      initialProps: { change },
    },
  );
}

afterEach(() => {
  vi.useRealTimers();
  vi.mocked(analysis.compareAccess).mockClear();
});

describe('useAccessComparison', () => {
  it('is idle with nothing to compare, and invalid for a draft that is not JSON', () => {
    expect(render(undefined).result.current.status).toBe('idle');
    expect(render(edit('{"Version":')).result.current.status).toBe('invalid');
  });

  it('reports a widened glob as a gain once typing pauses', async () => {
    const { result } = render(edit(policy('*@ses-example.com')));
    expect(result.current.status).toBe('pending');
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.result?.verdict).toBe('gains');
    expect(result.current.result?.gained[0]?.description).toMatch(/999999999999 could now send/);
  });

  it('reports whitespace alone as no change, and deleting the policy as a loss', async () => {
    const same = render(edit(`${SAVED[0]!.document}\n  `));
    await waitFor(() => expect(same.result.current.status).toBe('ready'));
    expect(same.result.current.result?.verdict).toBe('equivalent');
    const removed = render({ remove: 'Marketing' });
    await waitFor(() => expect(removed.result.current.status).toBe('ready'));
    expect(removed.result.current.result?.verdict).toBe('loses');
  });

  it('waits for a pause: each keystroke restarts the wait, and only the last text is compared', async () => {
    vi.useFakeTimers();
    const { result, rerender } = render(edit(policy('*@ses-example.com')));
    await act(() => vi.advanceTimersByTimeAsync(200));
    rerender({ change: edit(policy('marketing+news*@ses-example.com')) });
    await act(() => vi.advanceTimersByTimeAsync(200));
    // 400 ms after the first text, 200 after the second: nothing has run yet.
    expect(result.current.status).toBe('pending');
    await act(() => vi.advanceTimersByTimeAsync(150));
    vi.useRealTimers();
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.result?.verdict).toBe('loses');
    expect(analysis.compareAccess).toHaveBeenCalledTimes(1);
    const [request] = vi.mocked(analysis.compareAccess).mock.calls[0]!;
    expect(request.after).toEqual([
      { name: 'Marketing', document: policy('marketing+news*@ses-example.com') },
    ]);
    expect(request.before).toEqual(SAVED);
  });

  it('never reports an answer for text that has since changed', async () => {
    const { result, rerender } = render(edit(policy('*@ses-example.com')), 0);
    await waitFor(() => expect(result.current.status).toBe('ready'));
    rerender({ change: edit(SAVED[0]!.document) });
    // The gain belongs to the previous text: until the new answer, there is none.
    expect(result.current.status).toBe('pending');
    expect(result.current.result).toBeUndefined();
    await waitFor(() => expect(result.current.result?.verdict).toBe('equivalent'));
  });

  it('settle() answers for the current text without waiting for the pause', async () => {
    const { result } = render(edit(policy('*@ses-example.com')), 60_000);
    let settled: Awaited<ReturnType<typeof result.current.settle>>;
    await act(async () => {
      settled = await result.current.settle();
    });
    expect(settled!.verdict).toBe('gains');
    expect(result.current.status).toBe('ready');
    const invalid = render(edit('not json'));
    await expect(invalid.result.current.settle()).resolves.toBeUndefined();
  });
});
