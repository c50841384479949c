/**
 * A small, strict XML reader for SVG files: elements, attributes, text, CDATA, comments. Strict on purpose:
 * whatever it cannot read for certain (a DOCTYPE with its entities, an unknown entity, a tag left open) is
 * refused, never guessed at, so the sanitiser only ever sees a tree it fully understands.
 */
export interface XmlElement {
  type: 'element';
  name: string;
  attributes: [string, string][];
  children: XmlNode[];
}
export interface XmlText {
  type: 'text';
  text: string;
}
export type XmlNode = XmlElement | XmlText;

export class XmlSyntaxError extends Error {
  constructor(message: string, at: number) {
    super(`${message} (at character ${at})`);
    this.name = 'XmlSyntaxError';
  }
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Deeper than any drawing needs; a bound keeps a hostile file from exhausting the stack later. */
const MAX_DEPTH = 256;
const NAME = /[A-Za-z_][\w.:-]*/y;

function decodeEntities(text: string, at: number): string {
  return text.replace(/&([^;&\s]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new XmlSyntaxError('An “&” that starts no entity', at);
    if (name.startsWith('#x') || name.startsWith('#X')) return codePoint(parseInt(name.slice(2), 16), at);
    if (name.startsWith('#')) return codePoint(parseInt(name.slice(1), 10), at);
    const value = ENTITIES[name];
    if (value === undefined) throw new XmlSyntaxError(`The entity “&${name};” is not defined`, at);
    return value;
  });
}

function codePoint(cp: number, at: number): string {
  if (!Number.isInteger(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) throw new XmlSyntaxError('A character reference to no character', at);
  return String.fromCodePoint(cp);
}

/** Parses a document with one root element; throws XmlSyntaxError on anything it does not accept. */
export function parseXml(source: string): XmlElement {
  let i = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (message: string): never => {
    throw new XmlSyntaxError(message, i);
  };
  const name = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(source);
    if (!m) fail('A name was expected');
    i += m![0].length;
    return m![0];
  };
  const skipSpace = () => {
    while (i < source.length && /\s/.test(source[i]!)) i++;
  };
  const until = (end: string, what: string) => {
    const at = source.indexOf(end, i);
    if (at < 0) fail(`${what} is not closed`);
    const text = source.slice(i, at);
    i = at + end.length;
    return text;
  };
  const addChild = (node: XmlNode) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else if (node.type === 'element') {
      if (root) fail('A second root element');
      root = node;
    } else if (node.text.trim() !== '') fail('Text outside the root element');
  };

  while (i < source.length) {
    if (source.startsWith('<!--', i)) {
      i += 4;
      until('-->', 'A comment');
    } else if (source.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) fail('CDATA outside the root element');
      i += 9;
      addChild({ type: 'text', text: until(']]>', 'A CDATA section') });
    } else if (source.startsWith('<!', i)) {
      // DOCTYPE and its internal subset: entity definitions are how XML bombs and external reads start.
      fail('A DOCTYPE or other declaration (refused: it can define entities)');
    } else if (source.startsWith('<?', i)) {
      i += 2;
      until('?>', 'A processing instruction');
    } else if (source.startsWith('</', i)) {
      i += 2;
      const closing = name();
      skipSpace();
      if (source[i] !== '>') fail('“>” was expected');
      i++;
      const open = stack.pop();
      if (!open || open.name !== closing) fail(`</${closing}> closes ${open ? `<${open.name}>` : 'nothing'}`);
    } else if (source[i] === '<') {
      i++;
      const element: XmlElement = { type: 'element', name: name(), attributes: [], children: [] };
      for (;;) {
        const before = i;
        skipSpace();
        if (source.startsWith('/>', i) || source[i] === '>') break;
        if (i === before) fail('A space was expected between attributes');
        const attribute = name();
        skipSpace();
        if (source[i] !== '=') fail(`The attribute “${attribute}” has no value`);
        i++;
        skipSpace();
        const quote = source[i];
        if (quote !== '"' && quote !== "'") fail('An attribute value must be quoted');
        i++;
        const raw = until(quote!, 'An attribute value');
        if (raw.includes('<')) fail('“<” inside an attribute value');
        if (element.attributes.some(([n]) => n === attribute)) fail(`The attribute “${attribute}” is given twice`);
        element.attributes.push([attribute, decodeEntities(raw, i)]);
      }
      addChild(element);
      if (source.startsWith('/>', i)) i += 2;
      else {
        i++;
        if (stack.length >= MAX_DEPTH) fail(`Elements nest deeper than ${MAX_DEPTH}`);
        stack.push(element);
      }
    } else {
      const end = source.indexOf('<', i);
      const raw = source.slice(i, end < 0 ? source.length : end);
      const at = i;
      i = end < 0 ? source.length : end;
      addChild({ type: 'text', text: decodeEntities(raw, at) });
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]!.name}> is not closed`);
  if (!root) fail('There is no root element');
  return root!;
}
