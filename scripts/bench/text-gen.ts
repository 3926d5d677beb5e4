// Generates realistic page text for the bench: English news-like prose, Chinese paragraphs (simplified and
// traditional), listed names planted in the forms pages use, and known traps. Deterministic for a seed.
import * as OpenCC from 'opencc-js';
import type { Entry } from '../../src/core/list/format.ts';
import { commonWordList } from '../../src/core/names/common-words.ts';

export interface Planted {
  start: number;
  end: number;
  entityId: string;
  text: string;
}

export interface BenchText {
  text: string;
  planted: Planted[];
  traps: number;
}

const TRAPS = [
  'Apple',
  'Amazon',
  'Aztec',
  'Axis Communications',
  'Tencent Music Entertainment',
  'the best card',
  'Justice',
  'a cherry stream',
  '香港四大華資銀行',
  '这让人联想到',
  '以中华为本',
  'Micron',
  'Bosch',
  'Cisco',
];
const HANZI =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质';
const PUNCT = [', ', ', ', '; ', ' - ', ' ', ' ', ' ', ' ', ' ', ' '];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return (s >>> 8) / 16777216;
  };
}

// Everyday words only (the list is alphabetical: sample across it).
const WORDS = commonWordList().filter((_, i) => i % 8 === 0);
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}

function sentence(r: () => number): string {
  const n = 6 + Math.floor(r() * 18);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(pick(r, WORDS) + (i < n - 1 ? pick(r, PUNCT) : ''));
  const s = words.join('').replace(/\s+/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '. ';
}

function chineseSentence(r: () => number, traditional: boolean): string {
  let s = '';
  const n = 12 + Math.floor(r() * 30);
  for (let i = 0; i < n; i++) s += HANZI.charAt(Math.floor(r() * HANZI.length));
  s += r() < 0.7 ? '，' : '。';
  return traditional ? toTraditional(s) : s;
}

/** A page-style form of a listed name: as listed, other legal form, upper case, or traditional script. */
function plantedForm(r: () => number, text: string): string {
  const x = r();
  if (/[\u4e00-\u9fff]/.test(text)) return x < 0.5 ? toTraditional(text) : text;
  if (x < 0.15) return text.replace(/\bCo\.,? Ltd\.?$/, 'Company Limited');
  if (x < 0.2) return text.toUpperCase();
  return text;
}

function plantable(entries: readonly Entry[]): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  for (const e of entries) {
    if (e.kind === 'person') continue;
    for (const n of e.names)
      if (n.type !== 'weak' && n.text.length >= 4) out.push({ id: e.id, text: n.text });
  }
  return out;
}

/** About `bytes` UTF-16 units of text with a listed name every ~1.5 KB and a trap every ~3 KB. */
export function generateText(entries: readonly Entry[], bytes: number, seed = 42): BenchText {
  const r = rng(seed);
  const names = plantable(entries);
  const parts: string[] = [];
  const planted: Planted[] = [];
  let length = 0;
  let traps = 0;
  const push = (s: string): void => {
    parts.push(s);
    length += s.length;
  };
  while (length < bytes) {
    const isChinese = r() < 0.15;
    const isTraditional = r() < 0.5;
    for (let k = 0; k < 8; k++) push(isChinese ? chineseSentence(r, isTraditional) : sentence(r));
    const name = pick(r, names);
    const form = plantedForm(r, name.text);
    push(isChinese ? '據報導，' : 'According to reports, ');
    planted.push({ start: length, end: length + form.length, entityId: name.id, text: form });
    push(form + (isChinese ? '表示。' : ' said on Monday. '));
    if (r() < 0.5) {
      push(
        `${isChinese ? '' : 'Analysts compared it with '}${pick(r, TRAPS)}${isChinese ? '。' : ' as well. '}`,
      );
      traps++;
    }
    push('\n');
  }
  return { text: parts.join(''), planted, traps };
}
