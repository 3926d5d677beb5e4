// The overlay renderer: marks (tint and underline) and badges drawn inside the one closed-shadow host, from the
// names' client rects. Only names near the viewport (an IntersectionObserver says which) are measured and drawn,
// at most once per task after a scroll, resize, reflow or page mutation; reads are batched before writes.
import type { ListFamily } from '../core/list/format.ts';
import { lastLine, placeTip, type Box } from '../core/page/index.ts';
import { badgeWidthKey, createBadge, type BadgeEvents, type BadgeView } from './badge.ts';
import { timed } from './costs.ts';
import { el } from './dom-util.ts';
import { createOverlayHost, type OverlayHost } from './overlay-host.ts';
import { BADGE_FONT } from './styles.ts';
import { STRINGS } from './text.ts';
import {
  ClipCache,
  clipOutBars,
  coverAt,
  isUnderCover,
  edgeBars,
  measureRoom,
  nameRects,
  placeFrom,
  type EdgeBar,
  type LineRoom,
  type Measured,
  type NameSpot,
} from './overlay-measure.ts';

export interface OverlayItem extends NameSpot {
  family: ListFamily | 'historic';
  /** The badge at the end of the name; null when the name is only marked. */
  badge: BadgeView | null;
}

interface State {
  item: OverlayItem;
  visible: boolean;
  room: LineRoom | null;
  /** Layout generation `visible` and `room` were read in. */
  gen: number;
  marks: HTMLDivElement[];
  button: HTMLButtonElement | null;
  rects: Box[] | null;
  badgeShown: boolean;
}

export interface OverlayDeps {
  doc: Document;
  signal: AbortSignal;
  events: BadgeEvents;
  /** Runs after each frame's writes (the open card follows its badge). */
  afterFrame: () => void;
}

/** Names further than this from the viewport are not measured (IntersectionObserver root margin). */
const NEAR_MARGIN = '100% 0px 100% 0px';
const last = new WeakMap<HTMLElement, string>();
/** How long edge bars read during a scroll are used again (ms). */
const BARS_REUSE_MS = 200;

function setBox(e: HTMLElement, r: Box, ox: number, oy: number): void {
  const css = `transform:translate(${Math.round(r.left - ox)}px,${Math.round(r.top - oy)}px);width:${Math.round(r.right - r.left)}px;height:${Math.round(r.bottom - r.top)}px`;
  if (last.get(e) === css) return;
  last.set(e, css);
  e.style.cssText = css;
}

export class Overlay {
  readonly host: OverlayHost;
  private readonly states = new Map<OverlayItem, State>();
  private readonly byEl = new Map<Element, Set<State>>();
  private readonly byButton = new WeakMap<Element, OverlayItem>();
  private readonly near = new Set<State>();
  private readonly drawn = new Set<State>();
  private readonly io: IntersectionObserver;
  private readonly clips = new ClipCache();
  private readonly widths = new Map<string, number>();
  private readonly scratch: Range;
  private ordered: State[] | null = null;
  /** Cancels the pending frame; null when none is pending. */
  private pending: (() => void) | null = null;
  /** The page changed since the last frame (not only scrolled). */
  private isLayoutDirty = true;
  private gen = 0;
  private tip: HTMLDivElement | null = null;
  private bars: { gen: number; at: number; bars: EdgeBar[] } | null = null;
  /** A pop-up layer over the page, read again only after the page changed (it does not move while the page scrolls). */
  private cover: { gen: number; bar: EdgeBar | null } | null = null;
  private isReadingBars = false;

  constructor(private readonly d: OverlayDeps) {
    this.host = createOverlayHost(d.doc);
    this.scratch = d.doc.createRange();
    this.io = new IntersectionObserver((entries) => this.onIntersect(entries), { rootMargin: NEAR_MARGIN });
    // No ResizeObserver and no animation-frame callback: they run inside the page's rendering task, which on a
    // large page is long, and would make that whole task ours. Reflow without a DOM change comes from images and
    // frames loading (their load events, caught here), fonts, resizes and transitions.
    const opts = { signal: d.signal, passive: true, capture: true };
    const view = d.doc.defaultView ?? window;
    d.doc.addEventListener('scroll', () => this.schedule(), opts);
    view.addEventListener('resize', () => this.invalidate(true), opts);
    d.doc.addEventListener('load', () => this.invalidate(false), opts);
    d.doc.addEventListener('transitionend', () => this.invalidate(false), opts);
    d.doc.addEventListener('animationend', () => this.invalidate(false), opts);
    d.doc.fonts?.addEventListener('loadingdone', () => this.invalidate(false), { signal: d.signal });
    d.signal.addEventListener('abort', () => this.clear(), { once: true });
  }

