/**
 * A principals file: a team's own account IDs, IAM users and roles and their access keys, served
 * instead of the demo's. The file is checked whole before the endpoint starts; the first problem
 * is reported with its path in the file.
 *
 *   { "principals": [ { "arn": "arn:aws:iam::123456789012:user/ci", "accessKeyId": "AKIA...",
 *       "secretAccessKey": "...", "iamPolicies": [ { "name": "Send", "document": { ... } } ] } ] }
 */
import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import type { Principal } from '../mocks/ses/directory';

const MAX_FILE_BYTES = 1024 * 1024;
const IAM_ARN = /^arn:aws:iam::(\d{12}):(root|(user|role)\/[\w+=,.@/-]{1,512})$/;

const policy = z.object({
  name: z.string().regex(/^[\w+=,.@-]{1,128}$/, 'a policy name is 1 to 128 letters, digits and +=,.@_-'),
  document: z.union([z.string().min(1), z.record(z.string(), z.unknown())]),
});

const principal = z.object({
  id: z
    .string()
    .regex(/^[\w.-]{1,64}$/, 'an id is 1 to 64 letters, digits and ._-')
    .optional(),
  label: z.string().min(1).max(200).optional(),
  arn: z
    .string()
    .regex(IAM_ARN, 'an IAM ARN: arn:aws:iam::<12-digit account>:root, :user/<name> or :role/<name>'),
  accessKeyId: z
    .string()
    .regex(/^[A-Z0-9]{16,128}$/, 'an access key ID is 16 to 128 upper-case letters and digits'),
  secretAccessKey: z.string().min(1).max(128),
  iamPolicies: z.array(policy).max(100).optional(),
  snsTopics: z
    .array(z.string().regex(/^arn:aws:sns:[a-z0-9-]+:\d{12}:[\w-]{1,256}$/, 'an SNS topic ARN'))
    .max(100)
    .optional(),
});

const file = z.object({ principals: z.array(principal).min(1).max(1000) });

function problem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it is not a principals file';
  const path = issue.path.length ? issue.path.join('.') : '(the whole file)';
  return `${path}: ${issue.message}`;
}

/** The principals of a parsed file, or an Error saying what is wrong in it. */
export function principalsFromJson(value: unknown): Principal[] {
  const parsed = file.safeParse(value);
  if (!parsed.success) throw new Error(`The principals file is not valid at ${problem(parsed.error)}.`);
  const ids = new Set<string>();
  const keys = new Set<string>();
  return parsed.data.principals.map((p, index) => {
    const [, account = '', kind = ''] = IAM_ARN.exec(p.arn) ?? [];
    const id = p.id ?? `${account}-${kind.replace(/\//g, '-')}`;
    if (ids.has(id))
      throw new Error(`The principals file is not valid at principals.${index}.id: "${id}" is used twice.`);
    if (keys.has(p.accessKeyId))
      throw new Error(
        `The principals file is not valid at principals.${index}.accessKeyId: that key is used twice.`,
      );
    if (kind === 'root' && p.iamPolicies?.length)
      throw new Error(
        `The principals file is not valid at principals.${index}.iamPolicies: an account's root is not limited by IAM policies; give them to an IAM user or role.`,
      );
    ids.add(id);
    keys.add(p.accessKeyId);
    return {
      id,
      label: p.label ?? (kind === 'root' ? `Account ${account}` : `${kind} (${account})`),
      arn: p.arn,
      account,
      accessKeyId: p.accessKeyId,
      secretAccessKey: p.secretAccessKey,
      // Roots have no IAM policies (they may do everything); users and roles have only what is listed.
      iamPolicies:
        kind === 'root'
          ? undefined
          : (p.iamPolicies ?? []).map(({ name, document }) => ({
              name,
              document: typeof document === 'string' ? document : JSON.stringify(document),
            })),
      snsTopics: p.snsTopics ?? [],
    };
  });
}

export function readPrincipalsFile(path: string): Principal[] {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new Error(`No principals file at ${path}.`);
  }
  if (size > MAX_FILE_BYTES) throw new Error(`The principals file ${path} is over 1 MB.`);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`The principals file ${path} is not JSON: ${(error as Error).message}`);
  }
  return principalsFromJson(value);
}
