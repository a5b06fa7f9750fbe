// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SEND_ACTIONS } from './catalog';
import { OPERATORS } from './operators';
import { POLICY_SCHEMA_URI, policyJsonSchema, type JsonSchema } from './schema';

const statement = (policyJsonSchema.properties?.Statement?.anyOf?.[0] ?? {}) as JsonSchema;
const condition = statement.properties?.Condition?.properties ?? {};

describe('policy JSON schema', () => {
  it('is a draft-07 schema with its URI and a description on every element', () => {
    expect(policyJsonSchema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(policyJsonSchema.$id).toBe(POLICY_SCHEMA_URI);
    for (const [name, element] of Object.entries(statement.properties ?? {})) {
      expect(element.description, name).toEqual(expect.any(String));
    }
  });

  it('offers every operator, with IfExists and set-operator variants', () => {
    for (const op of OPERATORS) expect(condition[op.name]?.description).toBe(op.description);
    expect(condition['ForAllValues:StringLike']?.description).toMatch(/True when the key is absent/);
    expect(condition['StringLikeIfExists']).toBeDefined();
    expect(condition['NullIfExists']).toBeUndefined();
  });

  it('offers the SES keys inside operators and the send actions in Action', () => {
    expect(condition.StringLike?.properties?.['ses:FromAddress']?.description).toMatch(/From address/);
    expect(condition.StringLike?.properties?.['ses:Recipients']?.description).toMatch(/multi-valued/);
    const actionEnum = statement.properties?.Action?.anyOf?.[0]?.anyOf?.[0]?.enum ?? [];
    for (const action of SEND_ACTIONS) expect(actionEnum).toContain(action.name);
  });
});

describe('policy JSON schema: SES API v2', () => {
  it('offers the v2 actions in Action', () => {
    const statement = (policyJsonSchema.properties?.Statement?.anyOf?.[0] ?? {}) as JsonSchema;
    const actionEnum = statement.properties?.Action?.anyOf?.[0]?.anyOf?.[0]?.enum ?? [];
    for (const name of ['ses:SendBulkEmail', 'ses:CreateEmailIdentityPolicy', 'ses:GetEmailIdentity'])
      expect(actionEnum).toContain(name);
  });
});
