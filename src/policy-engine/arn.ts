/**
 * ARNs: parsing and IAM's segment-wise matching. `arn:partition:service:region:account:resource`
 * is compared segment by segment, so a `*` in one segment cannot swallow a `:`; the resource
 * segment keeps any further colons.
 */
import { compileGlob, globMatch, hasWildcard } from './glob';

export interface Arn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

export function parseArn(text: string): Arn | undefined {
  if (!text.startsWith('arn:')) return undefined;
  const parts = text.split(':');
  if (parts.length < 6) return undefined;
  const [, partition = '', service = '', region = '', account = ''] = parts;
  return { partition, service, region, account, resource: parts.slice(5).join(':') };
}

function segments(text: string): string[] | undefined {
  const parts = text.split(':');
  if (parts.length < 6) return undefined;
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}

/** ArnLike / ArnEquals: both behave the same, per the IAM documentation. */
export function arnMatch(pattern: string, value: string): boolean {
  if (pattern === '*') return true;
  const p = segments(pattern);
  const v = segments(value);
  if (!p || !v) return false;
  for (let i = 0; i < 6; i++) if (!globMatch(p[i] ?? '', v[i] ?? '')) return false;
  return true;
}

/**
 * Resource element matching. The Resource element is matched with wildcards over the whole ARN,
 * but a pattern with six segments is matched segment-wise so that `*` stays within a segment.
 */
export function compileResourcePattern(pattern: string): (arn: string) => boolean {
  if (pattern === '*') return () => true;
  if (!hasWildcard(pattern)) return (arn) => arn === pattern;
  if (segments(pattern)) return (arn) => arnMatch(pattern, arn);
  const glob = compileGlob(pattern);
  return glob;
}
