/**
 * The engine's plain-English text sets values off with backticks (`ses:FromAddress`). This cuts
 * such text into prose and code, as CommonMark reads code spans: a run of N backticks opens a
 * span that the next run of exactly N closes, so a value holding a backtick can be fenced with
 * more of them; a run with no closing partner is literal text. The result is plain strings for
 * React text nodes: nothing is ever read as HTML.
 */
export interface TextPart {
  code: boolean;
  text: string;
}

/** CommonMark: one leading and one trailing space are dropped when both are there (``x` y``). */
function spanContent(raw: string): string {
  return raw.length >= 2 && raw.startsWith(' ') && raw.endsWith(' ') && raw.trim() !== ''
    ? raw.slice(1, -1)
    : raw;
}

export function codeSpans(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let prose = '';
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('`', at);
    if (open === -1) break;
    let runEnd = open;
    while (text[runEnd] === '`') runEnd += 1;
    const fence = runEnd - open;
    const close = closingRun(text, runEnd, fence);
    if (close === -1) {
      prose += text.slice(at, runEnd);
      at = runEnd;
      continue;
    }
    prose += text.slice(at, open);
    if (prose) parts.push({ code: false, text: prose });
    prose = '';
    parts.push({ code: true, text: spanContent(text.slice(runEnd, close)) });
    at = close + fence;
  }
  prose += text.slice(at);
  if (prose) parts.push({ code: false, text: prose });
  return parts;
}

/** Where the next run of exactly `fence` backticks from `from` starts, or -1. */
function closingRun(text: string, from: number, fence: number): number {
  let at = from;
  while (at < text.length) {
    const start = text.indexOf('`', at);
    if (start === -1) return -1;
    let end = start;
    while (text[end] === '`') end += 1;
    if (end - start === fence) return start;
    at = end;
  }
  return -1;
}

/**
 * SES's and IAM's error messages quote as "User `arn:…' is not authorized to perform
 * `ses:SendEmail'": a backtick opens, an apostrophe closes. Their quoted parts as code.
 */
export function iamQuotedSpans(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(/`([^`']*)'/g)) {
    if (match.index > at) parts.push({ code: false, text: text.slice(at, match.index) });
    parts.push({ code: true, text: match[1] ?? '' });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ code: false, text: text.slice(at) });
  return parts;
}
