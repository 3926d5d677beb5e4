// Collects text runs (adjacent inline text nodes of one block, joined) from a subtree, resumably, so the work can
// be cut into slices that each stay well under one frame.
import {
  blockOfChildren,
  isInlineTag,
  isSkippedElement,
  isSkippedTag,
  skippedByAttributes,
} from './dom-rules.ts';

/**
 * A run as collected: its block, its first text node, how many text nodes it spans and their joined text. The
 * node list is built only for runs with hits (`locateRun`): holding one for every run of a page kept thousands of
 * node wrappers alive until the worker answered, and collecting them cost more than reading the text.
 */
export interface CollectedRun {
  block: Node;
  first: Text;
  count: number;
  text: string;
}

/** One run of text: the concatenated data of `nodes`, which belong to the same block. */
export interface Run {
  block: Node;
  nodes: Text[];
  /** Start offset of each node in `text`. */
  starts: number[];
  text: string;
}

const HAS_LETTER = /\p{L}/u;

/** Concatenated current text of a run's nodes, or null when a node left the document. */
export function currentText(run: Run): string | null {
  let s = '';
  for (const n of run.nodes) {
    if (!n.isConnected) return null;
    s += n.data;
  }
  return s;
}

/**
 * The run's nodes again, walking from its first node: null when the text changed meanwhile. The run's nodes have
 * only inline elements between them and their block, so elements that are not inline are stepped over.
 */
export function locateRun(c: CollectedRun): Run | null {
  if (!c.first.isConnected) return null;
  const walker = (c.block.ownerDocument ?? (c.block as Document)).createTreeWalker(
    c.block,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
  );
  walker.currentNode = c.first;
  const nodes = [c.first];
  const starts = [0];
  let text = c.first.data;
  while (nodes.length < c.count) {
    let n = walker.nextNode();
    while (n && n.nodeType === Node.ELEMENT_NODE) {
      const e = n as Element;
      n = isSkippedElement(e) || !isInlineTag(e.tagName) ? pastSubtree(walker) : walker.nextNode();
    }
    if (!n) return null;
    starts.push(text.length);
    text += (n as Text).data;
    nodes.push(n as Text);
  }
  return text === c.text ? { block: c.block, nodes, starts, text } : null;
}

/** Moves `walker` past its current node's subtree (never above its root). */
function pastSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const s = walker.nextSibling();
    if (s) return s;
    if (!walker.parentNode()) return null;
  }
}

export class RunCollector {
  private readonly walker: TreeWalker;
  private first: Text | null = null;
  private count = 0;
  private text = '';
  private block: Node | null = null;
  /**
   * The walk's open ancestors, each with the block its text belongs to (its own, or its parent's for an inline
   * element). Kept as the walk goes: reading tag names up the tree for every text node cost as much as the walk.
   */
  private readonly open: Node[];
  private readonly blocks: Node[];
  /**
   * Elements skipped for their attributes, queried once for a whole subtree (see `skippedByAttributes`). A block's
   * own inline text (`directOnly`) is read element by element instead: the query would search nested blocks that
   * are not walked, on a large block at every change of its text.
   */
  private readonly skipped: Set<Element> | null;
  /** The tag name of the element `step` returned last (read once: every DOM call counts at this scale). */
  private tag = '';
  private done = false;

  /**
   * `root` is walked with its subtree. With `directOnly`, nested blocks are left out (they are their own units).
   * Open shadow roots met on the way are reported through `onShadow` (they are scanned as separate roots).
   */
  constructor(
    private readonly root: Node,
    private readonly directOnly: boolean,
    private readonly onShadow: (root: ShadowRoot) => void,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    // No NodeFilter: a filter is a call from the browser into our script for every node, which on a 5 MB page cost
    // more than the walk itself. Elements are judged here, and a skipped one's subtree is stepped over.
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    // An attribute that hides or unhides an element later is seen by the page observer, which rescans it.
    this.skipped = directOnly ? null : skippedByAttributes(root);
    this.open = [root];
    this.blocks = [blockOfChildren(root)];
  }

  get isDone(): boolean {
    return this.done;
  }

  /** Collects runs until `deadline` (performance.now() value) or the end of the subtree. */
  next(deadline: number): CollectedRun[] {
    const out: CollectedRun[] = [];
    const { open, blocks } = this;
    let i = 0;
    while (!this.done) {
      // The clock is read every 16 nodes: a node can cost tens of microseconds (a long text, a deep element).
      if ((++i & 15) === 0 && performance.now() > deadline) break;
      const n = this.step();
      if (!n) {
        this.done = true;
        this.flush(out);
        break;
      }
      // Close the ancestors the walk has left (the root is never left).
      const parent = n.parentNode;
      while (open.length > 1 && open[open.length - 1] !== parent) {
        open.pop();
        blocks.pop();
      }
      // The parent is not open when the page moved nodes between two slices: its block is then read as before.
      const parentBlock =
        open[open.length - 1] === parent
          ? blocks[blocks.length - 1]!
          : parent
            ? blockOfChildren(parent)
            : blocks[0]!;
      if (n.nodeType !== Node.TEXT_NODE) {
        const tag = this.tag;
        // A line break ends a run; other elements (inline or block) are walked into.
        if (tag === 'BR') this.flush(out);
        open.push(n);
        blocks.push(isInlineTag(tag) ? parentBlock : n);
        continue;
      }
      if (parentBlock !== this.block) this.flush(out);
      this.block = parentBlock;
      if (this.count++ === 0) this.first = n as Text;
      this.text += (n as Text).data;
    }
    return out;
  }

  /** The next text node or element to look at; skipped elements' subtrees are stepped over. */
  private step(): Node | null {
    let n = this.walker.nextNode();
    while (n && n.nodeType === Node.ELEMENT_NODE) {
      const e = n as Element;
      const tag = e.tagName;
      const isSkipped = this.skipped ? isSkippedTag(e, tag) || this.skipped.has(e) : isSkippedElement(e, tag);
      if (!isSkipped && !(this.directOnly && e !== this.root && !isInlineTag(tag))) {
        if (e.shadowRoot) this.onShadow(e.shadowRoot);
        this.tag = tag;
        return e;
      }
      n = pastSubtree(this.walker);
    }
    return n;
  }

  private flush(out: CollectedRun[]): void {
    const { first, count, text, block } = this;
    this.first = null;
    this.count = 0;
    this.text = '';
    if (count === 0 || !first || !block) return;
    if (text.length >= 2 && HAS_LETTER.test(text)) out.push({ block, first, count, text });
    this.block = null;
  }
}
