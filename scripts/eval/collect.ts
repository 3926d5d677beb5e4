// Runs inside the page: the page text in document order, and where each hit read through `tab/hits` lies in it.
import type { Flag } from './score.ts';

/** A hit as `tab/hits` reports it (the fields the score needs). */
export interface SeenHit {
  entityId: string;
  text: string;
  confidence: string;
  shown: boolean;
}

/**
 * Collects the text of the page's body and places each shown hit in it: hits come in document order, so each is
 * looked for from the previous one on (whitespace in a name may differ from the page's). Must stay
 * self-contained (serialised into the page).
 */
export function collectFlags(hits: SeenHit[]): { text: string; flags: Flag[] } {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  let text = '';
  const blocks = /^(P|DIV|H[1-6]|LI|TR|TD|TH|TABLE|BR|SECTION|ARTICLE|HEADER|FOOTER|BLOCKQUOTE)$/;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) {
      const parent = n.parentElement;
      if (parent && /^(SCRIPT|STYLE|NOSCRIPT)$/.test(parent.tagName)) continue;
      text += n.nodeValue ?? '';
      continue;
    }
    if (blocks.test((n as Element).tagName)) text += '\n';
  }
  const flags: Flag[] = [];
  let cursor = 0;
  for (const h of hits) {
    if (!h.shown) continue;
    const pattern = h.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    const re = new RegExp(pattern, 'g');
    re.lastIndex = cursor;
    let m = re.exec(text);
    if (!m) {
      re.lastIndex = 0;
      m = re.exec(text);
    }
    const start = m ? m.index : text.length;
    const end = m ? m.index + m[0].length : text.length;
    if (m) cursor = start;
    flags.push({ entity: h.entityId, text: h.text, confidence: h.confidence, start, end });
  }
  return { text, flags };
}
