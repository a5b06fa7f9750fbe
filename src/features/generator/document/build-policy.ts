/**
 * The policy document the form describes, as it will be stored: Version 2012-10-17, one
 * statement per form statement, the identity's ARN as Resource, pretty-printed JSON.
 */
import { lookupConditionKey, SEND_ACTIONS } from '../../../policy-engine';
import { takesSetOperator } from '../conditions/condition-catalog';
import type { ConditionForm, GeneratorForm, StatementForm } from '../form/generator-schema';
import { principalKind } from '../statements/principals';
import { lines } from '../form/text-lines';
import { emptyRecord } from '../../../lib/own-keys';

type ConditionBlock = Record<string, Record<string, string | string[]>>;

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal: { AWS?: string[]; Service?: string[] };
  Action: string[];
  Resource: string;
  Condition?: ConditionBlock;
}

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}

/** `ForAllValues:StringLike`, or the bare operator when no set operator applies. */
export function conditionOperator(c: ConditionForm): string {
  return c.setOperator && takesSetOperator(c.key, c.operator) ? `${c.setOperator}:${c.operator}` : c.operator;
}

function conditionBlock(conditions: ConditionForm[]): ConditionBlock | undefined {
  if (conditions.length === 0) return undefined;
  // Prototype-less: keys are typed by the user, and `block["__proto__"] = ...` on a plain object
  // would set its prototype (the condition would vanish from the JSON) instead of adding a key.
  const block: ConditionBlock = emptyRecord();
  for (const c of conditions) {
    const values = lines(c.values);
    // A multi-valued key keeps the list form the SES examples use, even for one value.
    const value = values.length === 1 && !lookupConditionKey(c.key)?.multiValued ? (values[0] ?? '') : values;
    const operator = conditionOperator(c);
    const keys = block[operator] ?? emptyRecord<string | string[]>();
    keys[c.key] = value;
    block[operator] = keys;
  }
  return block;
}

export function buildStatement(s: StatementForm, identityArn: string): PolicyStatement {
  const principals = lines(s.principals);
  const aws = principals.filter((p) => principalKind(p) === 'AWS');
  const service = principals.filter((p) => principalKind(p) === 'Service');
  const condition = conditionBlock(s.conditions);
  return {
    ...(s.sid ? { Sid: s.sid } : {}),
    Effect: s.effect,
    Principal: { ...(aws.length ? { AWS: aws } : {}), ...(service.length ? { Service: service } : {}) },
    // In the catalog's order, whatever order they were ticked in.
    Action: SEND_ACTIONS.map((a) => a.name).filter((name) => s.actions.includes(name)),
    Resource: identityArn,
    ...(condition ? { Condition: condition } : {}),
  };
}

export function buildPolicy(form: Pick<GeneratorForm, 'statements'>, identityArn: string): PolicyDocument {
  return { Version: '2012-10-17', Statement: form.statements.map((s) => buildStatement(s, identityArn)) };
}

export function buildPolicyDocument(form: Pick<GeneratorForm, 'statements'>, identityArn: string): string {
  return JSON.stringify(buildPolicy(form, identityArn), null, 2);
}
