// Reads for one frame of the overlay: where a name is, what of it is visible, and where its badge goes. Only reads
// (no writes), so a frame's reads cost at most one layout however many names are measured.
import {
  clipBelowBars,
  clipOutCover,
  intersect,
  isCover,
  isEdgeBar,
  lastLine,
  placeBadge,
  type BadgePlace,
  type Box,
} from '../core/page/index.ts';
import { isOverlayHost } from './overlay-host.ts';

export interface NameSpot {
  range: Range;
  /** Element standing for the name's visibility (its end's parent). */
  el: Element;
  /** The name's block (its lines end at this element's right edge). */
  block: Node;
  /** The first non-space character after the name in its block, if any. */
  next: { node: Text; offset: number } | null;
}

/** What a layout frame learns about the line after a name, reused by scroll-only frames (relative to its end). */
export interface LineRoom {
  nextDx: number | null;
  nextDy: number;
  lineEndDx: number;
}

export interface Measured {
  /** Visible parts of the name (client coordinates). */
  rects: Box[];
  badge: BadgePlace | null;
}

const toBox = (r: DOMRectReadOnly): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

/** Clipping ancestors per element (scroll containers, overflow hidden/clip); cleared when page styles change. */
export class ClipCache {
  private cache = new WeakMap<Element, Element[]>();

  reset(): void {
    this.cache = new WeakMap();
  }

  /** Intersection of `base` with the padding boxes of every clipping ancestor of `e`; null when nothing is left. */
  clip(e: Element, base: Box): Box | null {
    let box: Box | null = base;
    for (const a of this.ancestors(e)) {
      box = intersect(box, toBox(a.getBoundingClientRect()));
      if (!box) return null;
    }
    return box;
  }

  private ancestors(e: Element): Element[] {
    const hit = this.cache.get(e);
    if (hit) return hit;
    const doc = e.ownerDocument;
    const out: Element[] = [];
    for (
      let p: Element | null = parentOf(e);
      p && p !== doc.body && p !== doc.documentElement;
      p = parentOf(p)
    ) {
      const cs = getComputedStyle(p);
      if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') out.push(p);
      if (cs.position === 'fixed') break;
    }
    this.cache.set(e, out);
    return out;
  }
}

