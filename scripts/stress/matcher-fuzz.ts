// Matcher fuzz: text built from the pieces that break scanners (lone surrogates, combining marks, bidi controls,
// zero-width joiners, 1 MB tokens, CJK and Latin run together, listed names cut and glued) is scanned with the
// bundled list's index. Counts crashes, hangs and bad offsets, and the worst slowdown against plain prose of the
// same size.
import type { Entry } from '../../src/core/list/format.ts';
import { findMatches, type MatchIndex } from '../../src/core/match/index.ts';
import { makeRng, type Rng } from './rng.ts';
import { cpuNow } from './cpu.ts';

export interface FuzzReport {
  cases: number;
  chars: number;
  crashes: number;
  hangs: number;
  badOffsets: number;
  /** Slowest fuzz text per character against plain prose of the same length (large cases only). */
  worstSlowdown: number;
  worstCase: string;
  examples: string[];
}

/** A case taking more CPU time (ms) than this is a hang, whatever its size (the slowest real page scans in well under a second). */
export const HANG_MS = 2_000;

const PROSE =
  'the committee said on tuesday that suppliers of network equipment and cameras would face new rules while ' +
  'officials reviewed contracts signed last year with several vendors in the region and abroad ';

const PIECES: readonly string[] = [
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\uD83D\uDE00',
  '\uD840\uDC00', // lone and paired surrogates
  '\u0301',
  '\u0308\u0323\u0302',
  '\u20DD',
  '\u0E31', // combining marks
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u200D',
  '\u200C',
  '\u200B',
  '\u2060',
  '\uFEFF',
  '\u00AD', // joiners, zero-width, soft hyphen
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00A0',
  '\u3000',
  '.',
  ',',
  '-',
  '&',
  '(',
  ')',
  '"',
  "'",
  '’',
  '·',
  '、',
  '。',
  '\u0000',
  '\u0085',
  '\u2028', // controls and separators
  'İ',
  'ß',
  'ﬁ',
  'ǅ',
  'Ω',
  'ＨＵＡＷＥＩ',
  'Ｈｉｋｖｉｓｉｏｎ',
  'Ⓗuawei', // case and width folding traps
  '华为',
  '華為',
  '海康威视',
  '中兴通讯',
  '大疆',
  '腾讯',
  '字节跳动',
  '的',
  '公司',
  '有限公司', // CJK
  '한국',
  'العربية',
  'Москва',
  'ไทย',
  '👨‍👩‍👧',
  '🏳️‍🌈',
  'Huawei',
  'Hikvision',
  'ZTE',
  'Corporation',
  'Co., Ltd.',
  'Technologies',
  'Limited',
  'LLC',
  'TikTok',
];

function fragment(rng: Rng, names: readonly string[]): string {
  const r = rng.next();
  if (r < 0.45) return rng.pick(PIECES);
  if (r < 0.7) {
    // A listed name, whole or cut, sometimes with a mark or joiner inside it.
    const name = rng.pick(names);
    const cut = rng.next() < 0.3 ? name.slice(0, 1 + rng.int(name.length)) : name;
    if (rng.next() < 0.2) {
      const at = rng.int(cut.length + 1);
      return cut.slice(0, at) + rng.pick(PIECES) + cut.slice(at);
    }
    return cut;
  }
  if (r < 0.9) return PROSE.slice(rng.int(60), 60 + rng.int(120));
  return String.fromCharCode(rng.int(0x10000));
}

function fuzzText(rng: Rng, names: readonly string[], length: number): string {
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const f = fragment(rng, names);
    parts.push(f);
    n += f.length;
  }
  return parts.join('').slice(0, length);
}

