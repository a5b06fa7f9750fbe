// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emptyRecord, ownRecord, ownValue } from './own-keys';

describe('own-key dictionaries', () => {
  it('never answer with Object.prototype members', () => {
    const plain: Record<string, number> = { a: 1 };
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__'])
      expect(ownValue(plain, name)).toBeUndefined();
    expect(ownValue(plain, 'a')).toBe(1);
    expect(ownValue(undefined, 'a')).toBeUndefined();
  });

  it('store __proto__ as an ordinary key instead of replacing the prototype', () => {
    const record = emptyRecord<string>();
    record.__proto__ = 'a policy';
    expect(Object.keys(record)).toEqual(['__proto__']);
    expect(ownValue(record, '__proto__')).toBe('a policy');
    expect(JSON.stringify(record)).toBe('{"__proto__":"a policy"}');
    const copy = ownRecord(JSON.parse('{"__proto__":{"x":1},"constructor":2}') as Record<string, unknown>);
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect(ownValue(copy, '__proto__')).toEqual({ x: 1 });
    expect(ownValue(copy, 'constructor')).toBe(2);
  });
});
