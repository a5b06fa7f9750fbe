/** Offsets in the policy text to 1-based line/column positions and ranges. */
import type { SourcePosition, SourceRange } from './types';

export interface LineIndex {
  starts: number[];
}

export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return { starts };
}

export function positionAt(index: LineIndex, offset: number): SourcePosition {
  const { starts } = index;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { offset, line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

export function rangeAt(index: LineIndex, offset: number, length: number): SourceRange {
  return { start: positionAt(index, offset), end: positionAt(index, offset + length) };
}

export const EMPTY_RANGE: SourceRange = {
  start: { offset: 0, line: 1, column: 1 },
  end: { offset: 0, line: 1, column: 1 },
};
