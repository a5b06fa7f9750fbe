import { beforeEach, describe, expect, it } from 'vitest';
import {
  collectOldDrafts,
  DRAFT_MAX_AGE_MS,
  draftKey,
  MAX_OFFERED_DRAFTS,
  MAX_STORED_DRAFTS,
  readSlotDrafts,
  writeDraft,
} from './policy-drafts';

const slot = draftKey('888888888888', 'ses-example.com', 'P');
const NOW = new Date('2026-12-01T12:00:00Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms);

beforeEach(() => localStorage.clear());

describe('stored drafts, per tab', () => {
  it('reads only the slot’s own drafts, not those of a policy whose name extends it or deeper keys', () => {
    writeDraft(`${slot}/tab-one1`, { name: 'P', document: 'one' }, ago(1000));
    writeDraft(`${draftKey('888888888888', 'ses-example.com', 'P2')}/tab-one1`, {
      name: 'P2',
      document: 'x',
    });
    writeDraft(`${slot}/tab-one1/deeper`, { name: 'P', document: 'deeper' });
    writeDraft(`${slot}/tab-two2`, { name: 'P', document: 'two' }, ago(0));
    const { drafts } = readSlotDrafts(slot, 'tab-one1');
    expect(drafts.map((d) => [d.document, d.origin])).toEqual([
      ['two', 'other-tab'],
      ['one', 'this-tab'],
    ]);
  });

  it('offers at most a few, the newest, and reports the unreadable ones with their keys', () => {
    for (let i = 0; i < MAX_OFFERED_DRAFTS + 3; i++)
      writeDraft(`${slot}/tab-${i}xxxxxxx`, { name: 'P', document: `d${i}` }, ago(i * 1000));
    localStorage.setItem(`${slot}/tab-broken1`, '{"name":');
    const { drafts, problems } = readSlotDrafts(slot, 'tab-0xxxxxxx');
    expect(drafts).toHaveLength(MAX_OFFERED_DRAFTS);
    expect(drafts[0]?.document).toBe('d0');
    expect(problems).toEqual([
      { key: `${slot}/tab-broken1`, problem: expect.stringContaining('not valid JSON') },
    ]);
  });

  it('ignores a base of the wrong type instead of trusting it', () => {
    localStorage.setItem(`${slot}/tab-one1`, JSON.stringify({ name: 'P', document: 'x', base: 42 }));
    expect(readSlotDrafts(slot, 'tab-one1').drafts[0]).not.toHaveProperty('base');
  });

  it('collects drafts older than the limit and the oldest beyond the count, never an offered one or an unreadable one', () => {
    writeDraft(`${slot}/tab-old1111`, { name: 'P', document: 'old' }, ago(DRAFT_MAX_AGE_MS + 1));
    writeDraft(`${slot}/tab-kept111`, { name: 'P', document: 'kept' }, ago(DRAFT_MAX_AGE_MS + 1));
    localStorage.setItem(`${slot}/tab-broken1`, 'not json');
    for (let i = 0; i < MAX_STORED_DRAFTS + 2; i++)
      writeDraft(
        `${slot}/n-${String(i).padStart(3, '0')}xxxxx`,
        { name: 'P', document: `d${i}` },
        ago(i * 1000),
      );
    localStorage.setItem('unrelated', 'left alone');
    const collected = collectOldDrafts(NOW, new Set([`${slot}/tab-kept111`]));
    expect(collected).toBe(1 + 3);
    expect(localStorage.getItem(`${slot}/tab-old1111`)).toBeNull();
    expect(localStorage.getItem(`${slot}/tab-kept111`)).not.toBeNull();
    expect(localStorage.getItem(`${slot}/tab-broken1`)).toBe('not json');
    expect(localStorage.getItem(`${slot}/n-000xxxxx`)).not.toBeNull();
    expect(localStorage.getItem(`${slot}/n-051xxxxx`)).toBeNull();
    expect(localStorage.getItem('unrelated')).toBe('left alone');
  });
});