  add(item: OverlayItem): void {
    const s: State = {
      item,
      visible: false,
      room: null,
      gen: -1,
      marks: [],
      button: null,
      rects: null,
      badgeShown: false,
    };
    this.states.set(item, s);
    this.ordered = null;
    let set = this.byEl.get(item.el);
    if (!set) {
      this.byEl.set(item.el, (set = new Set()));
      this.io.observe(item.el);
    } else if ([...set].some((o) => this.near.has(o))) {
      this.near.add(s);
      this.schedule();
    }
    set.add(s);
  }

  remove(item: OverlayItem): void {
    const s = this.states.get(item);
    if (!s) return;
    this.states.delete(item);
    this.ordered = null;
    this.near.delete(s);
    this.drawn.delete(s);
    for (const m of s.marks) m.remove();
    s.button?.remove();
    const set = this.byEl.get(item.el);
    set?.delete(s);
    if (set && !set.size) {
      this.byEl.delete(item.el);
      this.io.unobserve(item.el);
    }
    if (!this.states.size) this.detachIfEmpty();
  }

  /** Takes the host out of the page when it shows nothing (no mark, badge, card or banner). */
  private detachIfEmpty(): void {
    if (!this.host.isAttached()) return;
    const onlyContainers = this.host.layer.childElementCount === 2 && !this.host.marks.firstChild;
    if (!this.drawn.size && onlyContainers) this.host.remove();
  }

  clear(): void {
    for (const item of [...this.states.keys()]) this.remove(item);
    this.pending?.();
    this.pending = null;
    if (this.d.signal.aborted) {
      this.io.disconnect();
      this.host.remove();
    }
  }

  /** The page changed: positions (and, with `styles`, clipping containers) are read again on the next frame. */
  invalidate(styles: boolean): void {
    this.gen++;
    this.isLayoutDirty = true;
    if (styles) this.clips.reset();
    this.schedule();
  }

  /**
   * Runs a frame in a task of its own, never inside the page's rendering task (a rAF callback would make the
   * page's own layout and paint of a 5 MB page look like our long task). After a scroll layout is clean, so the
   * next task is soon enough; after the page changed, we wait until the browser has rendered and is idle, so our
   * reads cost no layout of theirs.
   */
  schedule(): void {
    if (this.pending || this.d.signal.aborted || !this.states.size) return;
    const run = () => {
      this.pending = null;
      this.frame();
    };
    if (this.isLayoutDirty && typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(run, { timeout: 100 });
      this.pending = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(run, 0);
      this.pending = () => clearTimeout(id);
    }
  }

  /** Runs a pending frame now (before answering for the page's hits, or before focusing a badge). */
  flush(): void {
    if (this.states.size) this.frame(true);
  }

  itemOf(button: Element): OverlayItem | undefined {
    return this.byButton.get(button);
  }

  buttonOf(item: OverlayItem): HTMLButtonElement | null {
    const s = this.states.get(item);
    return s?.badgeShown ? s.button : null;
  }

  /** Client rects of the drawn name and its badge as of the last frame; null when not drawn. */
  rectsOf(item: OverlayItem): { name: Box[] | null; badge: Box | null } {
    const s = this.states.get(item);
    const b = s?.badgeShown ? s.button?.getBoundingClientRect() : null;
    const badge = b ? { left: b.left, top: b.top, right: b.right, bottom: b.bottom } : null;
    return { name: s?.rects ?? null, badge };
  }

  /** Badge items in reading order. */
  badgeItems(): OverlayItem[] {
    this.ordered ??= [...this.states.values()].filter((s) => s.item.badge).sort(byReadingOrder);
    return this.ordered.map((s) => s.item);
  }

  /** Scrolls `item` into view if needed, draws it now and focuses its badge. */
  focusItem(item: OverlayItem): boolean {
    const s = this.states.get(item);
    if (!s) return false;
    const r = item.range.getBoundingClientRect();
    const view = this.d.doc.defaultView ?? window;
    if (r.bottom <= 0 || r.top >= view.innerHeight || r.height === 0)
      item.el.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.near.add(s);
    this.frame(true);
    s.button?.focus({ preventScroll: true });
    return s.badgeShown;
  }

