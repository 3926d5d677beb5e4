// A badge: the button drawn at the end of a flagged name, inside the overlay's closed shadow root. Its visible text
// is the family label (hidden behind a compact marker where the line is tight, shown on hover or focus); its
// accessible name starts with that text. Nothing of it is visible to the page.
import type { ListFamily } from '../core/list/format.ts';
import type { Confidence } from '../core/match/types.ts';
import { el } from './dom-util.ts';
import { familyIcon } from './icons.ts';
import { STRINGS } from './text.ts';

export interface BadgeView {
  entityId: string;
  /** The page text as written. */
  text: string;
  confidence: Confidence;
  family: ListFamily;
  isHistoric: boolean;
  entityName: string;
  isDark: boolean;
}

export interface BadgeEvents {
  activate: (button: HTMLElement, byKeyboard: boolean) => void;
  hover: (button: HTMLElement, isIn: boolean) => void;
  focus: (button: HTMLElement, isIn: boolean) => void;
  /** Tab or Shift+Tab on a badge; returns true when it moved focus itself. */
  tab: (button: HTMLElement, isBack: boolean) => boolean;
}

/** Key of what changes a badge's full width (label text and marks), for measuring it once. */
export function badgeWidthKey(v: BadgeView): string {
  return `${v.family}|${v.isHistoric}|${v.confidence}`;
}

/** The one-line tip shown on hover or focus: name, family, status. */
export function tipText(v: BadgeView): string {
  const s = STRINGS;
  return `${v.entityName} · ${s.family[v.family]} · ${v.isHistoric ? s.historic : s.status.in_force}`;
}

/** Fills `button` for `v` (classes, icon, label, confidence meter, accessible name). */
export function fillBadge(button: HTMLButtonElement, v: BadgeView): void {
  const doc = button.ownerDocument;
  const s = STRINGS;
  const compact = button.classList.contains('compact');
  const open = button.classList.contains('open');
  button.className = `b f-${v.isHistoric ? 'historic' : v.family} c-${v.confidence}${v.isDark ? ' dark' : ''}`;
  button.classList.toggle('compact', compact);
  button.classList.toggle('open', open);
  const familyText = s.family[v.family];
  const parts: Node[] = [familyIcon(doc, v.family), el(doc, 'span', 'l', familyText)];
  if (v.isHistoric) parts.push(el(doc, 'span', 'h', s.historic));
  const meter = el(doc, 'span', 'meter');
  meter.setAttribute('aria-hidden', 'true');
  const level = v.confidence === 'confirmed' ? 3 : v.confidence === 'likely' ? 2 : 1;
  for (let i = 1; i <= 3; i++) meter.append(el(doc, 'i', i <= level ? 'on' : ''));
  parts.push(meter);
  button.replaceChildren(...parts);
  const status = v.isHistoric ? `${familyText} ${s.historic}` : familyText;
  button.setAttribute('aria-label', s.badgeAria(status, v.entityName, s.confidence[v.confidence]));
}

/** Creates a badge button. Events are wired with `signal` so one abort removes them all. */
export function createBadge(
  doc: Document,
  v: BadgeView,
  events: BadgeEvents,
  signal: AbortSignal,
): HTMLButtonElement {
  const button = el(doc, 'button');
  button.type = 'button';
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  fillBadge(button, v);
  const opts = { signal };
  button.addEventListener(
    'click',
    (e) => {
      e.preventDefault();
      e.stopPropagation();
      events.activate(button, e.detail === 0);
    },
    opts,
  );
  button.addEventListener('mousedown', (e) => e.stopPropagation(), opts);
  button.addEventListener('mouseenter', () => events.hover(button, true), opts);
  button.addEventListener('mouseleave', () => events.hover(button, false), opts);
  button.addEventListener('focus', () => events.focus(button, true), opts);
  button.addEventListener('blur', () => events.focus(button, false), opts);
  button.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey && events.tab(button, e.shiftKey))
        e.preventDefault();
    },
    opts,
  );
  return button;
}
