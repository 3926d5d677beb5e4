import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LIST_FAMILIES } from '../core/list/format.ts';
import { FAMILY_COLOURS, familyColour } from './family-colours.ts';
import { OVERLAY_CSS } from '../content/styles.ts';

describe('family colours', () => {
  test('every family, the watchlist included, has a colour, and the content styles use the table', () => {
    const css = OVERLAY_CSS;
    for (const f of LIST_FAMILIES) {
      expect(familyColour(f)).toBe(FAMILY_COLOURS[f]);
      expect(css).toContain(FAMILY_COLOURS[f].tint);
    }
    expect(familyColour('not-a-family')).toBeUndefined();
    expect(familyColour('toString')).toBeUndefined();
  });

  test('the UI style sheet keeps no colour table of its own', () => {
    const css = readFileSync(resolve(import.meta.dirname, '../ui/components/ui.css'), 'utf8');
    expect(css).not.toMatch(/family-[a-z-]+\s*\{[^}]*(?:#[0-9a-f]{3,8}|rgba?\()/i);
  });
});
