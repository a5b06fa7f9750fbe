import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  clearFormDraft,
  formDraftKey,
  MAX_FORM_DRAFT_LENGTH,
  readFormDraft,
  writeFormDraft,
} from './form-draft-store';
import { sameValues } from './same-values';

const schema = z.object({ to: z.string(), list: z.array(z.string()).max(3) }).partial();
const AT = new Date('2026-03-01T10:00:00.000Z');

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('form drafts', () => {
  it('stores one draft per form, in this tab’s sessionStorage only', () => {
    expect(writeFormDraft('send-email', { to: 'a@example.com' }, AT)).toBe('stored');
    expect(writeFormDraft('send-raw', { to: 'b@example.com' }, AT)).toBe('stored');
    expect(readFormDraft('send-email', schema)).toEqual({
      values: { to: 'a@example.com' },
      savedAt: AT.toISOString(),
    });
    expect(readFormDraft('send-raw', schema)?.values).toEqual({ to: 'b@example.com' });
    expect(formDraftKey('send-email')).not.toBe(formDraftKey('send-raw'));
    expect(localStorage.length).toBe(0);
    clearFormDraft('send-email');
    expect(readFormDraft('send-email', schema)).toBeUndefined();
    expect(readFormDraft('send-raw', schema)).toBeDefined();
  });

  it('has no draft for a form nothing was stored for', () => {
    expect(readFormDraft('simulator', schema)).toBeUndefined();
  });

  it.each([
    ['not JSON (cut short)', '{"version":1,"savedAt":"2026'],
    ['JSON of the wrong shape', '[1,2,3]'],
    ['null', 'null'],
    ['of another version', JSON.stringify({ version: 2, savedAt: AT.toISOString(), values: {} })],
    ['without values', JSON.stringify({ version: 1, savedAt: AT.toISOString() })],
    ['with a field of the wrong type', JSON.stringify({ version: 1, values: { to: 42 } })],
    ['with a list past its bound', JSON.stringify({ version: 1, values: { list: ['a', 'b', 'c', 'd'] } })],
    ['too long', JSON.stringify({ version: 1, values: { to: 'x'.repeat(MAX_FORM_DRAFT_LENGTH) } })],
  ])('ignores and removes a stored entry %s', (_, stored) => {
    sessionStorage.setItem(formDraftKey('simulator'), stored);
    expect(readFormDraft('simulator', schema)).toBeUndefined();
    expect(sessionStorage.getItem(formDraftKey('simulator'))).toBeNull();
  });

  it('drops keys the form does not have, __proto__ included', () => {
    sessionStorage.setItem(
      formDraftKey('simulator'),
      '{"version":1,"savedAt":"x","values":{"to":"a@example.com","__proto__":{"polluted":true},"extra":1}}',
    );
    const draft = readFormDraft('simulator', schema);
    expect(draft).toEqual({ values: { to: 'a@example.com' }, savedAt: '' });
    expect(Object.getPrototypeOf(draft?.values)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not store an entry past the bound, and keeps the earlier draft', () => {
    writeFormDraft('send-raw', { to: 'small' }, AT);
    expect(writeFormDraft('send-raw', { to: 'x'.repeat(MAX_FORM_DRAFT_LENGTH) })).toBe('too-large');
    expect(readFormDraft('send-raw', schema)?.values).toEqual({ to: 'small' });
  });

  it('says when the browser refuses to store', () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(writeFormDraft('send-raw', { to: 'a' })).toBe('unavailable');
    } finally {
      Storage.prototype.setItem = original;
    }
  });
});

describe('sameValues', () => {
  it('compares form values by content, not key order', () => {
    expect(sameValues({ a: '1', b: [{ n: 'x' }] }, { b: [{ n: 'x' }], a: '1' })).toBe(true);
    expect(sameValues({ a: '1' }, { a: '2' })).toBe(false);
    expect(sameValues({ a: [] }, { a: {} })).toBe(false);
    expect(sameValues({ a: '1' }, { a: '1', b: undefined })).toBe(false);
  });
});
