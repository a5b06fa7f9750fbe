/**
 * A JSON Schema (draft-07) of the sending authorization policy language, generated from the
 * operator and key catalogues, for the editor's completions and hovers. It describes what can
 * be written; the engine's validation, not the schema, decides what is wrong.
 */
import { CONDITION_KEYS, SES_ACTIONS } from './catalog';
import { OPERATORS } from './operators';

export const POLICY_SCHEMA_URI = 'https://ses-console.local/schemas/sending-authorization-policy.json';

export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  markdownDescription?: string;
  type?: string | string[];
  enum?: (string | number | boolean)[];
  const?: string;
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  pattern?: string;
  definitions?: Record<string, JsonSchema>;
  $ref?: string;
  defaultSnippets?: { label: string; description?: string; body: unknown }[];
}

const stringOrList = (item: JsonSchema): JsonSchema => ({
  anyOf: [item, { type: 'array', items: item, minItems: 1 }],
});

const actionValue: JsonSchema = {
  anyOf: [
    {
      type: 'string',
      enum: ['ses:Send*', ...SES_ACTIONS.map((a) => a.name)],
    },
    { type: 'string', pattern: '^[A-Za-z0-9*?-]+:[A-Za-z0-9*?]+$|^\\*$' },
  ],
  description:
    'An SES action, e.g. ses:SendEmail or ses:SendBulkEmail. API v1 and v2 share the ses: prefix (there is no sesv2: prefix). Case-insensitive; * and ? are wildcards. SMTP, and v2 Raw content, need ses:SendRawEmail.',
};

const conditionValue: JsonSchema = stringOrList({ type: ['string', 'number', 'boolean'] });

function keyProperties(): Record<string, JsonSchema> {
  const props: Record<string, JsonSchema> = {};
  for (const key of CONDITION_KEYS) {
    if (key.prefix) continue;
    props[key.name] = {
      ...conditionValue,
      description: `${key.description} Type: ${key.type}${key.multiValued ? ', multi-valued' : ''}.`,
    };
  }
  return props;
}

function operatorProperties(): Record<string, JsonSchema> {
  const keys = keyProperties();
  const block = (description: string): JsonSchema => ({
    type: 'object',
    description,
    properties: keys,
    additionalProperties: conditionValue,
  });
  const props: Record<string, JsonSchema> = {};
  for (const op of OPERATORS) {
    props[op.name] = block(op.description);
    if (op.name !== 'Null') {
      props[`${op.name}IfExists`] = block(
        `${op.description} Also true when the key is absent from the request.`,
      );
    }
    for (const set of ['ForAllValues', 'ForAnyValue'] as const) {
      if (op.name === 'Null') continue;
      props[`${set}:${op.name}`] = block(
        `${set === 'ForAllValues' ? 'Every value of the multi-valued key' : 'At least one value of the multi-valued key'} must satisfy ${op.name}. ${op.description}${set === 'ForAllValues' ? ' True when the key is absent: add a Null check.' : ''}`,
      );
    }
  }
  return props;
}

const principal: JsonSchema = {
  description:
    'Who the statement applies to: "*", or {"AWS": account IDs or IAM ARNs} or {"Service": service principals}.',
  anyOf: [
    { type: 'string', enum: ['*'] },
    {
      type: 'object',
      properties: {
        AWS: {
          ...stringOrList({ type: 'string' }),
          description:
            'AWS account IDs (12 digits; every user and role in the account), arn:aws:iam::ACCOUNT:root, or IAM user and role ARNs.',
        },
        Service: {
          ...stringOrList({ type: 'string' }),
          description: 'AWS service principals, e.g. cognito-idp.amazonaws.com.',
        },
      },
      additionalProperties: false,
    },
  ],
};

const statement: JsonSchema = {
  type: 'object',
  required: ['Effect', 'Action'],
  properties: {
    Sid: { type: 'string', description: 'An optional identifier for the statement, unique in the policy.' },
    Effect: {
      type: 'string',
      enum: ['Allow', 'Deny'],
      description: 'Allow or Deny. An applicable Deny always wins.',
    },
    Principal: principal,
    NotPrincipal: { ...principal, description: 'Everyone except these principals. Avoid with Allow.' },
    Action: { ...stringOrList(actionValue), description: 'The send actions the statement covers.' },
    NotAction: { ...stringOrList(actionValue), description: 'Every action except these.' },
    Resource: {
      ...stringOrList({ type: 'string' }),
      description:
        'The ARN of the identity the policy is attached to, e.g. arn:aws:ses:us-east-1:123456789012:identity/example.com.',
    },
    NotResource: {
      ...stringOrList({ type: 'string' }),
      description: 'SES requires Resource; NotResource is refused.',
    },
    Condition: {
      type: 'object',
      description:
        'Conditions: operator → { key → value or values }. Operators and keys are ANDed; values of one key are ORed.',
      properties: operatorProperties(),
      additionalProperties: false,
    },
  },
  additionalProperties: false,
};

export const policyJsonSchema: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: POLICY_SCHEMA_URI,
  title: 'Amazon SES sending authorization policy',
  type: 'object',
  required: ['Statement'],
  properties: {
    Version: {
      type: 'string',
      enum: ['2012-10-17', '2008-10-17'],
      description: 'Use 2012-10-17: policy variables work only with it.',
    },
    Id: { type: 'string', description: 'An optional identifier for the policy.' },
    Statement: {
      description: 'One or more statements.',
      anyOf: [statement, { type: 'array', items: statement, minItems: 1 }],
    },
  },
  additionalProperties: false,
};
