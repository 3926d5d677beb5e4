// Where a badge goes: right after the name when the text node ends there, otherwise after the text node (the
// page's own text nodes are never split). It never goes inside a link or button.
import { isInlineTag } from './dom-rules.ts';

/** Only punctuation or spaces left after the name in its text node: the badge still reads as "after the name". */
const NEAR_END = /^[\s\p{P}]{0,3}$/u;

export interface Anchor {
  /** Insert the badge after this node (after any badges already there). */
  after: Node;
  /** The badge is not directly after the name and should repeat it. */
  isDetached: boolean;
}

const CLIMB_ALWAYS = new Set(['A', 'BUTTON', 'LABEL', 'SUMMARY', 'SELECT']);

function isLastContent(node: Node): boolean {
  for (let n = node.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === Node.TEXT_NODE && !/^\s*$/.test((n as Text).data)) return false;
    if (n.nodeType === Node.ELEMENT_NODE && !(n as Element).tagName.startsWith('SL-')) return false;
  }
  return true;
}

/** The anchor for a badge whose name ends at `offset` in `node`, staying inside `block`. */
export function badgeAnchor(node: Text, offset: number, block: Node): Anchor {
  let isDetached = !NEAR_END.test(node.data.slice(offset));
  let after: Node = node;
  for (let p = node.parentElement; p && p !== block && isInlineTag(p.tagName); p = p.parentElement) {
    const mustLeave = CLIMB_ALWAYS.has(p.tagName);
    if (!mustLeave && !isLastContent(after)) break;
    if (!isLastContent(after)) isDetached = true;
    after = p;
  }
  return { after, isDetached };
}

/** Inserts `host` after `anchor.after` and after any badge hosts already following it. */
export function insertBadge(host: Element, after: Node, isOurs: (n: Node) => boolean): void {
  let ref: Node = after;
  while (ref.nextSibling && isOurs(ref.nextSibling)) ref = ref.nextSibling;
  ref.parentNode?.insertBefore(host, ref.nextSibling);
}
