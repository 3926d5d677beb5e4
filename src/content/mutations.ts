// Batches DOM mutations into units to rescan. Throttled (not debounced), so a page that changes all the time is
// still rescanned regularly, and backs off when our share of the main thread grows.
import { blockOf, isInSkippedRegion, isOurs } from './dom-rules.ts';
import type { Unit } from './scan.ts';

const FIRST_DELAY_MS = 120;
/** Our scanning may use at most this share of wall time over the recent window before we back off. */
const CPU_SHARE = 0.15;
const WINDOW_MS = 2_000;
const MAX_DELAY_MS = 2_000;
const MAX_UNITS = 300;
const STYLE_ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden', 'open'];
/** Subtrees under these attributes are not scanned at all (see isSkippedElement): shown again, they are scanned. */
const SKIP_ATTRIBUTES = new Set(['hidden', 'aria-hidden']);

export interface MutationDeps {
  signal: AbortSignal;
  /** Rescans the units (serialised by the caller) and prunes removed marks. */
  flush: (units: Unit[], hadRemovals: boolean, hadStyleChanges: boolean) => Promise<void>;
  /** Called at once for every batch of page changes (`isStyle`: a class, style or hidden attribute changed). */
  changed: (isStyle: boolean) => void;
}

export class MutationBatcher {
  private readonly observer: MutationObserver;
  private readonly direct = new Set<Node>();
  private readonly subtree = new Set<Node>();
  private hadRemovals = false;
  private hadStyleChanges = false;
  /** Set when a batch was too large to track: the next flush rescans this document whole. */
  private wholePage: Document | null = null;
  private timer = 0;
  private busyMs = 0;
  private windowStart = performance.now();

  constructor(private readonly d: MutationDeps) {
    this.observer = new MutationObserver((records) => this.take(records));
    d.signal.addEventListener('abort', () => {
      this.observer.disconnect();
      clearTimeout(this.timer);
    });
  }

  observe(root: Node): void {
    // Attributes that commonly show or hide text: only marks already found in hidden text are looked at again.
    this.observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: STYLE_ATTRIBUTES,
    });
  }

  private take(records: MutationRecord[]): void {
    this.d.changed(records.some((r) => r.type === 'attributes' && !isOurs(r.target)));
    for (const r of records) {
      // Past this many units the whole page is rescanned anyway: the rest of a huge batch is not looked at.
      if (this.wholePage || this.direct.size + this.subtree.size > MAX_UNITS) {
        this.wholePage ??= r.target.ownerDocument ?? (r.target as Document);
        break;
      }
      if (r.type === 'attributes') {
        if (isOurs(r.target)) continue;
        this.hadStyleChanges = true;
        if (SKIP_ATTRIBUTES.has(r.attributeName ?? '') && !isInSkippedRegion(r.target))
          this.subtree.add(r.target);
        continue;
      }
      if (r.type === 'characterData') {
        this.direct.add(blockOf(r.target));
        continue;
      }
      const added = [...r.addedNodes].filter((n) => !isOurs(n));
      const removed = [...r.removedNodes].filter((n) => !isOurs(n));
      if (added.length === 0 && removed.length === 0) continue;
      if (removed.length) this.hadRemovals = true;
      this.direct.add(
        r.target.nodeType === Node.ELEMENT_NODE ? blockOf(r.target.firstChild ?? r.target) : r.target,
      );
      for (const n of added) if (n.nodeType === Node.ELEMENT_NODE) this.subtree.add(n);
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.timer || this.d.signal.aborted) return;
    const now = performance.now();
    if (now - this.windowStart > WINDOW_MS) {
      this.windowStart = now;
      this.busyMs = 0;
    }
    const over = this.busyMs / WINDOW_MS / CPU_SHARE;
    const delay = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * Math.max(1, over * over * 4));
    this.timer = window.setTimeout(() => void this.run(), delay);
  }

  private async run(): Promise<void> {
    const units = this.units();
    const hadRemovals = this.hadRemovals;
    const hadStyleChanges = this.hadStyleChanges;
    this.hadRemovals = false;
    this.hadStyleChanges = false;
    const t0 = performance.now();
    try {
      if (units.length || hadRemovals || hadStyleChanges)
        await this.d.flush(units, hadRemovals, hadStyleChanges);
    } finally {
      this.busyMs += performance.now() - t0;
      this.timer = 0;
      if (this.wholePage || this.direct.size || this.subtree.size || this.hadRemovals || this.hadStyleChanges)
        this.schedule();
    }
  }

  /** Pending units, without those inside a subtree unit or in skipped regions. */
  private units(): Unit[] {
    const subtree = [...this.subtree].filter((n) => n.isConnected);
    const direct = [...this.direct].filter((n) => n.isConnected);
    const whole = this.wholePage;
    this.subtree.clear();
    this.direct.clear();
    this.wholePage = null;
    // Mass changes (a whole view swapped in): one rescan of the page is cheaper than thousands of small units.
    if (whole || subtree.length + direct.length > MAX_UNITS) {
      const doc = whole ?? (subtree[0] ?? direct[0])?.ownerDocument;
      const root = doc?.body ?? doc?.documentElement;
      return root ? [{ node: root, directOnly: false }] : [];
    }
    // One walk up the ancestors per node (not one `contains` per pair of nodes).
    const roots = new Set<Node>(subtree);
    const inSubtree = (n: Node) => {
      for (let p = n.parentNode; p; p = p.parentNode) if (roots.has(p)) return true;
      return false;
    };
    const out: Unit[] = [];
    for (const n of subtree)
      if (!inSubtree(n) && !isInSkippedRegion(n)) out.push({ node: n, directOnly: false });
    for (const n of direct)
      if (!roots.has(n) && !inSubtree(n) && !isInSkippedRegion(n)) out.push({ node: n, directOnly: true });
    return out;
  }
}