  /** Shows the one-line tip under (or above) a badge. */
  showTip(button: HTMLElement, text: string): void {
    if (!this.tip) {
      this.tip = el(this.d.doc, 'div', 'tip');
      this.tip.setAttribute('role', 'tooltip');
    }
    this.tip.textContent = text;
    const view = this.host.fitView();
    this.host.layer.append(this.tip);
    const b = button.getBoundingClientRect();
    const o = this.host.origin();
    const item = this.byButton.get(button);
    const rects = item ? this.states.get(item)?.rects : null;
    const size = { width: this.tip.offsetWidth, height: this.tip.offsetHeight };
    const p = placeTip(b, rects ? lastLine(rects) : null, size, view);
    this.tip.style.transform = `translate(${Math.round(p.left - o.x)}px,${Math.round(p.top - o.y)}px)`;
  }

  hideTip(): void {
    this.tip?.remove();
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const e of entries)
      for (const s of this.byEl.get(e.target) ?? []) {
        if (e.isIntersecting) this.near.add(s);
        else this.near.delete(s);
      }
    this.schedule();
  }

  /** One frame: reads for the names near the viewport, then writes. `isSync`: asked for now (answers, focus). */
  private frame(isSync = false): void {
    this.pending?.();
    this.pending = null;
    this.isLayoutDirty = false;
    if (this.d.signal.aborted) return;
    // Creating the canvas context costs several milliseconds: in a task of its own, before the first drawing.
    if (!isSync && !hasTriedCtx && this.needsWidths()) {
      textContext();
      return this.schedule();
    }
    // Hit tests for the page's bars need the page laid out and pre-painted: run where the page left them dirty, on
    // a large page that was 20 ms of layout and pre-paint. They run just after the browser has rendered instead.
    if (!isSync && this.near.size && this.areBarsStale() && this.d.doc.visibilityState !== 'hidden')
      return this.readBarsAfterRendering();
    const out = timed('position', () => this.measureNear());
    // The host goes into the page only once there is something to draw. Attaching it is a write that restyles the
    // page: the browser does that in its own rendering, and we draw in the next frame.
    if (!this.host.isAttached()) {
      if (!out.some(([, m]) => m)) return;
      this.host.attach();
      if (!isSync) return this.invalidate(false);
    }
    const o = timed('position', () => this.host.origin());
    this.host.fitView();
    timed('draw', () => {
      for (const [s, m] of out) this.write(s, m, o.x, o.y);
    });
    this.d.afterFrame();
    this.detachIfEmpty();
  }

  /**
   * The page's header and tab bars. Read again after a change to the page and at most every 200 ms while it only
   * scrolls (a stuck header keeps its box): six hit tests a frame were most of our time on a large page.
   */
  private edgeBarsNow(): EdgeBar[] {
    return this.areBarsStale() ? this.readBars() : (this.bars?.bars ?? []);
  }

  private areBarsStale(): boolean {
    const c = this.bars;
    return !c || c.gen !== this.gen || performance.now() - c.at >= BARS_REUSE_MS;
  }

  private readBarsAfterRendering(): void {
    if (this.isReadingBars) return;
    this.isReadingBars = true;
    const view = this.d.doc.defaultView ?? window;
    // The animation-frame callback only queues a task: the task runs after this frame's paint.
    view.requestAnimationFrame(() =>
      setTimeout(() => {
        this.isReadingBars = false;
        if (this.d.signal.aborted) return;
        timed('position', () => this.readBars());
        this.schedule();
      }, 0),
    );
  }

  private readBars(): EdgeBar[] {
    if (this.cover?.gen !== this.gen) this.cover = { gen: this.gen, bar: coverAt(this.d.doc) };
    const bars = edgeBars(this.d.doc);
    this.bars = { gen: this.gen, at: performance.now(), bars };
    return bars;
  }

  /** Reads (widths, rects, room) for the names near the viewport; drawn names no longer near are cleared. */
  private measureNear(): [State, Measured | null][] {
    this.measureWidths();
    const { doc } = this.d;
    const view = doc.defaultView ?? window;
    const vh = view.innerHeight;
    const base: Box = { left: 0, top: -vh, right: doc.documentElement.clientWidth, bottom: 2 * vh };
    const bars = this.near.size ? this.edgeBarsNow() : [];
    const out: [State, Measured | null][] = [];
    // Read with the bars after each change to the page (`readBars`).
    const cover = this.cover?.bar ?? null;
    for (const s of this.near) out.push([s, this.measure(s, base, bars, cover)]);
    for (const s of this.drawn) if (!this.near.has(s)) out.push([s, null]);
    return out;
  }

  private measure(s: State, base: Box, bars: readonly EdgeBar[], cover: EdgeBar | null): Measured | null {
    const it = s.item;
    if (!it.range.startContainer.isConnected || !it.el.isConnected) return null;
    const fresh = s.gen !== this.gen;
    if (fresh) {
      s.gen = this.gen;
      s.room = null;
      s.visible = it.el.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true }) !== false;
    }
    if (!s.visible) return null;
    const rects = nameRects(it.range);
    const clip = rects.length ? clipOutBars(this.clips.clip(it.el, base), it.el, bars) : null;
    if (!clip) return null;
    const shown: Box[] = [];
    for (const r of rects) {
      const c = {
        left: Math.max(r.left, clip.left),
        top: Math.max(r.top, clip.top),
        right: Math.min(r.right, clip.right),
        bottom: Math.min(r.bottom, clip.bottom),
      };
      if (c.right > c.left && c.bottom > c.top) shown.push(c);
    }
    if (!shown.length || isUnderCover(it.el, shown[0]!, cover)) return null;
    if (!it.badge) return { rects: shown, badge: null };
    if (!s.room) {
      const end = lastLine(rects);
      s.room = end ? measureRoom(it, end, this.scratch) : null;
    }
    const width = this.widths.get(badgeWidthKey(it.badge)) ?? 90;
    return { rects: shown, badge: s.room ? placeFrom(rects, s.room, clip, width) : null };
  }

  private write(s: State, m: Measured | null, ox: number, oy: number): void {
    const want = m?.rects.length ?? 0;
    while (s.marks.length > want) s.marks.pop()!.remove();
    while (s.marks.length < want) {
      const mk = el(this.d.doc, 'div', `m f-${s.item.family}`);
      this.host.marks.append(mk);
      s.marks.push(mk);
    }
    m?.rects.forEach((r, i) => setBox(s.marks[i]!, r, ox, oy));
    s.rects = m ? m.rects : null;
    if (m) this.drawn.add(s);
    else this.drawn.delete(s);
    const p = m?.badge;
    const view = s.item.badge;
    if (p && view) {
      if (!s.button) {
        s.button = createBadge(this.d.doc, view, this.d.events, this.d.signal);
        this.byButton.set(s.button, s.item);
        this.host.badges.append(s.button);
      }
      const b = s.button;
      b.classList.toggle('compact', p.isCompact);
      b.classList.remove('gone');
      const css = `transform:translate(${p.left - Math.round(ox)}px,${p.top - Math.round(oy)}px);font-size:${p.fontSize}px;height:${p.height}px;${p.isCompact ? `width:${p.width}px;--sl-shift:${p.openShift}px;` : ''}`;
      if (last.get(b) !== css) {
        last.set(b, css);
        b.style.cssText = css;
      }
    } else s.button?.classList.add('gone');
    s.badgeShown = !!(p && view);
  }

  /**
   * Full-label width of each kind of badge at 12 px, from text metrics on a canvas: measuring a probe badge would
   * make the page lay out inside our task.
   */
  private needsWidths(): boolean {
    for (const s of this.near) if (s.item.badge && !this.widths.has(badgeWidthKey(s.item.badge))) return true;
    return false;
  }

  private measureWidths(): void {
    for (const s of this.near) {
      const v = s.item.badge;
      if (v && !this.widths.has(badgeWidthKey(v))) this.widths.set(badgeWidthKey(v), labelWidth12(v));
    }
  }
}

