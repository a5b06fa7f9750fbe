// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { childElements, childText, parseXml } from './query-xml';

describe('parseXml (SES Query answers)', () => {
  it('reads elements, their text and children, dropping the namespace prefix and attributes', () => {
    const root = parseXml(
      '<?xml version="1.0" encoding="UTF-8"?><ListIdentitiesResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/">' +
        '<ListIdentitiesResult><Identities><member>a@example.com</member><member>example.com</member></Identities>' +
        '<NextToken/></ListIdentitiesResult><ses:ResponseMetadata><RequestId>r-1</RequestId></ses:ResponseMetadata>' +
        '</ListIdentitiesResponse>',
    );
    expect(root.name).toBe('ListIdentitiesResponse');
    const result = childElements(root, 'ListIdentitiesResult')[0];
    expect(childElements(childElements(result, 'Identities')[0], 'member').map((m) => m.text)).toEqual([
      'a@example.com',
      'example.com',
    ]);
    expect(childText(result, 'NextToken')).toBe('');
    expect(childText(childElements(root, 'ResponseMetadata')[0], 'RequestId')).toBe('r-1');
  });

  it('decodes entities, character references and CDATA, and keeps hostile text as text', () => {
    const root = parseXml(
      '<a><b>&lt;img src=x&gt; &amp; &quot;q&quot; &apos;s&apos; &#x1F600; &#65;</b><c><![CDATA[<member>x</member>]]></c></a>',
    );
    expect(childText(root, 'b')).toBe('<img src=x> & "q" \'s\' 😀 A');
    expect(childText(root, 'c')).toBe('<member>x</member>');
    expect(childElements(root, 'member')).toEqual([]);
  });

  it('refuses what is not a well-formed document instead of guessing', () => {
    for (const bad of [
      '',
      'Not Found',
      '<a><b></a>',
      '<a>',
      '<a></a><b></b>',
      '<a>&nbsp;</a>',
      '<a>x & y</a>',
      '<a>1 < 2</a>',
      '<html><body>404</body>',
    ])
      expect(() => parseXml(bad), bad).toThrow();
  });
});
