import { describe, expect, it } from 'vitest';
import { lineDiff, MAX_DIFF_CELLS } from './line-diff';

describe('lineDiff', () => {
  it('marks the lines only one side has, in order, and keeps the common ones', () => {
    expect(lineDiff('a\nb\nc', 'a\nx\nc\nd')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
  });

  it('handles one side empty, and equal texts', () => {
    expect(lineDiff('', 'a')).toEqual([
      { kind: 'removed', text: '' },
      { kind: 'added', text: 'a' },
    ]);
    expect(lineDiff('a\nb', 'a\nb')?.every((l) => l.kind === 'same')).toBe(true);
  });

  it('refuses texts too long to compare line by line instead of building a huge table', () => {
    const lines = 'x\n'.repeat(Math.ceil(Math.sqrt(MAX_DIFF_CELLS)) + 1);
    expect(lineDiff(lines, lines)).toBeUndefined();
  });
});
