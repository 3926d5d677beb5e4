// Opens, places and closes the single card, inside the overlay beside its badge: click or Enter opens it (Enter
// moves focus into it), Escape closes it and returns focus to the badge, and Tab past its last control goes on to
// the next badge in reading order (Shift+Tab before its first goes back to its badge) instead of leaving the page.
import { placeCard } from '../core/page/index.ts';
import { buildCard, type CardActions, type CardData } from './card-view.ts';
import { el } from './dom-util.ts';
import type { OverlayHost } from './overlay-host.ts';

export interface CardOptions {
  host: OverlayHost;
  signal: AbortSignal;
  dataFor: (anchor: HTMLElement) => CardData | null;
  mute: (d: CardData) => void;
  turnOff: (d: CardData) => void;
  isDark: () => boolean;
  /** Focuses the badge after (or before) `anchor` in reading order; false when there is none. */
  moveFrom: (anchor: HTMLElement, isBack: boolean) => boolean;
}

export interface CardController {
  activate: (anchor: HTMLElement, byKeyboard: boolean) => void;
  close: (restoreFocus?: boolean) => void;
  /** Follows the anchor after the page moved; closes when the anchor is no longer drawn. */
  place: () => void;
  /** The anchor the card is open for, if any. */
  anchor: () => HTMLElement | null;
}

const FOCUSABLE = 'button, a[href]';
const GAP = 8;

/** Creates the card controller; nothing is drawn until a card opens. */
export function createCardController(o: CardOptions): CardController {
  const doc = o.host.doc;
  let box: HTMLDivElement | null = null;
  let anchor: HTMLElement | null = null;
  let fitWidth = -1;
  let cardHeight = 0;
  let cap = -1;

  function place(): void {
    if (!box || !anchor) return;
    if (!anchor.isConnected || anchor.classList.contains('gone')) return close(false);
    const view = o.host.fitView();
    // The card's own height is read once per window width, before any cap of ours.
    if (view.width !== fitWidth) {
      fitWidth = view.width;
      box.style.removeProperty('--sl-maxh');
      cap = -1;
      cardHeight = box.offsetHeight;
    }
    const a = anchor.getBoundingClientRect();
    const p = placeCard(a, { width: box.offsetWidth, height: cardHeight }, view, GAP);
    const org = o.host.origin();
    if (p.maxHeight !== cap) box.style.setProperty('--sl-maxh', `${(cap = p.maxHeight)}px`);
    box.style.transform = `translate(${Math.round(p.left - org.x)}px,${Math.round(p.top - org.y)}px)`;
  }

  function close(restoreFocus = false): void {
    const a = anchor;
    box?.remove();
    box = null;
    anchor = null;
    a?.setAttribute('aria-expanded', 'false');
    if (restoreFocus && a?.isConnected) a.focus({ preventScroll: true });
  }

  function focusables(): HTMLElement[] {
    return box ? [...box.querySelectorAll<HTMLElement>(FOCUSABLE)] : [];
  }

  function open(a: HTMLElement, moveFocus: boolean): void {
    if (anchor === a && box) {
      if (moveFocus) focusables()[0]?.focus({ preventScroll: true });
      return;
    }
    close(false);
    const data = o.dataFor(a);
    if (!data) return;
    const actions: CardActions = {
      mute: () => o.mute(data),
      turnOff: () => o.turnOff(data),
      close: () => close(true),
    };
    box = el(doc, 'div', 'cardpos');
    fitWidth = -1;
    box.append(buildCard(doc, data, actions, o.isDark()));
    wire(box);
    anchor = a;
    a.setAttribute('aria-expanded', 'true');
    o.host.attach();
    o.host.layer.append(box);
    place();
    if (moveFocus) focusables()[0]?.focus({ preventScroll: true });
  }

  function wire(b: HTMLDivElement): void {
    b.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        close(true);
        return;
      }
      if (e.key !== 'Tab' || !anchor) return;
      const list = focusables();
      const active = o.host.root.activeElement;
      const isOut = e.shiftKey ? active === list[0] : active === list.at(-1);
      if (!isOut) return;
      e.preventDefault();
      const a = anchor;
      close(false);
      if (e.shiftKey || !o.moveFrom(a, false)) a.focus({ preventScroll: true });
    });
    b.addEventListener('focusout', (e) => {
      const next = e.relatedTarget as Node | null;
      if (next && !b.contains(next) && next !== anchor) close(false);
    });
  }

  doc.addEventListener(
    'mousedown',
    (e) => {
      // Presses inside the overlay (the card, a badge) come through its host; anything else closes the card.
      if (box && !o.host.isInPath(e)) close(false);
    },
    { signal: o.signal, capture: true },
  );
  o.signal.addEventListener('abort', () => close(false), { once: true });

  return {
    activate: (a, byKeyboard) => {
      if (anchor === a && !byKeyboard) return close(false);
      open(a, byKeyboard);
    },
    close,
    place,
    anchor: () => anchor,
  };
}
