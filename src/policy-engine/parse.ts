/**
 * Reads policy text into the compiled model (types.ts) with a range and path for every element,
 * using jsonc-parser, the parser behind VS Code's JSON support. Parse-level problems (invalid
 * JSON, a statement without Effect, an unknown operator, wrong value types, unknown elements)
 * become `error` diagnostics and mark the policy unreadable: what cannot be read might have
 * denied, so it may never contribute to an Allow. SES's storage rules live in validate.ts.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import {
  byteLength,
  documentTooComplex,
  MAX_NESTING_DEPTH,
  MAX_POLICY_BYTES,
  MAX_READABLE_POLICY_BYTES,
  offsetBeyondDepth,
} from './limits';
import { parseOperator } from './operators';
import { lineIndex, rangeAt, EMPTY_RANGE, type LineIndex } from './position';
import type {
  CompiledPolicy,
  CompiledStatement,
  ConditionClause,
  Diagnostic,
  JsonPath,
  LocatedValue,
  PatternBlock,
  PrincipalBlock,
  PrincipalEntry,
  PrincipalType,
  SourceRange,
} from './types';

const TOP_LEVEL = new Set(['Version', 'Id', 'Statement']);
const PRINCIPAL_TYPES = new Set<PrincipalType>(['AWS', 'Service', 'Federated', 'CanonicalUser']);

class Reader {
  readonly diagnostics: Diagnostic[] = [];
  readable = true;
  private readonly lines: LineIndex;

  constructor(readonly text: string) {
    this.lines = lineIndex(text);
  }

  range(node: Node): SourceRange {
    return rangeAt(this.lines, node.offset, node.length);
  }

  /** The key's range for a property's value node, else the node's own. */
  keyRange(node: Node): SourceRange {
    const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    return this.range(key ?? node);
  }

  error(code: string, message: string, path: JsonPath, range: SourceRange, unreadable = true) {
    this.diagnostics.push({ code, severity: 'error', message, path, range });
    if (unreadable) this.readable = false;
  }
}

function properties(node: Node): { key: string; keyNode: Node; value: Node }[] {
  const out: { key: string; keyNode: Node; value: Node }[] = [];
  for (const prop of node.children ?? []) {
    const [keyNode, value] = prop.children ?? [];
    if (keyNode && value) out.push({ key: String(keyNode.value), keyNode, value });
  }
  return out;
}

function describeType(node: Node): string {
  return node.type === 'null' ? 'null' : `${node.type === 'array' ? 'an' : 'a'} ${node.type}`;
}

/** A string or a list of strings (Action, Resource, principal values). */
function readStrings(reader: Reader, node: Node, path: JsonPath, element: string): LocatedValue[] {
  const items = node.type === 'array' ? (node.children ?? []) : [node];
  const out: LocatedValue[] = [];
  items.forEach((item, i) => {
    const itemPath = node.type === 'array' ? [...path, i] : path;
    if (item.type !== 'string') {
      reader.error(
        'invalid-value-type',
        `${element} must be a string or a list of strings; found ${describeType(item)}.`,
        itemPath,
        reader.range(item),
      );
      return;
    }
    out.push({ value: item.value as string, range: reader.range(item), path: itemPath });
  });
  if (node.type === 'array' && items.length === 0) {
    reader.error(
      'empty-list',
      `${element} is an empty list: list at least one value.`,
      path,
      reader.range(node),
      false,
    );
  }
  return out;
}

