// The badge host element placed after a flagged name: contract attributes outside, visuals in a closed shadow root.
import type { ListFamily } from '../core/list/format.ts';
import type { Confidence } from '../core/match/types.ts';
import { applyShadowCss, el } from './dom-util.ts';
import { familyIcon } from './icons.ts';
import { STRINGS } from './text.ts';
import { BADGE_CSS } from './styles.ts';

export const BADGE_TAG = 'sl-badge';

export interface BadgeView {
  entityId: string;
  /** The page text as written. */
  text: string;
  confidence: Confidence;
  family: ListFamily;
  isHistoric: boolean;
  entityName: string;
  /** Shown inside the badge when it cannot sit right after the name. */
  isDetached: boolean;
  isDark: boolean;
}

export interface BadgeEvents {
  activate: (host: HTMLElement, byKeyboard: boolean) => void;
  hover: (host: HTMLElement, isIn: boolean) => void;
  focus: (host: HTMLElement, isIn: boolean) => void;
}

const buttons = new WeakMap<HTMLElement, HTMLButtonElement>();

/** The focusable control inside a badge host (the shadow root is closed, so only we can reach it). */
export function badgeButton(host: HTMLElement): HTMLButtonElement | undefined {
  return buttons.get(host);
}

function fillButton(button: HTMLButtonElement, v: BadgeView): void {
  const doc = button.ownerDocument;
  const s = STRINGS;
  button.className = `f-${v.isHistoric ? 'historic' : v.family} c-${v.confidence}`;
  const familyText = s.family[v.family];
  const parts: Node[] = [familyIcon(doc, v.family)];
  if (v.isDetached)
    parts.push(el(doc, 'span', 'n', `${v.text.length > 28 ? `${v.text.slice(0, 27)}…` : v.text}:`));
  parts.push(el(doc, 'span', 'l', familyText));
  if (v.isHistoric) parts.push(el(doc, 'span', 'h', s.historic));
  const meter = el(doc, 'span', 'meter');
  meter.setAttribute('aria-hidden', 'true');
  const level = v.confidence === 'confirmed' ? 3 : v.confidence === 'likely' ? 2 : 1;
  for (let i = 1; i <= 3; i++) meter.append(el(doc, 'i', i <= level ? 'on' : ''));
  parts.push(meter);
  button.replaceChildren(...parts);
  const status = v.isHistoric ? `${familyText}, ${s.historic}` : familyText;
  button.setAttribute('aria-label', s.badgeAria(status, v.entityName, s.confidence[v.confidence]));
  button.title = `${v.entityName} · ${status} · ${s.confidence[v.confidence]}`;
  button.parentElement?.classList.toggle('dark', v.isDark);
}

/** Writes the hit-contract attributes and the visuals for `v` onto an existing host. */
export function updateBadge(host: HTMLElement, v: BadgeView): void {
  const set = (name: string, value: string) => {
    if (host.getAttribute(name) !== value) host.setAttribute(name, value);
  };
  set('data-sl-entity', v.entityId);
  set('data-sl-text', v.text);
  set('data-sl-confidence', v.confidence);
  const button = buttons.get(host);
  if (button) fillButton(button, v);
}

/** Creates a badge host (not yet inserted). Events are wired with `signal` so one abort removes them all. */
export function createBadge(
  doc: Document,
  v: BadgeView,
  events: BadgeEvents,
  signal: AbortSignal,
): HTMLElement {
  const host = doc.createElement(BADGE_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  applyShadowCss(root, BADGE_CSS);
  const wrap = el(doc, 'span');
  const button = el(doc, 'button');
  button.type = 'button';
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  wrap.append(button);
  root.append(wrap);
  buttons.set(host, button);
  updateBadge(host, v);
  const opts = { signal };
  // Clicks on a badge inside a link must not follow the link or reach the page's own handlers.
  button.addEventListener(
    'click',
    (e) => {
      e.preventDefault();
      e.stopPropagation();
      events.activate(host, e.detail === 0);
    },
    opts,
  );
  button.addEventListener('mousedown', (e) => e.stopPropagation(), opts);
  button.addEventListener('mouseenter', () => events.hover(host, true), opts);
  button.addEventListener('mouseleave', () => events.hover(host, false), opts);
  button.addEventListener('focus', () => events.focus(host, true), opts);
  button.addEventListener('blur', () => events.focus(host, false), opts);
  return host;
}
