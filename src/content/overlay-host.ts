// The one element we add to a page that has something to flag: a plain <div> (a built-in element, so no page can
// define its tag first and make attachShadow throw) holding a closed shadow root. Everything we draw lives inside:
// marks, badges, the tip, the card and the banner. The host carries no attribute or class, takes no space (absolute,
// zero size) and sits after <body>, so the page's own children lists and layout are untouched. Page script cannot
// reach a closed root; in Chromium and Firefox our isolated world also has its own prototypes, so a page that
// patches attachShadow or appendChild does not affect these calls.
import { applyShadowCss } from './dom-util.ts';
import { OVERLAY_CSS } from './styles.ts';

const ours = new WeakSet<Node>();

/** True for an overlay host of ours. */
export function isOverlayHost(node: Node): boolean {
  return ours.has(node);
}

export interface OverlayHost {
  readonly doc: Document;
  /** The layer everything is positioned in (its origin is the host's top-left corner). */
  readonly layer: HTMLDivElement;
  readonly marks: HTMLDivElement;
  readonly badges: HTMLDivElement;
  readonly root: ShadowRoot;
  /** Puts the host back into the page if the page removed it; adds it on first use. */
  attach: () => void;
  /** Client position of the layer's origin (read; may cost a layout when the page changed). */
  origin: () => { x: number; y: number };
  isAttached: () => boolean;
  /** True when `e` happened inside the overlay (its host is on the event's composed path). */
  isInPath: (e: Event) => boolean;
  remove: () => void;
}

/** Creates the host (not yet in the page: `attach()` adds it on first drawing). */
export function createOverlayHost(doc: Document): OverlayHost {
  const host = doc.createElement('div');
  ours.add(host);
  const root = host.attachShadow({ mode: 'closed' });
  applyShadowCss(root, OVERLAY_CSS);
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const marks = doc.createElement('div');
  marks.className = 'marks';
  const badges = doc.createElement('div');
  badges.className = 'badges';
  layer.append(marks, badges);
  root.append(layer);
  return {
    doc,
    layer,
    marks,
    badges,
    root,
    attach: () => {
      if (host.isConnected && host.parentNode === doc.documentElement) return;
      doc.documentElement.append(host);
    },
    origin: () => {
      const r = host.getBoundingClientRect();
      return { x: r.left, y: r.top };
    },
    isAttached: () => host.isConnected,
    isInPath: (e) => e.composedPath().includes(host),
    remove: () => host.remove(),
  };
}