function readPrincipal(reader: Reader, node: Node, path: JsonPath, negated: boolean): PrincipalBlock {
  const element = negated ? 'NotPrincipal' : 'Principal';
  const block: PrincipalBlock = { negated, entries: [], range: reader.range(node), path };
  if (node.type === 'string') {
    if (node.value === '*') {
      block.entries.push({ type: '*', value: '*', range: reader.range(node), path });
    } else {
      reader.error(
        'invalid-principal',
        `${element} as a plain string can only be "*"; write {"AWS": "${String(node.value)}"} for an account or ARN, or {"Service": "..."} for a service.`,
        path,
        reader.range(node),
      );
    }
    return block;
  }
  if (node.type !== 'object') {
    reader.error(
      'invalid-principal',
      `${element} must be "*" or an object such as {"AWS": ["123456789012"]}; found ${describeType(node)}.`,
      path,
      reader.range(node),
    );
    return block;
  }
  for (const { key, keyNode, value } of properties(node)) {
    if (!PRINCIPAL_TYPES.has(key as PrincipalType)) {
      reader.error(
        'invalid-principal-type',
        `"${key}" is not a principal type: use "AWS", "Service", "Federated" or "CanonicalUser" (case-sensitive).`,
        [...path, key],
        reader.range(keyNode),
      );
      continue;
    }
    for (const v of readStrings(reader, value, [...path, key], `${element}.${key}`)) {
      const entry: PrincipalEntry = {
        type: key as PrincipalType,
        value: v.value,
        range: v.range,
        path: v.path,
      };
      block.entries.push(entry);
    }
  }
  return block;
}

function readPattern(
  reader: Reader,
  node: Node,
  path: JsonPath,
  element: string,
  negated: boolean,
): PatternBlock {
  return { negated, values: readStrings(reader, node, path, element), range: reader.range(node), path };
}

function readCondition(reader: Reader, node: Node, path: JsonPath): ConditionClause[] {
  const clauses: ConditionClause[] = [];
  if (node.type !== 'object') {
    reader.error(
      'invalid-condition',
      `Condition must be an object of operators, such as {"StringLike": {"ses:FromAddress": "*@example.com"}}; found ${describeType(node)}.`,
      path,
      reader.range(node),
    );
    return clauses;
  }
  for (const { key: operatorText, keyNode: opKey, value: opValue } of properties(node)) {
    const opPath = [...path, operatorText];
    const parsed = parseOperator(operatorText);
    if (!parsed) {
      reader.error(
        'unknown-operator',
        `"${operatorText}" is not a condition operator. Use one such as StringEquals, StringLike, DateLessThan, IpAddress, Bool or Null (names are case-sensitive), optionally with ForAllValues:/ForAnyValue: or IfExists.`,
        opPath,
        reader.range(opKey),
      );
      continue;
    }
    if (opValue.type !== 'object') {
      reader.error(
        'invalid-condition',
        `${operatorText} must map condition keys to values, such as {"ses:FromAddress": "sender@example.com"}; found ${describeType(opValue)}.`,
        opPath,
        reader.range(opValue),
      );
      continue;
    }
    for (const { key, keyNode, value } of properties(opValue)) {
      const keyPath = [...opPath, key];
      const items = value.type === 'array' ? (value.children ?? []) : [value];
      const values: LocatedValue<string | number | boolean>[] = [];
      items.forEach((item, i) => {
        const itemPath = value.type === 'array' ? [...keyPath, i] : keyPath;
        if (item.type === 'string' || item.type === 'number' || item.type === 'boolean') {
          values.push({
            value: item.value as string | number | boolean,
            range: reader.range(item),
            path: itemPath,
          });
        } else {
          reader.error(
            'invalid-value-type',
            `Condition values must be strings, numbers or booleans; ${key} has ${describeType(item)}.`,
            itemPath,
            reader.range(item),
          );
        }
      });
      clauses.push({
        operatorText,
        operator: parsed.info.name,
        family: parsed.info.family,
        negated: parsed.info.negated,
        ifExists: parsed.ifExists,
        setOperator: parsed.setOperator,
        key,
        keyLower: key.toLowerCase(),
        values,
        operatorRange: reader.range(opKey),
        keyRange: reader.range(keyNode),
        path: keyPath,
      });
    }
  }
  return clauses;
}

