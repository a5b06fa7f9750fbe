import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { FlashMessagesProvider, useFlashMessages } from './flash-messages';

const wrapper = ({ children }: { children: ReactNode }) => (
  <FlashMessagesProvider>{children}</FlashMessagesProvider>
);

describe('flash messages', () => {
  it('adds newest first, replaces one with the same id, and dismisses', () => {
    const { result } = renderHook(() => useFlashMessages(), { wrapper });
    act(() => result.current.notify({ id: 'a', type: 'success', content: 'Saved' }));
    act(() => result.current.notify({ id: 'b', type: 'error', content: 'Refused' }));
    expect(result.current.items.map((i) => i.id)).toEqual(['b', 'a']);
    act(() => result.current.notify({ id: 'a', type: 'error', content: 'Saved again, then failed' }));
    expect(result.current.items.map((i) => [i.id, i.content])).toEqual([
      ['a', 'Saved again, then failed'],
      ['b', 'Refused'],
    ]);
    act(() => result.current.items[0]?.onDismiss?.(new CustomEvent('dismiss')));
    expect(result.current.items.map((i) => i.id)).toEqual(['b']);
  });

  it('refuses to work outside its provider', () => {
    expect(() => renderHook(() => useFlashMessages())).toThrow(/inside <FlashMessagesProvider>/);
  });
});
