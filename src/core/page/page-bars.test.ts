import { describe, expect, it } from 'vitest';
import type { Box } from './badge-place.ts';
import {
  bottomBarsHeight,
  clipBelowBars,
  clipOutCover,
  isCover,
  isEdgeBar,
  placeCard,
  placeTip,
} from './page-bars.ts';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const PHONE = { width: 375, height: 844 };
const DESK = { width: 1000, height: 760 };
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('isEdgeBar', () => {
  it('takes a header stuck to the top and a tab bar fixed to the bottom', () => {
    expect(isEdgeBar(box(0, 0, 375, 38), PHONE, 'top')).toBe(true);
    expect(isEdgeBar(box(0, 784, 375, 844), PHONE, 'bottom')).toBe(true);
    expect(isEdgeBar(box(0, 784, 375, 844), PHONE, 'top')).toBe(false);
  });
  it('does not take a fixed full-window layout for a bar', () => {
    expect(isEdgeBar(box(0, 0, 375, 844), PHONE, 'top')).toBe(false);
  });
});

describe('clipBelowBars', () => {
  it('cuts the sticky header and the bottom tab bar off what names may be drawn in', () => {
    const bars = [box(0, 0, 375, 38), box(0, 784, 375, 844)];
    expect(clipBelowBars(box(0, -844, 375, 1688), bars, PHONE)).toEqual(box(0, 38, 375, 784));
  });
  it('ignores bars beside the clip and boxes in the middle of the window', () => {
    const bars = [box(400, 0, 600, 60), box(0, 300, 375, 340)];
    expect(clipBelowBars(box(0, 0, 375, 844), bars, { width: 1000, height: 844 })).toEqual(
      box(0, 0, 375, 844),
    );
  });
});

describe('bottomBarsHeight', () => {
  it('is the height of the tallest bottom bar, and 0 with only a top bar', () => {
    expect(bottomBarsHeight([box(0, 784, 375, 844), box(0, 800, 375, 844)], PHONE)).toBe(60);
    expect(bottomBarsHeight([box(0, 0, 375, 56)], PHONE)).toBe(0);
  });
});

describe('placeCard', () => {
  const card = { width: 400, height: 545 };
  it('goes to the right of the badge when the window has room there', () => {
    const a = box(300, 240, 314, 254);
    const p = placeCard(a, card, DESK);
    expect(p.left).toBeGreaterThanOrEqual(a.right);
    expect(p.left + card.width).toBeLessThanOrEqual(DESK.width - 8);
  });
  it('never covers its badge when it fits neither beside nor fully below (a tall card)', () => {
    // The badge at the end of a long name near the right of a 1000 px window, a third of the way down.
    const a = box(614, 240, 628, 254);
    const p = placeCard(a, card, DESK);
    const h = Math.min(card.height, p.maxHeight);
    expect(overlaps(box(p.left, p.top, p.left + 400, p.top + h), a)).toBe(false);
    expect(p.top + h).toBeLessThanOrEqual(DESK.height - 8);
    expect(p.maxHeight).toBeGreaterThan(400);
  });
  it('goes above a badge near the bottom of a phone window, inside the window', () => {
    const a = box(340, 770, 354, 784);
    const p = placeCard(a, card, PHONE);
    const h = Math.min(card.height, p.maxHeight);
    expect(p.top + h).toBeLessThanOrEqual(a.top);
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.left).toBeGreaterThanOrEqual(8);
    expect(p.left + Math.min(400, PHONE.width - 16)).toBeLessThanOrEqual(PHONE.width - 8);
  });
});

describe('placeTip', () => {
  const tip = { width: 300, height: 22 };
  it('goes under the name’s line, not just under a marker raised into the line above', () => {
    const marker = box(440, 164, 453, 177);
    const line = box(377, 170, 448, 190);
    const p = placeTip(marker, line, tip, DESK);
    expect(p.top).toBeGreaterThanOrEqual(line.bottom);
  });
  it('goes above the marker and the line near the bottom of the window, and stays inside its width', () => {
    const marker = box(350, 800, 363, 813);
    const line = box(300, 806, 352, 826);
    const p = placeTip(marker, line, tip, PHONE);
    expect(p.top + tip.height).toBeLessThanOrEqual(marker.top);
    expect(p.left + tip.width).toBeLessThanOrEqual(PHONE.width - 4);
  });
});

describe('pop-up layers', () => {
  it('a fixed layer over half the window or more is a cover; a header or a side panel is not', () => {
    expect(isCover(box(0, 0, 1000, 760), DESK)).toBe(true);
    expect(isCover(box(-20, -20, 1200, 900), DESK)).toBe(true);
    expect(isCover(box(0, 300, 1000, 760), DESK)).toBe(true);
    expect(isCover(box(0, 0, 1000, 60), DESK)).toBe(false);
    expect(isCover(box(700, 0, 1000, 760), DESK)).toBe(false);
    expect(isCover(box(0, 0, 0, 760), DESK)).toBe(false);
  });
  it('hides what it covers, keeps the larger free side, and leaves a free corner alone', () => {
    const clip = box(0, 0, 1000, 760);
    expect(clipOutCover(clip, box(0, 0, 1000, 760))).toBeNull();
    // A cookie wall over the lower two thirds: names above it stay.
    expect(clipOutCover(clip, box(0, 250, 1000, 760))).toEqual(box(0, 0, 1000, 250));
    // A drawer from the right over 60 %: names left of it stay.
    expect(clipOutCover(clip, box(400, 0, 1000, 760))).toEqual(box(0, 0, 400, 760));
    // A box elsewhere does not touch the clip.
    expect(clipOutCover(box(0, 0, 100, 100), box(200, 200, 900, 700))).toEqual(box(0, 0, 100, 100));
    // Over a corner only: the clip cannot lose a corner as one box, so the name is drawn.
    expect(clipOutCover(clip, box(300, 200, 1200, 900))).toEqual(clip);
  });
});