let ctx2d: OffscreenCanvasRenderingContext2D | null = null;
let hasTriedCtx = false;

function textContext(): OffscreenCanvasRenderingContext2D | null {
  if (!hasTriedCtx) {
    hasTriedCtx = true;
    ctx2d = new OffscreenCanvas(1, 1).getContext('2d');
  }
  return ctx2d;
}

/** Width of a badge's full label at 12 px: icon, label, historic note, meter, gaps and padding. */
function labelWidth12(v: BadgeView): number {
  const ctx = textContext();
  const text = `${STRINGS.family[v.family]}${v.isHistoric ? ` ${STRINGS.historic}` : ''}`;
  if (!ctx) return 12 * 0.6 * text.length + 40;
  ctx.font = `600 12px ${BADGE_FONT}`;
  // Icon 1.05em, meter 0.76em, three gaps of 0.32em, padding 0.92em (see styles.ts).
  return Math.ceil(ctx.measureText(text).width + 12 * (1.05 + 0.76 + 0.96 + 0.92) + 2);
}

function byReadingOrder(a: State, b: State): number {
  const ra = a.item.range;
  const rb = b.item.range;
  try {
    return ra.compareBoundaryPoints(Range.START_TO_START, rb);
  } catch {
    return ra.startContainer.compareDocumentPosition(rb.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING
      ? -1
      : 1;
  }
}