function parentOf(e: Element): Element | null {
  if (e.parentElement) return e.parentElement;
  const root = e.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** Client rects of a range, without boxes another one already covers (element boxes inside the range). */
export function nameRects(range: Range): Box[] {
  const out: Box[] = [];
  for (const r of range.getClientRects()) {
    if (r.width <= 0 || r.height <= 0) continue;
    const b = toBox(r);
    if (out.some((o) => o.left <= b.left && o.right >= b.right && o.top <= b.top && o.bottom >= b.bottom))
      continue;
    out.push(b);
  }
  return out;
}

/** Measures the line after the name: the next character and the block's right edge, relative to the name's end. */
export function measureRoom(spot: NameSpot, end: Box, scratch: Range): LineRoom {
  let nextDx: number | null = null;
  let nextDy = 0;
  if (spot.next && spot.next.node.isConnected && spot.next.offset < spot.next.node.length) {
    scratch.setStart(spot.next.node, spot.next.offset);
    scratch.setEnd(spot.next.node, spot.next.offset + 1);
    const r = scratch.getClientRects()[0];
    if (r) {
      nextDx = r.left - end.right;
      nextDy = r.top - end.top;
    }
  }
  const blockEl = spot.block instanceof Element ? spot.block : spot.el;
  const lineEnd = blockEl.getBoundingClientRect().right;
  return { nextDx, nextDy, lineEndDx: lineEnd - end.right };
}

/** Places the badge from the name's rects and a (possibly cached) line room. */
export function placeFrom(rects: Box[], room: LineRoom, clip: Box, labelWidth12: number): BadgePlace | null {
  const end = lastLine(rects);
  if (!end) return null;
  const h = end.bottom - end.top;
  const next =
    room.nextDx === null
      ? null
      : {
          left: end.right + room.nextDx,
          top: end.top + room.nextDy,
          right: end.right + room.nextDx + 1,
          bottom: end.top + room.nextDy + h,
        };
  return placeBadge({
    nameRects: rects,
    clip,
    nextChar: next,
    lineEnd: end.right + room.lineEndDx,
    labelWidth12,
  });
}

/**
 * A fixed or sticky bar of the page along the window's top or bottom edge (a site header, a tab bar); also the shape
 * of a pop-up layer over most of the window (`coverAt`).
 */
export interface EdgeBar {
  el: Element;
  box: Box;
}

/** The page's topmost element at a point: our own host is looked through (a badge may be drawn there). */
function pageElementAt(doc: Document, x: number, y: number): Element | null {
  // The whole stack at the point is read only when the topmost is ours: on a large page each full stack cost
  // milliseconds, every frame.
  const first = doc.elementFromPoint(x, y);
  return first && isOverlayHost(first)
    ? (doc.elementsFromPoint(x, y).find((e) => !isOverlayHost(e)) ?? null)
    : first;
}

/** Where the page's edge bars are probed: a few points along the window's top and bottom rows. */
const PROBE_X = [0.15, 0.5, 0.85];

/**
 * The page's fixed or sticky bars along the window's top and bottom edges, found by hit-testing a few points there
 * (our own host skipped) and walking up to the positioned ancestor. A handful of hit tests on a clean layout.
 */
export function edgeBars(doc: Document): EdgeBar[] {
  const view = { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
  const out: EdgeBar[] = [];
  for (const y of [1, view.height - 2])
    for (const fx of PROBE_X) {
      const top = pageElementAt(doc, view.width * fx, y);
      const bar = top ? pinnedAncestor(top) : null;
      if (!bar || out.some((b) => b.el === bar)) continue;
      const box = toBox(bar.getBoundingClientRect());
      if (isEdgeBar(box, view, y < 2 ? 'top' : 'bottom')) out.push({ el: bar, box });
    }
  return out;
}

/** Where pop-up layers are probed: the window's centre (a cookie wall) and its sides (a dialog's backdrop). */
const COVER_PROBES: [number, number][] = [
  [0.5, 0.5],
  [0.08, 0.5],
  [0.92, 0.5],
];

/**
 * A layer over most of the window: a modal dialog (a hit on its backdrop finds the dialog; everything else is inert
 * under it), or a fixed element over half the window or more at one of the probes.
 */
export function coverAt(doc: Document): EdgeBar | null {
  const view = { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
  for (const [fx, fy] of COVER_PROBES) {
    const top = pageElementAt(doc, view.width * fx, view.height * fy);
    if (!top) continue;
    if (isModal(top)) return { el: top, box: { left: 0, top: 0, right: view.width, bottom: view.height } };
    const layer = pinnedAncestor(top, 'fixed');
    if (!layer) continue;
    const box = toBox(layer.getBoundingClientRect());
    if (isCover(box, view)) return { el: layer, box };
  }
  return null;
}

/** True for an open modal dialog (`:modal` is unknown to older engines: then none is). */
function isModal(e: Element): boolean {
  if (e.tagName !== 'DIALOG') return false;
  try {
    return e.matches(':modal');
  } catch {
    return false;
  }
}

/** The element itself or its nearest ancestor with fixed (or, unless `only` says so, sticky) position; else null. */
function pinnedAncestor(e: Element, only?: 'fixed'): Element | null {
  const doc = e.ownerDocument;
  for (let p: Element | null = e; p && p !== doc.documentElement; p = parentOf(p)) {
    const pos = getComputedStyle(p).position;
    if (pos === 'fixed' || (pos === 'sticky' && !only)) return p;
  }
  return null;
}

/** `clip` less the edge bars that cover it (not those the name itself is in: a name in the site's header). */
export function clipOutBars(clip: Box | null, nameEl: Element, bars: readonly EdgeBar[]): Box | null {
  if (!clip || !bars.length) return clip;
  const over = bars.filter((b) => !b.el.contains(nameEl)).map((b) => b.box);
  if (!over.length) return clip;
  const doc = nameEl.ownerDocument;
  return clipBelowBars(clip, over, {
    width: doc.documentElement.clientWidth,
    height: doc.documentElement.clientHeight,
  });
}

/**
 * True when a pop-up layer hides the name at `rect`: the page's topmost element at the name is neither in the name's
 * element nor around it (a backdrop, a cookie wall). Names in the layer, or in a dialog drawn over its backdrop, are
 * not hidden. Only hit-tested while the page shows such a layer; a name outside the window is judged by geometry.
 */
export function isUnderCover(nameEl: Element, rect: Box, cover: EdgeBar | null): boolean {
  if (!cover || cover.el.contains(nameEl)) return false;
  const doc = nameEl.ownerDocument;
  const x = (rect.left + rect.right) / 2;
  const y = (rect.top + rect.bottom) / 2;
  if (x < 0 || y < 0 || x >= doc.documentElement.clientWidth || y >= doc.documentElement.clientHeight)
    return clipOutCover(rect, cover.box) === null;
  const top = pageElementAt(doc, x, y);
  return !top || !(nameEl.contains(top) || top.contains(nameEl));
}
