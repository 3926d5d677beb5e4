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
  /**
   * The window's size without its scroll bars (client pixels), also given to the overlay's CSS as `--sl-vw`, so the
   * card, the tip and the banner fit the visible width (100vw counts the scroll bar and would make the page scroll).
   */
  fitView: () => { width: number; height: number };
  /** True when `e` happened inside the overlay (its host is on the event's composed path). */
  isInPath: (e: Event) => boolean;
  remove: () => void;
}

/**
 * The host, created on first use of its parts (a page with nothing to flag never pays for the shadow root and its
 * sheet); `attach()` adds it to the page on first drawing.
 */
export function createOverlayHost(doc: Document): OverlayHost {
  let parts: {
    host: HTMLDivElement;
    root: ShadowRoot;
    layer: HTMLDivElement;
    marks: HTMLDivElement;
    badges: HTMLDivElement;
  } | null = null;
  let shownWidth = -1;
  const made = () => {
    if (parts) return parts;
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
    return (parts = { host, root, layer, marks, badges });
  };
  return {
    doc,
    get layer() {
      return made().layer;
    },
    get marks() {
      return made().marks;
    },
    get badges() {
      return made().badges;
    },
    get root() {
      return made().root;
    },
    attach: () => {
      const { host } = made();
      if (host.isConnected && host.parentNode === doc.documentElement) return;
      doc.documentElement.append(host);
    },
    origin: () => {
      const r = made().host.getBoundingClientRect();
      return { x: r.left, y: r.top };
    },
    isAttached: () => parts?.host.isConnected ?? false,
    fitView: () => {
      const width = doc.documentElement.clientWidth;
      const height = doc.documentElement.clientHeight;
      if (width !== shownWidth) {
        shownWidth = width;
        made().layer.style.setProperty('--sl-vw', `${width}px`);
      }
      return { width, height };
    },
    isInPath: (e) => (parts ? e.composedPath().includes(parts.host) : false),
    remove: () => parts?.host.remove(),
  };
}
