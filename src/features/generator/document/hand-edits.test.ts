import { describe, expect, it } from 'vitest';
import { isHandEdited, NO_DOCUMENT, regenerate, resolveRegeneration } from './hand-edits';

const A = '{\n  "Version": "2012-10-17"\n}';
const B = '{\n  "Version": "2008-10-17"\n}';

describe('hand edits', () => {
  it('the first generation and unedited documents are replaced without asking', () => {
    expect(regenerate(NO_DOCUMENT, A)).toEqual({ kind: 'apply', state: { text: A, generated: A } });
    expect(regenerate({ text: A, generated: A }, B)).toEqual({
      kind: 'apply',
      state: { text: B, generated: B },
    });
  });

  it('layout changes are not hand edits', () => {
    expect(isHandEdited({ text: '{"Version":"2012-10-17"}', generated: A })).toBe(false);
  });

  it('hand edits survive unchanged fields, and changed fields ask first', () => {
    const edited = { text: `${A} oops`, generated: A };
    expect(isHandEdited(edited)).toBe(true);
    expect(regenerate(edited, A)).toEqual({ kind: 'apply', state: edited });
    expect(regenerate(edited, B)).toEqual({ kind: 'ask', next: B });
    expect(resolveRegeneration(edited, B, 'regenerate')).toEqual({ text: B, generated: B });
    const kept = resolveRegeneration(edited, B, 'keep');
    expect(kept).toEqual({ text: edited.text, generated: B });
    // Kept once: asked again only when the fields change again.
    expect(regenerate(kept, B).kind).toBe('apply');
  });
});
