// Where our drawings must give way to the page's own fixed or sticky bars (a site header stuck to the top of the
// window, a tab bar fixed at its bottom) and pop-up layers (a dialog over the page), and where the card goes beside
// its badge. Pure geometry in client pixels.
import type { Box } from './badge-place.ts';

export interface View {
  width: number;
  height: number;
}

/** A fixed or sticky box taller than this share of the window is a page layout, not a bar to give way to. */
const MAX_BAR_SHARE = 0.4;

/** True when `bar` is a bar along the window's top (`edge` 'top') or bottom edge. */
export function isEdgeBar(bar: Box, view: View, edge: 'top' | 'bottom'): boolean {
  const h = bar.bottom - bar.top;
  if (h <= 0 || h > view.height * MAX_BAR_SHARE || bar.right <= 0 || bar.left >= view.width) return false;
  return edge === 'top'
    ? bar.top <= 1 && bar.bottom > 0
    : bar.bottom >= view.height - 1 && bar.top < view.height;
}

/**
 * What of `clip` the page's edge bars leave visible: a name scrolled under a sticky header is hidden by the header,
 * so its mark and badge must not be drawn over it. Bars not overlapping `clip` horizontally are ignored.
 */
export function clipBelowBars(clip: Box, bars: readonly Box[], view: View): Box | null {
  let { top, bottom } = clip;
  for (const b of bars) {
    if (b.right <= clip.left || b.left >= clip.right) continue;
    if (isEdgeBar(b, view, 'top')) top = Math.max(top, b.bottom);
    else if (isEdgeBar(b, view, 'bottom')) bottom = Math.min(bottom, b.top);
  }
  return bottom > top ? { ...clip, top, bottom } : null;
}

/** A fixed box over at least this share of the window is a pop-up layer (a dialog's backdrop, a cookie wall). */
const MIN_COVER_SHARE = 0.5;

/** True when `box` covers at least half of the window: a full-window pop-up, not a bar. */
export function isCover(box: Box, view: View): boolean {
  const w = Math.min(box.right, view.width) - Math.max(box.left, 0);
  const h = Math.min(box.bottom, view.height) - Math.max(box.top, 0);
  return w > 0 && h > 0 && w * h >= MIN_COVER_SHARE * view.width * view.height;
}

/**
 * What of `clip` a pop-up layer `cover` leaves visible: nothing when it covers `clip`, the larger uncovered side when
 * it spans `clip` across or down, else `clip` unchanged (a corner left free cannot be one box; the name is drawn).
 */
export function clipOutCover(clip: Box, cover: Box): Box | null {
  const spansAcross = cover.left <= clip.left && cover.right >= clip.right;
  const spansDown = cover.top <= clip.top && cover.bottom >= clip.bottom;
  if (spansAcross && spansDown) return null;
  if (
    cover.right <= clip.left ||
    cover.left >= clip.right ||
    cover.bottom <= clip.top ||
    cover.top >= clip.bottom
  )
    return clip;
  if (spansAcross) {
    const above = cover.top - clip.top;
    const below = clip.bottom - cover.bottom;
    return above >= below ? { ...clip, bottom: cover.top } : { ...clip, top: cover.bottom };
  }
  if (spansDown) {
    const left = cover.left - clip.left;
    const right = clip.right - cover.right;
    return left >= right ? { ...clip, right: cover.left } : { ...clip, left: cover.right };
  }
  return clip;
}

/** Distance from the window's bottom edge up to the top of the page's bottom bars (0 when there are none). */
export function bottomBarsHeight(bars: readonly Box[], view: View): number {
  let top = view.height;
  for (const b of bars) if (isEdgeBar(b, view, 'bottom')) top = Math.min(top, b.top);
  return Math.max(0, view.height - top);
}

export interface CardPlace {
  left: number;
  top: number;
  /** The card's height is capped to this so it never covers its badge. */
  maxHeight: number;
}

/**
 * Where the card for a badge at `anchor` goes: to the badge's right when the window has room there, else under the
 * badge's line or above it (whichever side has more room, if the card does not fit below), its height capped to
 * that side so it never covers the badge. Stays `gap` inside the window.
 */
export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  view: View,
  gap = 8,
): CardPlace {
  const w = Math.min(card.width, view.width - 2 * gap);
  const full = Math.max(0, view.height - 2 * gap);
  if (anchor.right + gap + w <= view.width - gap) {
    const h = Math.min(card.height, full);
    const top = Math.max(gap, Math.min(anchor.top - 12, view.height - gap - h));
    return { left: Math.round(anchor.right + gap), top: Math.round(top), maxHeight: Math.floor(full) };
  }
  const left = Math.round(Math.max(gap, Math.min(anchor.left - 24, view.width - w - gap)));
  const below = view.height - gap - (anchor.bottom + gap);
  const above = anchor.top - gap - gap;
  if (card.height <= below || below >= above) {
    const maxHeight = Math.max(0, Math.floor(below));
    return { left, top: Math.round(anchor.bottom + gap), maxHeight };
  }
  const maxHeight = Math.max(0, Math.floor(above));
  const h = Math.min(card.height, maxHeight);
  return { left, top: Math.round(anchor.top - gap - h), maxHeight };
}

/**
 * Where the one-line tip of a badge goes: under the badge and the last line of its name (a compact marker is raised
 * into the line above, and the tip must not cover the name's own line), or above both when there is no room
 * below; kept 4 px inside the window's width.
 */
export function placeTip(
  badge: Box,
  nameLine: Box | null,
  tip: { width: number; height: number },
  view: View,
) {
  const bottom = Math.max(badge.bottom, nameLine?.bottom ?? badge.bottom);
  const top = Math.min(badge.top, nameLine?.top ?? badge.top);
  const isBelow = bottom + 4 + tip.height <= view.height || top - 4 - tip.height < 0;
  return {
    left: Math.round(Math.max(4, Math.min(badge.left, view.width - tip.width - 4))),
    top: Math.round(isBelow ? bottom + 4 : top - 4 - tip.height),
  };
}
