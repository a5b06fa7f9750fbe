import { describe, expect, it } from 'vitest';
import { codeQuote } from '../../policy-engine/code-quote';
import { codeSpans, iamQuotedSpans } from './code-spans';

describe('codeSpans', () => {
  it('reads `backticked` values as code and the rest as prose', () => {
    expect(codeSpans('only From addresses matching `marketing+*@ses-example.com` until 2027')).toEqual([
      { code: false, text: 'only From addresses matching ' },
      { code: true, text: 'marketing+*@ses-example.com' },
      { code: false, text: ' until 2027' },
    ]);
    expect(codeSpans('`a` or `b`')).toEqual([
      { code: true, text: 'a' },
      { code: false, text: ' or ' },
      { code: true, text: 'b' },
    ]);
  });

  it('leaves text without backticks, and an unclosed backtick, as prose', () => {
    expect(codeSpans('Allows account 999999999999 to send.')).toEqual([
      { code: false, text: 'Allows account 999999999999 to send.' },
    ]);
    expect(codeSpans("User `arn:aws:iam::1:user/x' is refused")).toEqual([
      { code: false, text: "User `arn:aws:iam::1:user/x' is refused" },
    ]);
    expect(codeSpans('')).toEqual([]);
  });

  it('closes a span only with a run of as many backticks, so values can hold backticks', () => {
    expect(codeSpans('value ``a`b`` here')).toEqual([
      { code: false, text: 'value ' },
      { code: true, text: 'a`b' },
      { code: false, text: ' here' },
    ]);
    expect(codeSpans('`` `x` ``')).toEqual([{ code: true, text: '`x`' }]);
    expect(codeSpans('``open `one`')).toEqual([
      { code: false, text: '``open ' },
      { code: true, text: 'one' },
    ]);
  });

  it('keeps markup-like text as plain characters', () => {
    expect(codeSpans('matching `<img src=x onerror=alert(1)>`')).toEqual([
      { code: false, text: 'matching ' },
      { code: true, text: '<img src=x onerror=alert(1)>' },
    ]);
  });
});

describe("the engine's quoting and codeSpans", () => {
  it('reads back every quoted value whole, whatever backticks and spaces it holds', () => {
    for (const value of [
      'ses:FromAddress',
      'a`b',
      '`x`',
      '``',
      'x``y`',
      ' padded ',
      '  ',
      '<img src=x onerror=alert(1)>',
    ]) {
      expect(codeSpans(`when ${codeQuote(value)} holds`)).toEqual([
        { code: false, text: 'when ' },
        { code: true, text: value },
        { code: false, text: ' holds' },
      ]);
    }
  });
});

describe('iamQuotedSpans', () => {
  it("reads SES's `quoted' parts as code", () => {
    expect(
      iamQuotedSpans(
        "User `arn:aws:iam::999999999999:user/marketer' is not authorized to perform `ses:SendEmail'",
      ),
    ).toEqual([
      { code: false, text: 'User ' },
      { code: true, text: 'arn:aws:iam::999999999999:user/marketer' },
      { code: false, text: ' is not authorized to perform ' },
      { code: true, text: 'ses:SendEmail' },
    ]);
    expect(iamQuotedSpans('no quotes here')).toEqual([{ code: false, text: 'no quotes here' }]);
    expect(iamQuotedSpans('a `dangling')).toEqual([{ code: false, text: 'a `dangling' }]);
  });
});
