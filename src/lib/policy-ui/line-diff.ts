/**
 * Two texts compared line by line (longest common subsequence): the plain-text account of a
 * difference, for screen readers and for anyone who prefers a list to Monaco's diff view.
 * Bounded: past MAX_DIFF_CELLS the table would be too big to build, and undefined says so.
 */
export type DiffLine = { kind: 'same' | 'removed' | 'added'; text: string };

/** lines(a) × lines(b): a 4 KB policy is about 150 lines, so this is far above any real one. */
export const MAX_DIFF_CELLS = 1_000_000;

export function lineDiff(before: string, after: string): DiffLine[] | undefined {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length * b.length > MAX_DIFF_CELLS) return undefined;
  // lengths[i][j]: the common subsequence of a[i..] and b[j..], in one flat array.
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  const at = (i: number, j: number) => lengths[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lengths[i * width + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const left = a[i];
    const right = b[j];
    if (left !== undefined && left === right) {
      lines.push({ kind: 'same', text: left });
      i++;
      j++;
    } else if (left !== undefined && (right === undefined || at(i + 1, j) >= at(i, j + 1))) {
      lines.push({ kind: 'removed', text: left });
      i++;
    } else if (right !== undefined) {
      lines.push({ kind: 'added', text: right });
      j++;
    }
  }
  return lines;
}