function readStatement(
  reader: Reader,
  node: Node,
  index: number,
  path: JsonPath,
): CompiledStatement | undefined {
  if (node.type !== 'object') {
    reader.error(
      'invalid-statement',
      `Each statement must be an object with Effect, Principal, Action and Resource; found ${describeType(node)}.`,
      path,
      reader.range(node),
    );
    return undefined;
  }
  const statement: CompiledStatement = { index, conditions: [], range: reader.range(node), path };
  const seen = new Set<string>();
  for (const { key, keyNode, value } of properties(node)) {
    const elPath = [...path, key];
    if (seen.has(key)) {
      reader.error(
        'duplicate-element',
        `${key} appears twice in this statement; keep one.`,
        elPath,
        reader.range(keyNode),
      );
    }
    seen.add(key);
    switch (key) {
      case 'Sid':
        if (value.type === 'string') statement.sid = value.value as string;
        else
          reader.error(
            'invalid-value-type',
            `Sid must be a string; found ${describeType(value)}.`,
            elPath,
            reader.range(value),
            false,
          );
        break;
      case 'Effect':
        if (value.value === 'Allow' || value.value === 'Deny') statement.effect = value.value;
        else
          reader.error(
            'invalid-effect',
            `Effect must be "Allow" or "Deny" (case-sensitive); found ${JSON.stringify(value.value ?? null)}.`,
            elPath,
            reader.range(value),
          );
        break;
      case 'Principal':
      case 'NotPrincipal':
        statement.principal = readPrincipal(reader, value, elPath, key === 'NotPrincipal');
        break;
      case 'Action':
      case 'NotAction':
        statement.action = readPattern(reader, value, elPath, key, key === 'NotAction');
        break;
      case 'Resource':
      case 'NotResource':
        statement.resource = readPattern(reader, value, elPath, key, key === 'NotResource');
        break;
      case 'Condition':
        statement.conditions = readCondition(reader, value, elPath);
        break;
      default:
        reader.error(
          'unknown-element',
          `"${key}" is not a statement element. Use Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource or Condition (case-sensitive).`,
          elPath,
          reader.range(keyNode),
        );
    }
  }
  for (const [a, b] of [
    ['Principal', 'NotPrincipal'],
    ['Action', 'NotAction'],
    ['Resource', 'NotResource'],
  ] as const) {
    if (seen.has(a) && seen.has(b)) {
      reader.error(
        'conflicting-elements',
        `A statement cannot have both ${a} and ${b}; keep one.`,
        path,
        reader.range(node),
      );
    }
  }
  if (!seen.has('Effect')) {
    reader.error(
      'missing-effect',
      'This statement has no Effect: add "Effect": "Allow" or "Effect": "Deny".',
      path,
      reader.keyRange(node),
    );
  }
  return statement;
}

