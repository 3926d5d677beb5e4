import { describe, expect, it } from 'vitest';
import { intersect, lastLine, placeBadge, type Box, type BadgeFit } from './badge-place.ts';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const VIEW = box(0, 0, 1280, 800);
const fit = (o: Partial<BadgeFit>): BadgeFit => ({
  nameRects: [box(100, 100, 160, 120)],
  clip: VIEW,
  nextChar: null,
  lineEnd: 600,
  labelWidth12: 80,
  ...o,
});

describe('lastLine', () => {
  it('picks the lowest line, and the rightmost box on it', () => {
    expect(lastLine([box(300, 100, 400, 120), box(10, 124, 60, 144), box(60, 124, 90, 144)])).toEqual(
      box(60, 124, 90, 144),
    );
  });
  it('ignores empty boxes', () => {
    expect(lastLine([box(10, 10, 10, 30)])).toBeNull();
  });
});

describe('placeBadge', () => {
  it('puts the full label right after a name that ends its line, centred on that line', () => {
    const p = placeBadge(fit({}))!;
    expect(p.isCompact).toBe(false);
    expect(p.left).toBeGreaterThanOrEqual(160);
    expect(p.left).toBeLessThan(170);
    expect(Math.abs(p.top + p.height / 2 - 110)).toBeLessThanOrEqual(1);
  });

  it('uses a compact marker at the end of the name when text follows closely on the same line', () => {
    const p = placeBadge(fit({ nextChar: box(165, 100, 172, 120) }))!;
    expect(p.isCompact).toBe(true);
    expect(Math.abs(p.left - 160)).toBeLessThan(p.width);
    // Raised to the top of the line, still overlapping it.
    expect(p.top).toBeLessThan(105);
    expect(p.top + p.height).toBeGreaterThan(100);
  });

  it('goes on the last line of a name that wraps', () => {
    const p = placeBadge(fit({ nameRects: [box(500, 100, 600, 120), box(0, 124, 40, 144)] }))!;
    expect(p.left).toBeGreaterThanOrEqual(40);
    expect(Math.abs(p.top + p.height / 2 - 134)).toBeLessThanOrEqual(1);
  });

  it('is compact when the block ends too soon after the name (narrow column)', () => {
    expect(placeBadge(fit({ lineEnd: 190 }))!.isCompact).toBe(true);
  });

  it('a next character on another line leaves the rest of this line free', () => {
    expect(placeBadge(fit({ nextChar: box(0, 124, 8, 144) }))!.isCompact).toBe(false);
  });

  it('is null when the end of the name is clipped away', () => {
    expect(placeBadge(fit({ clip: box(0, 200, 1280, 400) }))).toBeNull();
    expect(placeBadge(fit({ nameRects: [] }))).toBeNull();
  });

  it('never reaches past the right edge of the clip', () => {
    const p = placeBadge(fit({ nameRects: [box(1200, 100, 1279, 120)], lineEnd: 1280 }))!;
    expect(p.left + p.width).toBeLessThanOrEqual(1280);
  });

  it('moves a compact marker left while it shows its full label near the right edge, keeping it inside', () => {
    const p = placeBadge(
      fit({ nameRects: [box(300, 100, 370, 120)], clip: box(0, 0, 375, 844), lineEnd: 375 }),
    )!;
    expect(p.isCompact).toBe(true);
    const fullW = Math.ceil((80 * p.fontSize) / 12);
    expect(p.left - p.openShift + fullW).toBeLessThanOrEqual(375);
    expect(p.openShift).toBeGreaterThan(0);
    // With room to the right it stays where it is.
    expect(placeBadge(fit({ nextChar: box(165, 100, 172, 120) }))!.openShift).toBe(0);
  });

  it('never rises above the top of the clip (a page header stuck over the line above)', () => {
    const clip = box(0, 96, 1280, 800);
    const p = placeBadge(fit({ clip, nextChar: box(165, 100, 172, 120) }))!;
    expect(p.isCompact).toBe(true);
    expect(p.top).toBeGreaterThanOrEqual(96);
  });

  it('scales with the line height, within 10 to 15 px', () => {
    expect(placeBadge(fit({ nameRects: [box(0, 0, 50, 10)] }))!.fontSize).toBe(10);
    expect(placeBadge(fit({ nameRects: [box(0, 0, 50, 60)] }))!.fontSize).toBe(15);
  });
});

describe('intersect', () => {
  it('returns the overlap or null', () => {
    expect(intersect(box(0, 0, 10, 10), box(5, 5, 20, 20))).toEqual(box(5, 5, 10, 10));
    expect(intersect(box(0, 0, 10, 10), box(10, 0, 20, 10))).toBeNull();
  });
});
