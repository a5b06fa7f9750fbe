import { describe, expect, it } from 'vitest';
import { breakSegments } from './break-points';

describe('breakSegments', () => {
  it('cuts after : / @ and ; only, and the pieces join back to the value', () => {
    const arn = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
    expect(breakSegments(arn)).toEqual([
      'arn:',
      'aws:',
      'ses:',
      'us-east-1:',
      '888888888888:',
      'identity/',
      'ses-example.com',
    ]);
    expect(breakSegments('marketing+spring@ses-example.com')).toEqual([
      'marketing+spring@',
      'ses-example.com',
    ]);
    expect(breakSegments('a=1;b=2')).toEqual(['a=1;', 'b=2']);
  });

  it('keeps a value with no break point whole, and gives nothing for the empty value', () => {
    expect(breakSegments('ses:FromAddress')).toEqual(['ses:', 'FromAddress']);
    expect(breakSegments('Matched')).toEqual(['Matched']);
    expect(breakSegments('')).toEqual([]);
    expect(breakSegments('::')).toEqual([':', ':']);
  });

  it('breaks an ID after its hyphens too, a value never', () => {
    expect(breakSegments('0100abc-1234-000000', 'id')).toEqual(['0100abc-', '1234-', '000000']);
    expect(breakSegments('us-east-1')).toEqual(['us-east-1']);
  });
});
