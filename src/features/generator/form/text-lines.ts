/** The one-per-line fields (principals, condition values): their non-empty trimmed lines. */
export interface Line {
  /** 1-based, as the user counts the lines of the field. */
  number: number;
  text: string;
}

export function numberedLines(text: string): Line[] {
  return text
    .split(/\r?\n/)
    .map((line, i) => ({ number: i + 1, text: line.trim() }))
    .filter((line) => line.text !== '');
}

export function lines(text: string): string[] {
  return numberedLines(text).map((l) => l.text);
}
