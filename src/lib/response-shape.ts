/**
 * Checks a JSON response against a schema at the boundary, so that a view is either given data
 * of the shape its types promise or fails with one sentence naming the entry and field that is
 * wrong. Zod is imported only by the lazily loaded pages that use this, never on first load.
 */
import type { z } from 'zod';

export class ResponseShapeError extends Error {}

export function parseResponse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = (issue?.path ?? [])
    .map((part) => (typeof part === 'number' ? `entry ${part + 1}` : `field "${String(part)}"`))
    .join(', ');
  throw new ResponseShapeError(
    `${what} is not what the console expects${where ? ` at ${where}` : ''}: ${issue?.message ?? 'unreadable'}. Nothing of it is shown.`,
  );
}
