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
    directOnly: boolean,
    onShadow: (root: ShadowRoot) => void,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => {
        if (n.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
        const e = n as Element;
        if (isSkippedElement(e)) return NodeFilter.FILTER_REJECT;
        if (directOnly && e !== root && !isInlineTag(e.tagName)) return NodeFilter.FILTER_REJECT;
        if (e.shadowRoot) onShadow(e.shadowRoot);
        if (e.tagName === 'BR') return NodeFilter.FILTER_ACCEPT;
        return NodeFilter.FILTER_SKIP;
      },
    });
  }

  get isDone(): boolean {
    return this.done;
  }

  /** Collects runs until `deadline` (performance.now() value) or the end of the subtree. */
  next(deadline: number): Run[] {
    const out: Run[] = [];
    let i = 0;
    while (!this.done) {
      // The clock is read every 16 nodes: a node can cost tens of microseconds (filter callback, a long text).
      if ((++i & 15) === 0 && performance.now() > deadline) break;
      const n = this.walker.nextNode();
      if (!n) {
        this.done = true;
        this.flush(out);
        break;
      }
      if (n.nodeType !== Node.TEXT_NODE) {
        this.flush(out);
        continue;
      }
      const b = blockOf(n);
      if (b !== this.block) this.flush(out);
      this.block = b;
      this.nodes.push(n as Text);
    }
    return out;
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
