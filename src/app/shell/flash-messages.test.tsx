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

describe('flash messages belong to a page', () => {
  it('keep the messages of the page the user is on, and the console-wide ones', () => {
    const { result } = renderHook(() => useFlashMessages(), { wrapper });
    act(() =>
      result.current.notify({
        id: 'saved',
        type: 'success',
        content: 'Saved',
        page: '/identities/a%40b.example?tab=authorization',
      }),
    );
    act(() =>
      result.current.notify({
        id: 'created',
        type: 'success',
        content: 'Created',
        page: '/identities/x.example',
      }),
    );
    act(() => result.current.notify({ id: 'emulator', type: 'error', content: 'No emulator' }));
    // The router may hand the same page back decoded.
    act(() => result.current.keepFor('/identities/a@b.example'));
    expect(result.current.items.map((i) => i.id)).toEqual(['emulator', 'saved']);
    act(() => result.current.keepFor('/grants'));
    expect(result.current.items.map((i) => i.id)).toEqual(['emulator']);
    act(() => result.current.notify({ id: 'saved', type: 'success', content: 'Saved', page: '/grants' }));
    act(() => result.current.clear());
    expect(result.current.items.map((i) => i.id)).toEqual(['emulator']);
  });
});
