// Runs inside the page: the page text in document order, and each badge host (hit contract) with its position.
import type { Flag } from './score.ts';

/** Collects the text of the page's body and the flags drawn into it. Must stay self-contained (serialised). */
export function collectFlags(): { text: string; flags: Flag[] } {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  let text = '';
  const flags: Flag[] = [];
  const blocks = /^(P|DIV|H[1-6]|LI|TR|TD|TH|TABLE|BR|SECTION|ARTICLE|HEADER|FOOTER|BLOCKQUOTE)$/;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) {
      const parent = n.parentElement;
      if (parent && /^(SCRIPT|STYLE|NOSCRIPT)$/.test(parent.tagName)) continue;
      text += n.nodeValue ?? '';
      continue;
    }
    const el = n as Element;
    if (blocks.test(el.tagName)) text += '\n';
    const entity = el.getAttribute('data-sl-entity');
    const flagged = el.getAttribute('data-sl-text');
    if (!entity || flagged === null) continue;
    // The badge sits after the name (or after the text node holding it): the last occurrence before it.
    const start = text.lastIndexOf(flagged);
    flags.push({
      entity,
      text: flagged,
      confidence: el.getAttribute('data-sl-confidence') ?? '',
      start: start < 0 ? text.length : start,
      end: start < 0 ? text.length : start + flagged.length,
    });
  }
  return { text, flags };
}
