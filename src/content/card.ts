// Opens, places and closes the single card: hover and focus preview it, click pins it, Enter moves focus into it,
// Escape closes it and returns focus to the badge.
import { badgeButton } from './badge.ts';
import { buildCard, type CardActions, type CardData } from './card-view.ts';
import { applyShadowCss } from './dom-util.ts';
import { CARD_CSS } from './styles.ts';

export const CARD_TAG = 'sl-card';
type Mode = 'preview' | 'pinned';

export interface CardOptions {
  doc: Document;
  signal: AbortSignal;
  dataFor: (anchor: HTMLElement) => CardData | null;
  mute: (d: CardData) => void;
  turnOff: (d: CardData) => void;
  isDark: () => boolean;
}

export interface CardController {
  hover: (anchor: HTMLElement, isIn: boolean) => void;
  focus: (anchor: HTMLElement, isIn: boolean) => void;
  activate: (anchor: HTMLElement, byKeyboard: boolean) => void;
  close: (restoreFocus?: boolean) => void;
  /** The anchor the card is open for, if any. */
  anchor: () => HTMLElement | null;
}

/** Creates the card controller; nothing is added to the page until a card opens. */
export function createCardController(o: CardOptions): CardController {
  let host: HTMLElement | null = null;
  let anchor: HTMLElement | null = null;
  let mode: Mode = 'preview';
  let timer = 0;
  let isRestoring = false;
  const clear = () => clearTimeout(timer);
  const later = (fn: () => void, ms: number) => {
    clear();
    timer = window.setTimeout(() => !o.signal.aborted && fn(), ms);
  };

  function place(): void {
    if (!host || !anchor) return;
    if (!anchor.isConnected) return close(false);
    const r = anchor.getBoundingClientRect();
    const w = Math.min(400, innerWidth - 16);
    const below = innerHeight - r.bottom - 14;
    const above = r.top - 14;
    host.style.removeProperty('--sl-maxh');
    const natural = host.offsetHeight;
    // Below the badge when it fits, else above, else on the roomier side with the listings scrolling.
    const isBelow = natural <= below || (natural > above && below >= above);
    const room = Math.max(200, isBelow ? below : above);
    if (natural > room) host.style.setProperty('--sl-maxh', `${room}px`);
    const h = Math.min(natural, room);
    const top = isBelow ? r.bottom + 6 : r.top - 6 - h;
    const left = Math.max(8, Math.min(r.left, innerWidth - w - 8));
    // Custom properties: `all: initial !important` on :host (which page CSS cannot beat) does not reset them.
    host.style.setProperty('--sl-left', `${left}px`);
    host.style.setProperty('--sl-top', `${Math.max(8, Math.min(top, innerHeight - h - 8))}px`);
  }

  function close(restoreFocus = false): void {
    clear();
    const a = anchor;
    host?.remove();
    host = null;
    anchor = null;
    if (a) badgeButton(a)?.setAttribute('aria-expanded', 'false');
    if (restoreFocus && a?.isConnected) {
      // Focus coming back from the card must not reopen it as a preview.
      isRestoring = true;
      badgeButton(a)?.focus({ preventScroll: true });
      isRestoring = false;
    }
  }

  function open(a: HTMLElement, m: Mode, moveFocus: boolean): void {
    clear();
    if (anchor === a && host) {
      mode = m === 'pinned' ? 'pinned' : mode;
      if (moveFocus) focusInside();
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
    host = o.doc.createElement(CARD_TAG);
    const root = host.attachShadow({ mode: 'closed' });
    applyShadowCss(root, CARD_CSS);
    const card = buildCard(o.doc, data, actions, o.isDark());
    root.append(card);
    wireCard(root, card);
    anchor = a;
    mode = m;
    badgeButton(a)?.setAttribute('aria-expanded', 'true');
    o.doc.documentElement.append(host);
    place();
    if (moveFocus) focusInside();
  }

  let cardRoot: ShadowRoot | null = null;
  function focusInside(): void {
    const first = cardRoot?.querySelector<HTMLElement>('button.close');
    first?.focus({ preventScroll: true });
  }

  function wireCard(root: ShadowRoot, card: HTMLElement): void {
    cardRoot = root;
    card.addEventListener('mouseenter', clear);
    card.addEventListener('mouseleave', () => mode === 'preview' && later(() => close(false), 300));
    card.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        close(true);
      }
    });
    card.addEventListener('focusout', (e) => {
      const next = e.relatedTarget as Node | null;
      if (!next || (!root.contains(next) && next !== anchor)) later(() => close(false), 0);
    });
  }

  const signal = o.signal;
  o.doc.addEventListener(
    'mousedown',
    (e) => {
      if (
        host &&
        mode === 'pinned' &&
        !e.composedPath().includes(host) &&
        !e.composedPath().includes(anchor!)
      )
        close(false);
    },
    { signal, capture: true },
  );
  o.doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && host && anchor && e.composedPath().includes(anchor)) close(true);
    },
    { signal, capture: true },
  );
  window.addEventListener('scroll', () => host && place(), { signal, passive: true, capture: true });
  window.addEventListener('resize', () => host && place(), { signal, passive: true });
  signal.addEventListener('abort', () => close(false), { once: true });

  return {
    hover: (a, isIn) => {
      if (isIn) {
        if (anchor !== a) later(() => open(a, 'preview', false), 250);
        else clear();
      } else if (mode === 'preview') later(() => close(false), 300);
    },
    focus: (a, isIn) => {
      if (isIn && anchor !== a && !isRestoring) open(a, 'preview', false);
      if (!isIn && anchor === a) later(() => o.doc.activeElement !== host && close(false), 0);
    },
    activate: (a, byKeyboard) => {
      if (anchor === a && mode === 'pinned' && !byKeyboard) return close(false);
      open(a, 'pinned', byKeyboard);
    },
    close,
    anchor: () => anchor,
  };
}
