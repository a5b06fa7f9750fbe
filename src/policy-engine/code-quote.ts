/**
 * How the engine's plain English sets a value off: in backticks, as a CommonMark code span, which
 * the console renders as <code> (src/lib/ui/code-spans.ts reads it back). A value that itself
 * holds backticks is fenced with a longer run than any inside it, and padded with a space where
 * it starts or ends with one, so the span closes where the value ends and nowhere inside it.
 */
export function codeQuote(value: string): string {
  const longestRun = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = value.startsWith('`') || value.endsWith('`') || /^ .*[^ ].* $/s.test(value) ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}
