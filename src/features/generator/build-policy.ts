/** The policy document the generator's form describes, as SES stores it (pretty-printed JSON). */
import { lines, principalKind, type ConditionForm, type GeneratorForm } from './generator-model';

type JsonValue = string | boolean | number | JsonValue[] | { [key: string]: JsonValue };

function conditionBlock(conditions: ConditionForm[]): Record<string, Record<string, JsonValue>> | undefined {
  if (conditions.length === 0) return undefined;
  const block: Record<string, Record<string, JsonValue>> = {};
  for (const c of conditions) {
    const operator = c.setOperator ? `${c.setOperator}:${c.operator}` : c.operator;
    const values = lines(c.values);
    const value = values.length === 1 ? (values[0] ?? '') : values;
    block[operator] = { ...block[operator], [c.key]: value };
  }
  return block;
}

export function buildPolicyDocument(identityArn: string, form: GeneratorForm): string {
  const statements = form.statements.map((s) => {
    const principals = lines(s.principals);
    const aws = principals.filter((p) => principalKind(p) === 'AWS');
    const service = principals.filter((p) => principalKind(p) === 'Service');
    const principal: Record<string, string[]> = {};
    if (aws.length) principal.AWS = aws;
    if (service.length) principal.Service = service;
    const condition = conditionBlock(s.conditions);
    return {
      ...(s.sid ? { Sid: s.sid } : {}),
      Effect: s.effect,
      Principal: principal,
      Action: s.actions,
      Resource: identityArn,
      ...(condition ? { Condition: condition } : {}),
    };
  });
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}
