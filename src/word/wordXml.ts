/**
 * A small XML reader for the few parts of a Word file the app reads back (document.xml,
 * comments.xml, commentsExtended.xml). No DOMParser: this runs in Node (the CLI, tests) as well
 * as in the browser. Streaming and callback-based, with namespaces resolved, because an element is
 * known by its namespace, not its prefix (a file written by another program may use other
 * prefixes). Deliberately strict where it matters for safety: a DOCTYPE is refused (no entity
 * expansion), only the five XML entities and character references are decoded, and the depth and
 * number of elements are capped.
 */

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const W14_NS = 'http://schemas.microsoft.com/office/word/2010/wordml';
export const W15_NS = 'http://schemas.microsoft.com/office/word/2012/wordml';
export const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export interface XmlAttribute {
  ns: string;
  local: string;
  value: string;
}

export interface XmlElement {
  ns: string;
  local: string;
  attributes: readonly XmlAttribute[];
}

export interface XmlHandler {
  open?(element: XmlElement): void;
  close?(element: XmlElement): void;
  text?(text: string): void;
}

export interface XmlLimits {
  maxDepth: number;
  maxElements: number;
  /**
   * A character reference to a character XML forbids (`&#1;`) is dropped instead of refused. Word
   * never writes one, but other programs do; in an advisor's comment it is junk, not a reason to
   * lose the comment.
   */
  dropForbiddenCharacters?: boolean;
}

export const DEFAULT_LIMITS: XmlLimits = { maxDepth: 256, maxElements: 2_000_000 };

export class XmlError extends Error {}

export function attribute(element: XmlElement, ns: string, local: string): string | undefined {
  return element.attributes.find((a) => a.local === local && a.ns === ns)?.value;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The five XML entities and character references; anything else is an error (we read no DTD). */
export function decodeEntities(text: string, dropForbidden = false): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;&\s]{0,10});?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new XmlError(`bare & in text`);
    if (ref.startsWith('#x') || ref.startsWith('#X')) return codePoint(parseInt(ref.slice(2), 16), whole, dropForbidden);
    if (ref.startsWith('#')) return codePoint(parseInt(ref.slice(1), 10), whole, dropForbidden);
    const value = Object.hasOwn(ENTITIES, ref) ? ENTITIES[ref] : undefined;
    if (value === undefined) throw new XmlError(`unknown entity ${whole}`);
    return value;
  });
}

function codePoint(n: number, whole: string, dropForbidden: boolean): string {
  const allowed = n === 0x9 || n === 0xa || n === 0xd || (n >= 0x20 && n <= 0xd7ff) || (n >= 0xe000 && n <= 0xfffd) || (n >= 0x10000 && n <= 0x10ffff);
  if (!Number.isInteger(n)) throw new XmlError(`bad character reference ${whole}`);
  if (!allowed) {
    if (dropForbidden) return '';
    throw new XmlError(`bad character reference ${whole}`);
  }
  return String.fromCodePoint(n);
}

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/y;

interface Scope {
  element: XmlElement;
  name: string;
  prefixes: Map<string, string> | undefined;
}

