import { SourceError } from './source-error.ts';

/** One XML element: name, attributes, child elements and its own text (entities decoded, trimmed). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The character an entity or character reference names (`amp`, `#233`, `#xE9`), or undefined. */
function entityValue(name: string): string | undefined {
  if (name[0] !== '#') return ENTITIES[name];
  const isHex = name[1] === 'x' || name[1] === 'X';
  const digits = name.slice(isHex ? 2 : 1);
  if (!(isHex ? /^[0-9a-f]+$/i : /^\d+$/).test(digits)) return undefined;
  const code = parseInt(digits, isHex ? 16 : 10);
  return code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** Decodes references in one pass over the text (unknown or malformed ones stay as written). */
function decode(text: string): string {
  let amp = text.indexOf('&');
  if (amp < 0) return text;
  const parts: string[] = [];
  let last = 0;
  for (; amp >= 0; amp = text.indexOf('&', amp + 1)) {
    const semi = text.indexOf(';', amp + 2);
    if (semi < 0 || semi - amp > 12) continue;
    const value = entityValue(text.slice(amp + 1, semi));
    if (value === undefined) continue;
    parts.push(text.slice(last, amp), value);
    last = semi + 1;
    amp = semi;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

function lineAt(text: string, index: number, from: { i: number; line: number }): number {
  for (let i = from.i; i < index; i++) if (text.charCodeAt(i) === 10) from.line++;
  from.i = index;
  return from.line;
}

/**
 * Small, strict XML reader for list files (no DTDs, no namespaces beyond keeping prefixed names). Mismatched or
 * unclosed tags throw a SourceError with the line number. Enough for the UN consolidated list.
 */
export function parseXml(text: string, file: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '', line: 1 };
  const stack: XmlElement[] = [root];
  const pos = { i: 0, line: 1 };
  const re =
    /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of text.matchAll(re)) {
    const top = stack[stack.length - 1] as XmlElement;
    const line = lineAt(text, m.index, pos);
    if (m[1] !== undefined) top.text += m[1];
    else if (m[6] !== undefined) top.text += decode(m[6]);
    else if (m[7] !== undefined) throw new SourceError(file, line, 'stray "<" that starts no tag');
    else if (m[3] !== undefined) {
      if (m[2] === '/') {
        if (top.name !== m[3])
          throw new SourceError(file, line, `closing </${m[3]}> but <${top.name}> is open`);
        top.text = top.text.trim();
        stack.pop();
        continue;
      }
      const attrs: Record<string, string> = {};
      for (const a of (m[4] ?? '').matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        attrs[a[1] as string] = decode(a[2] ?? a[3] ?? '');
      }
      const el: XmlElement = { name: m[3], attrs, children: [], text: '', line };
      top.children.push(el);
      if (m[5] !== '/') stack.push(el);
    }
  }
  if (stack.length > 1) {
    const open = stack[stack.length - 1] as XmlElement;
    throw new SourceError(file, open.line, `<${open.name}> is never closed`);
  }
  if (root.children.length !== 1) throw new SourceError(file, 1, 'expected exactly one root element');
  return root.children[0] as XmlElement;
}

/** Direct children with the given name. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** Text of the first direct child with the given name ('' when absent). */
export function childText(el: XmlElement, name: string): string {
  return el.children.find((c) => c.name === name)?.text ?? '';
}
