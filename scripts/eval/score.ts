// Scoring of one labelled page (rules in ../shared/data/pages/README.md): entity recall, flags on must-not-flag
// surfaces, and flags on text that no label mentions.
import { normalizeName } from '../../src/core/names/normalize.ts';

export interface Labels {
  language: string;
  expected: { surface: string; entity: string }[];
  must_not_flag: { surface: string }[];
  ambiguous: { surface: string }[];
}

/** One badge: its entity, the flagged text, its confidence and [start, end) in the page text. */
export interface Flag {
  entity: string;
  text: string;
  confidence: string;
  start: number;
  end: number;
}

export interface PageScore {
  expected: string[];
  found: string[];
  missing: string[];
  mustNot: Flag[];
  unlabelled: Flag[];
  flags: number;
}

/** Every [start, end) where `surface` occurs in `text` (case-insensitive, Chinese script folded). */
function occurrences(text: string, surface: string, folded: string): [number, number][] {
  const out: [number, number][] = [];
  const needle = surface.toLowerCase();
  const hay = text.toLowerCase();
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
  if (out.length > 0 || !/[\u4e00-\u9fff]/.test(surface)) return out;
  const f = normalizeName(surface);
  for (let i = folded.indexOf(f); i >= 0; i = folded.indexOf(f, i + 1)) out.push([i, i + f.length]);
  return out;
}

const overlaps = (f: Flag, spans: [number, number][]): boolean =>
  spans.some(([s, e]) => f.start < e && f.end > s);

/** Scores the flags of one page against its labels. */
export function scorePage(text: string, labels: Labels, flags: Flag[]): PageScore {
  // Per-character fold keeps offsets of Chinese text (each ideograph folds to one).
  const folded =
    [...text].length === text.length ? [...text].map((c) => normalizeName(c) || ' ').join('') : text;
  const expected = [...new Set(labels.expected.map((e) => e.entity))];
  const found = expected.filter((entity) =>
    labels.expected
      .filter((e) => e.entity === entity)
      .some((e) => flags.some((f) => overlaps(f, occurrences(text, e.surface, folded)))),
  );
  const spansOf = (items: { surface: string }[]) =>
    items.flatMap((i) => occurrences(text, i.surface, folded));
  const mustNotSpans = spansOf(labels.must_not_flag);
  const labelled = [...spansOf(labels.expected), ...spansOf(labels.ambiguous)];
  return {
    expected,
    found,
    missing: expected.filter((e) => !found.includes(e)),
    mustNot: flags.filter((f) => overlaps(f, mustNotSpans)),
    unlabelled: flags.filter((f) => !overlaps(f, labelled) && !overlaps(f, mustNotSpans)),
    flags: flags.length,
  };
}