/** Reads `xml` and calls the handler for each element's start and end and for each piece of text. Throws XmlError on what it cannot read safely. */
export function readXml(xml: string, handler: XmlHandler, limits: XmlLimits = DEFAULT_LIMITS): void {
  const stack: Scope[] = [];
  let elements = 0;
  let rootDone = false;
  let at = 0;
  const lookup = (prefix: string): string => {
    if (prefix === 'xml') return XML_NS;
    for (let i = stack.length - 1; i >= 0; i--) {
      const ns = stack[i]!.prefixes?.get(prefix);
      if (ns !== undefined) return ns;
    }
    if (prefix === '') return '';
    throw new XmlError(`unbound prefix ${prefix}`);
  };
  const split = (name: string): [string, string] => {
    const colon = name.indexOf(':');
    return colon < 0 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
  };

  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > at) {
      const raw = xml.slice(at, textEnd);
      if (stack.length === 0) {
        if (raw.trim() !== '') throw new XmlError('text outside the root element');
      } else handler.text?.(decodeEntities(raw, limits.dropForbiddenCharacters));
    }
    if (lt < 0) break;
    if (xml.startsWith('<?', lt)) {
      at = endOf(xml, '?>', lt);
    } else if (xml.startsWith('<!--', lt)) {
      at = endOf(xml, '-->', lt);
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = endOf(xml, ']]>', lt);
      if (stack.length === 0) throw new XmlError('CDATA outside the root element');
      handler.text?.(xml.slice(lt + 9, end - 3));
      at = end;
    } else if (xml.startsWith('<!', lt)) {
      throw new XmlError('DOCTYPE and declarations are not read');
    } else if (xml[lt + 1] === '/') {
      const gt = xml.indexOf('>', lt);
      if (gt < 0) throw new XmlError('unclosed end tag');
      const name = xml.slice(lt + 2, gt).trim();
      const scope = stack.pop();
      if (!scope || scope.name !== name) throw new XmlError(`unexpected </${name}>`);
      handler.close?.(scope.element);
      rootDone = stack.length === 0;
      at = gt + 1;
    } else {
      const gt = tagEnd(xml, lt);
      const selfClosing = xml[gt - 1] === '/';
      const inner = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
      const nameEnd = inner.search(/[\s]|$/);
      const name = inner.slice(0, nameEnd);
      if (!NAME.test(name)) throw new XmlError(`bad element name ${name.slice(0, 40)}`);
      if (rootDone) throw new XmlError('a second root element');
      if (++elements > limits.maxElements) throw new XmlError('too many elements');
      if (stack.length >= limits.maxDepth) throw new XmlError('nested too deeply');

      const raw: [string, string][] = [];
      let prefixes: Map<string, string> | undefined;
      let i = nameEnd;
      for (;;) {
        while (i < inner.length && /\s/.test(inner[i]!)) i++;
        if (i >= inner.length) break;
        ATTRIBUTE.lastIndex = i;
        const m = ATTRIBUTE.exec(inner);
        if (!m) throw new XmlError(`bad attribute in <${name}>`);
        const [, attrName = '', , dq, sq] = m;
        const value = decodeEntities(dq ?? sq ?? '', limits.dropForbiddenCharacters);
        if (attrName === 'xmlns') (prefixes ??= new Map()).set('', value);
        else if (attrName.startsWith('xmlns:')) (prefixes ??= new Map()).set(attrName.slice(6), value);
        else raw.push([attrName, value]);
        i = ATTRIBUTE.lastIndex;
      }
      const scope: Scope = { name, prefixes, element: undefined as unknown as XmlElement };
      stack.push(scope);
      const [prefix, local] = split(name);
      const attributes = raw.map(([attrName, value]): XmlAttribute => {
        const [p, l] = split(attrName);
        // Unprefixed attributes have no namespace (not the default one).
        return { ns: p === '' ? '' : lookup(p), local: l, value };
      });
      scope.element = { ns: lookup(prefix), local, attributes };
      handler.open?.(scope.element);
      if (selfClosing) {
        stack.pop();
        handler.close?.(scope.element);
        rootDone = stack.length === 0;
      }
      at = gt + 1;
    }
  }
  if (stack.length > 0) throw new XmlError(`unclosed <${stack.at(-1)!.name}>`);
  if (elements === 0) throw new XmlError('no root element');
}

function endOf(xml: string, marker: string, from: number): number {
  const end = xml.indexOf(marker, from);
  if (end < 0) throw new XmlError(`unterminated ${marker}`);
  return end + marker.length;
}

/** The ">" that closes a start tag, skipping any ">" inside quoted attribute values. */
function tagEnd(xml: string, lt: number): number {
  let quote: string | undefined;
  for (let i = lt + 1; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '<') throw new XmlError('< inside a tag');
    else if (c === '>') return i;
  }
  throw new XmlError('unclosed start tag');
}