/** Texts made of one huge token (no spaces): the worst shapes for a tokenizer. */
function bigTokens(size: number, names: readonly string[]): [string, string][] {
  const rep = (s: string) => s.repeat(Math.ceil(size / s.length)).slice(0, size);
  return [
    ['one Latin token', rep('abcdefghij')],
    ['one listed name glued to itself', rep(names[0] ?? 'Huawei')],
    ['combining marks', `a${rep('\u0301\u0308')}`],
    ['CJK without spaces', rep('华为技术有限公司的海康威视')],
    ['lone surrogates', rep('\uD800\uDC00\uDC00\uD800')],
    ['joiners and bidi', rep('\u200D\u202E\u2066x')],
    ['CJK and Latin mixed', rep('华为Huawei海康Hikvision中兴ZTE')],
  ];
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Why the hits are wrong for the text, or null: out of range, unordered, overlapping, or inside a pair. */
export function offsetProblem(text: string, hits: { start: number; end: number }[]): string | null {
  let prevEnd = 0;
  for (const h of hits) {
    if (!Number.isInteger(h.start) || !Number.isInteger(h.end)) return 'offset not an integer';
    if (h.start < prevEnd) return 'hits overlap or are out of order';
    if (h.start >= h.end || h.end > text.length) return `span [${h.start}, ${h.end}) out of range`;
    for (const x of [h.start, h.end])
      if (x > 0 && isHigh(text.charCodeAt(x - 1)) && isLow(text.charCodeAt(x))) return 'span splits a pair';
    prevEnd = h.end;
  }
  return null;
}

function timeScan(idx: MatchIndex, text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = cpuNow();
    findMatches(idx, text);
    best = Math.min(best, cpuNow() - t0);
  }
  return best;
}

export interface FuzzOptions {
  cases: number;
  /** Size of the huge-token texts (1 MB at full size). */
  bigChars: number;
  seed: number;
}

export function runMatcherFuzz(idx: MatchIndex, entries: readonly Entry[], o: FuzzOptions): FuzzReport {
  const rng = makeRng(o.seed);
  const names = entries.flatMap((e) => e.names.slice(0, 2).map((n) => n.text)).filter((n) => n.length < 60);
  const report: FuzzReport = {
    cases: 0,
    chars: 0,
    crashes: 0,
    hangs: 0,
    badOffsets: 0,
    worstSlowdown: 0,
    worstCase: '',
    examples: [],
  };
  const note = (what: string, text: string) => {
    if (report.examples.length < 10) report.examples.push(`${what}: ${JSON.stringify(text.slice(0, 80))}`);
  };
  const check = (label: string, text: string): number => {
    report.cases += 1;
    report.chars += text.length;
    const t0 = cpuNow();
    let hits: ReturnType<typeof findMatches>;
    try {
      hits = findMatches(idx, text);
    } catch (err) {
      report.crashes += 1;
      note(`crash (${String(err)}) in ${label}`, text);
      return 0;
    }
    const ms = cpuNow() - t0;
    if (ms > HANG_MS) {
      report.hangs += 1;
      note(`hang (${ms.toFixed(0)} ms) in ${label}`, text);
    }
    const problem = offsetProblem(text, hits);
    if (problem) {
      report.badOffsets += 1;
      note(`${problem} in ${label}`, text);
    }
    return ms;
  };
  const slowdown = (label: string, text: string) => {
    const prose = PROSE.repeat(Math.ceil(text.length / PROSE.length)).slice(0, text.length);
    const ratio = timeScan(idx, text, 3) / Math.max(timeScan(idx, prose, 3), 0.05);
    if (ratio > report.worstSlowdown) {
      report.worstSlowdown = ratio;
      report.worstCase = label;
    }
  };
  for (let i = 0; i < o.cases; i++) {
    const len = i % 1000 === 999 ? 65_536 : 1 + rng.int(i % 10 === 0 ? 4000 : 300);
    const text = fuzzText(rng, names, len);
    check(`case ${i}`, text);
    if (len === 65_536) slowdown(`case ${i} (64 K mixed)`, text);
  }
  for (const [label, text] of bigTokens(o.bigChars, names)) {
    check(label, text);
    slowdown(`${label} (${(text.length / 1e6).toFixed(1)} M chars)`, text);
  }
  return report;
}
