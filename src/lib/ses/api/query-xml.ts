/**
 * A reader for SES's Query API answers, small enough for the first load and free of the DOM (the
 * client also runs under Node): elements, their text and their children, with XML's five named
 * entities, character references and CDATA decoded. Attributes (SES sends only `xmlns`) are
 * skipped; processing instructions, comments and the doctype-free prolog are ignored. Anything
 * that is not well-formed in this sense (an unclosed or mismatched tag, text outside the root)
 * is refused, never guessed at.
 */
export interface XmlElement {
  /** The local name (any prefix dropped). */
  name: string;
  children: XmlElement[];
  /** The element's own text, its children's not included. */
  text: string;
}

const TOKEN =
  /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|</g;
const NAMED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);|&/g, (whole, ref: string | undefined) => {
    if (!ref) throw new Error('The XML has a bare "&".');
    if (ref.startsWith('#x')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    const named = NAMED.get(ref);
    if (named === undefined) throw new Error(`The XML has an unknown entity ${whole}.`);
    return named;
  });
}

/** The document's root element; throws when the text is not a well-formed document of elements. */
export function parseXml(xml: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  for (const match of xml.matchAll(TOKEN)) {
    const [token, cdata, closing, name, , selfClosing, text] = match;
    const parent = stack[stack.length - 1];
    if (token.startsWith('<?') || token.startsWith('<!--')) continue;
    if (cdata !== undefined || text !== undefined) {
      const value = cdata ?? decode(text ?? '');
      if (parent) parent.text += value;
      else if (value.trim()) throw new Error('The XML has text outside its root element.');
      continue;
    }
    if (name === undefined) throw new Error('The XML has a "<" that starts no tag.');
    const local = name.slice(name.indexOf(':') + 1);
    if (closing) {
      if (parent?.name !== local) throw new Error(`The XML closes ${local}, which is not open.`);
      stack.pop();
      continue;
    }
    if (!parent && root) throw new Error('The XML has more than one root element.');
    const element: XmlElement = { name: local, children: [], text: '' };
    if (parent) parent.children.push(element);
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (!root || stack.length) throw new Error('The XML ends before its root element is closed.');
  return root;
}

/** The direct children of `parent` named `name` (never a descendant's). */
export function childElements(parent: XmlElement | undefined, name: string): XmlElement[] {
  return parent ? parent.children.filter((child) => child.name === name) : [];
}

export function childText(parent: XmlElement | undefined, name: string): string | undefined {
  return childElements(parent, name)[0]?.text;
}