export function compilePolicy(text: string, name: string): CompiledPolicy {
  const reader = new Reader(text);
  const policy: CompiledPolicy = {
    name,
    text,
    statements: [],
    readable: true,
    diagnostics: reader.diagnostics,
  };
  if (!withinReadingLimits(reader, text)) {
    policy.readable = false;
    return policy;
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  for (const e of errors) {
    reader.error(
      'invalid-json',
      `Invalid JSON: ${humanParseError(printParseErrorCode(e.error))}.`,
      [],
      reader.range({ offset: e.offset, length: e.length } as Node),
    );
  }
  if (errors.length > 0 || !root) {
    if (!root && errors.length === 0)
      reader.error('invalid-json', 'The policy is empty: write a JSON object.', [], EMPTY_RANGE);
    policy.readable = false;
    return policy;
  }
  if (root.type !== 'object') {
    reader.error(
      'not-an-object',
      `A policy must be a JSON object; found ${describeType(root)}.`,
      [],
      reader.range(root),
    );
    policy.readable = false;
    return policy;
  }
  for (const { key, keyNode, value } of properties(root)) {
    if (!TOP_LEVEL.has(key)) {
      reader.error(
        'unknown-element',
        `"${key}" is not a policy element. Use Version, Id and Statement (case-sensitive).`,
        [key],
        reader.range(keyNode),
      );
      continue;
    }
    if (key === 'Version') {
      if (value.type === 'string') policy.version = value.value as string;
      else
        reader.error(
          'invalid-version',
          `Version must be the string "2012-10-17"; found ${describeType(value)}.`,
          [key],
          reader.range(value),
        );
    } else if (key === 'Id') {
      if (value.type === 'string') policy.id = value.value as string;
      else
        reader.error(
          'invalid-value-type',
          `Id must be a string; found ${describeType(value)}.`,
          [key],
          reader.range(value),
          false,
        );
    } else if (value.type === 'array') {
      (value.children ?? []).forEach((child, i) => {
        const statement = readStatement(reader, child, i, ['Statement', i]);
        if (statement) policy.statements.push(statement);
      });
    } else {
      const statement = readStatement(reader, value, 0, ['Statement']);
      if (statement) policy.statements.push(statement);
    }
  }
  policy.readable = reader.readable;
  return policy;
}

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * Size and depth, checked before jsonc-parser sees the text: its parser recurses once per level
 * of nesting, so 10,000 nested arrays would overflow the stack, and a huge text costs every
 * keystroke in the editor. Both are reported as errors that leave the policy unreadable.
 */
function withinReadingLimits(reader: Reader, text: string): boolean {
  if (text.length > MAX_READABLE_POLICY_BYTES || byteLength(text) > MAX_READABLE_POLICY_BYTES) {
    reader.error(
      'too-large-to-read',
      `The policy is ${fmt(byteLength(text))} bytes, too large to read (at most ${fmt(MAX_READABLE_POLICY_BYTES)} bytes are read; SES stores at most ${fmt(MAX_POLICY_BYTES)}). Shorten it.`,
      [],
      EMPTY_RANGE,
    );
    return false;
  }
  const tooDeep = offsetBeyondDepth(text, MAX_NESTING_DEPTH);
  if (tooDeep !== undefined) {
    reader.error(
      'too-deeply-nested',
      `The policy nests arrays and objects more than ${MAX_NESTING_DEPTH} levels deep, so it was not read; a policy needs at most 7 levels (policy, Statement, statement, Condition, operator, key, values).`,
      [],
      reader.range({ offset: tooDeep, length: 1 } as Node),
    );
    return false;
  }
  return true;
}

/** Accepts a document already parsed into an object: printed with indentation so ranges exist. */
export function compilePolicyDocument(document: string | object, name: string): CompiledPolicy {
  if (typeof document === 'string') return compilePolicy(document, name);
  let text: string;
  try {
    // Checked without recursion before JSON.stringify, which recurses and, with indentation,
    // writes a line per level: a deep, cyclic or enormous object would overflow or hang it.
    const complexity = documentTooComplex(document);
    if (complexity === 'too-deep') {
      return unreadableDocument(
        name,
        'too-deeply-nested',
        `The policy object nests arrays and objects more than ${MAX_NESTING_DEPTH} levels deep (or refers to itself), so it was not read.`,
      );
    }
    if (complexity === 'too-large') {
      return unreadableDocument(
        name,
        'too-large-to-read',
        `The policy object holds more than ${fmt(MAX_READABLE_POLICY_BYTES)} values, too many to read (SES stores at most ${fmt(MAX_POLICY_BYTES)} bytes).`,
      );
    }
    // Printed compactly first: a toJSON could still return something deep or huge, and
    // compilePolicy checks the compact text before it is indented.
    const compact = JSON.stringify(document) ?? '';
    if (compact.length > MAX_READABLE_POLICY_BYTES || offsetBeyondDepth(compact) !== undefined)
      return compilePolicy(compact, name);
    text = JSON.stringify(JSON.parse(compact), null, 2);
  } catch (error) {
    return unreadableDocument(
      name,
      'invalid-json',
      `The policy object cannot be turned into JSON: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
  return compilePolicy(text, name);
}

function unreadableDocument(name: string, code: string, message: string): CompiledPolicy {
  return {
    name,
    text: '',
    statements: [],
    readable: false,
    diagnostics: [{ code, severity: 'error', message, path: [], range: EMPTY_RANGE }],
  };
}

function humanParseError(code: string): string {
  return PARSE_ERROR_WORDS.get(code) ?? code;
}

const PARSE_ERROR_WORDS = new Map(
  Object.entries({
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'malformed number',
    PropertyNameExpected: 'a property name in double quotes was expected',
    ValueExpected: 'a value was expected',
    ColonExpected: 'a colon was expected after the property name',
    CommaExpected: 'a comma was expected between items',
    CloseBraceExpected: 'a closing } was expected',
    CloseBracketExpected: 'a closing ] was expected',
    EndOfFileExpected: 'the text continues after the policy object ends',
    InvalidCommentToken: 'comments are not allowed in policies',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'a string is not closed with a double quote',
    UnexpectedEndOfNumber: 'a number ends unexpectedly',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character in a string',
    InvalidCharacter: 'invalid character in a string (control characters must be escaped)',
  }),
);
