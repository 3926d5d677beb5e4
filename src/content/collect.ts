// Collects text runs (adjacent inline text nodes of one block, joined) from a subtree, resumably, so the work can
// be cut into slices that each stay well under one frame.
import { blockOf, isInlineTag, isSkippedElement } from './dom-rules.ts';

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

export class RunCollector {
  private readonly walker: TreeWalker;
  private nodes: Text[] = [];
  private block: Node | null = null;
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
  }

  get isDone(): boolean {
    return this.done;
  }

  /** Collects runs until `deadline` (performance.now() value) or the end of the subtree. */
  next(deadline: number): Run[] {
    const out: Run[] = [];
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
      if (n.nodeType !== Node.TEXT_NODE) {
        // A line break ends a run; other elements (inline or block) are walked into.
        if ((n as Element).tagName === 'BR') this.flush(out);
        continue;
      }
      const b = blockOf(n);
      if (b !== this.block) this.flush(out);
      this.block = b;
      this.nodes.push(n as Text);
    }
    return out;
  }

  /** The next text node or element to look at; skipped elements' subtrees are stepped over. */
  private step(): Node | null {
    let n = this.walker.nextNode();
    while (n && n.nodeType === Node.ELEMENT_NODE) {
      const e = n as Element;
      if (!isSkippedElement(e) && !(this.directOnly && e !== this.root && !isInlineTag(e.tagName))) {
        if (e.shadowRoot) this.onShadow(e.shadowRoot);
        return e;
      }
      n = this.pastSubtree();
    }
    return n;
  }

  /** Moves the walker past the current node's subtree (never above the root). */
  private pastSubtree(): Node | null {
    for (;;) {
      const s = this.walker.nextSibling();
      if (s) return s;
      if (!this.walker.parentNode()) return null;
    }
  }

  private flush(out: Run[]): void {
    const nodes = this.nodes;
    this.nodes = [];
    if (nodes.length === 0 || !this.block) return;
    const starts: number[] = [];
    let text = '';
    for (const t of nodes) {
      starts.push(text.length);
      text += t.data;
    }
    if (text.length >= 2 && HAS_LETTER.test(text)) out.push({ block: this.block, nodes, starts, text });
    this.block = null;
  }
}
