import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SimulatorFormValues } from './form/form-values';
import { simulatorPath } from './scenario';
import { useFollowedSourceArn } from './use-followed-source-arn';
import { useRunWhenReady, useScenarioHash } from './use-scenario-hash';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const OTHER = 'arn:aws:ses:us-east-1:888888888888:identity/other.example';
const hashOf = (path: string) => path.slice(path.indexOf('#'));
const scenarioHash = hashOf(
  simulatorPath({ identityArn: ARN, caller: '999999999999', message: { sourceArn: ARN } }),
);

describe('useScenarioHash (a scenario in the location hash)', () => {
  it('fills the form once per distinct hash, then runs once the identities have loaded', () => {
    const reset = vi.fn<(values: SimulatorFormValues) => void>();
    const run = vi.fn();
    const { rerender } = renderHook(
      ({ hash, loading }) => useRunWhenReady(useScenarioHash({ hash, reset }), loading, run),
      { initialProps: { hash: scenarioHash, loading: true } },
    );
    expect(reset).toHaveBeenCalledTimes(1);
    expect(reset.mock.calls[0]?.[0]).toMatchObject({ identityArn: ARN, caller: '999999999999' });
    expect(run).not.toHaveBeenCalled();
    rerender({ hash: scenarioHash, loading: false });
    rerender({ hash: scenarioHash, loading: false });
    expect(run).toHaveBeenCalledTimes(1);
    expect(reset).toHaveBeenCalledTimes(1);
  });

  it('does not apply back a hash the simulator wrote itself', () => {
    const reset = vi.fn();
    const { result, rerender } = renderHook(({ hash }) => useScenarioHash({ hash, reset }), {
      initialProps: { hash: '' },
    });
    act(() => result.current.wrote(scenarioHash));
    rerender({ hash: scenarioHash });
    expect(reset).not.toHaveBeenCalled();
  });

  it('says why a broken link cannot be opened, until dismissed', () => {
    const { result } = renderHook(() => useScenarioHash({ hash: '#scenario=not-base64!', reset: vi.fn() }));
    expect(result.current.linkError).toBeTruthy();
    act(() => result.current.dismissLinkError());
    expect(result.current.linkError).toBeUndefined();
  });
});

describe('useFollowedSourceArn (the Source ARN follows the chosen identity)', () => {
  function setup(initial = '') {
    let source = initial;
    const hook = renderHook(() =>
      useFollowedSourceArn(
        () => source,
        (arn) => {
          source = arn;
        },
      ),
    );
    return { hook, source: () => source, type: (value: string) => (source = value) };
  }

  it('fills a blank Source ARN and keeps following while the user has not changed it', () => {
    const { hook, source } = setup();
    act(() => hook.result.current.follow(ARN));
    expect(source()).toBe(ARN);
    act(() => hook.result.current.follow(OTHER));
    expect(source()).toBe(OTHER);
  });

  it('stops following once the user typed their own Source ARN, and ignores what is not an ARN', () => {
    const { hook, source, type } = setup();
    act(() => hook.result.current.follow(ARN));
    type('arn:aws:ses:us-east-1:111122223333:identity/mine.example');
    act(() => hook.result.current.follow(OTHER));
    expect(source()).toBe('arn:aws:ses:us-east-1:111122223333:identity/mine.example');
    act(() => hook.result.current.follow('not an arn'));
    expect(source()).toBe('arn:aws:ses:us-east-1:111122223333:identity/mine.example');
  });

  it("keeps a link's Source ARN as given unless it was the identity's", () => {
    const given = setup(OTHER);
    act(() => given.hook.result.current.adopt({ sourceArn: OTHER, identityArn: ARN }));
    act(() => given.hook.result.current.follow(ARN));
    expect(given.source()).toBe(OTHER);
    const same = setup(ARN);
    act(() => same.hook.result.current.adopt({ sourceArn: ARN, identityArn: ARN }));
    act(() => same.hook.result.current.follow(OTHER));
    expect(same.source()).toBe(OTHER);
  });
});
