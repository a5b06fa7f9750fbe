/**
 * The SES Query protocol's response side: XML in SES's shapes, built with fast-xml-parser's
 * XMLBuilder (which escapes every value), each with a RequestId; and SES's error XML.
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { SesError } from './errors';

const NAMESPACE = 'http://ses.amazonaws.com/doc/2010-12-01/';
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: false,
  format: false,
});

/** A value in a response: text, a structure, a list (`member` elements) or a map (`entry` elements). */
export type XmlValue = string | number | boolean | undefined | XmlStruct | XmlList | XmlMap;
export interface XmlStruct {
  [field: string]: XmlValue;
}
export class XmlList {
  constructor(readonly items: XmlValue[]) {}
}
export class XmlMap {
  constructor(readonly entries: [string, XmlValue][]) {}
}

/**
 * Characters XML 1.0 cannot carry even escaped (C0 controls other than tab, LF and CR; lone
 * surrogates; U+FFFE and U+FFFF). A value that holds one, such as a message echoing a hostile
 * parameter, shows U+FFFD in its place, so the answer always parses.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(value: string): string {
  return value.replace(NOT_XML, '\uFFFD');
}

function toNode(value: XmlValue): unknown {
  if (value instanceof XmlList) return { member: value.items.map(toNode) };
  if (value instanceof XmlMap)
    return { entry: value.entries.map(([key, v]) => ({ key: xmlText(key), value: toNode(v) })) };
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toNode(v);
    return out;
  }
  return xmlText(String(value));
}

export function xmlResponse(action: string, result: XmlStruct | undefined, requestId: string): string {
  const body: Record<string, unknown> = { '@_xmlns': NAMESPACE };
  if (result) body[`${action}Result`] = toNode(result);
  body.ResponseMetadata = { RequestId: requestId };
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build({ [`${action}Response`]: body })}`;
}

export function xmlError(error: SesError, requestId: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build({
    ErrorResponse: {
      '@_xmlns': NAMESPACE,
      Error: { Type: error.type, Code: error.code, Message: xmlText(error.message) },
      RequestId: requestId,
    },
  })}`;
}
