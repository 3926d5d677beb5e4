import type { MatchIndex } from '../match/index.ts';
import { indexString } from '../match/index-data.ts';
import { FLAG_BLOCK } from '../match/variants.ts';
import type { FoldTable } from '../names/fold-table.ts';
import { stripLegalForms } from '../names/legal-forms.ts';
import { joinKeys } from '../names/normalize.ts';
import { nameKeys } from '../names/tokenize.ts';
import { describeSingleEdit, editDistance } from './edit-distance.ts';
import type { LookupReason } from './types.ts';

/** One listed name prepared for lookup. */
export interface Candidate {
  entry: number;
  name: string;
  full: string;
  core: string;
  /** core with abbreviations spelled out and plurals of trade words folded. */
  expanded: string;
}

export interface QueryForms {
  full: string;
  core: string;
  expanded: string;
}

const cache = new WeakMap<MatchIndex, Candidate[]>();

// Abbreviations screening users type for words in listed names ("Intl", "Tech", "Mfg").
const ABBREVIATIONS: Record<string, string> = {
  intl: 'international',
  int: 'international',
  tech: 'technology',
  technologies: 'technology',
  techs: 'technology',
  mfg: 'manufacturing',
  sci: 'science',
  eng: 'engineering',
  engg: 'engineering',
  inst: 'institute',
  univ: 'university',
  dept: 'department',
  natl: 'national',
  nat: 'national',
  assn: 'association',
  elec: 'electronics',
  electronic: 'electronics',
  comm: 'communications',
  communication: 'communications',
  grp: 'group',
  hldgs: 'holdings',
  mgmt: 'management',
  svcs: 'services',
  sys: 'systems',
  system: 'systems',
};

/** A normalised name with abbreviations spelled out, so "Dahua Tech" meets "Dahua Technology". */
export function expandAbbreviations(normalised: string): string {
  return normalised
    .split(' ')
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(' ');
}

/** The lookup forms of one listed name, from one pass over its text (same as normalizeName and coreName). */
export function nameForms(name: string, table: FoldTable): QueryForms {
  const keys = nameKeys(name, table);
  const full = joinKeys(keys);
  const coreKeys = stripLegalForms(keys);
  const core = (coreKeys.length === keys.length ? full : joinKeys(coreKeys)) || full;
  // Most names have no abbreviated word: skip the split and join.
  const expanded = coreKeys.some((k) => Object.hasOwn(ABBREVIATIONS, k)) ? expandAbbreviations(core) : core;
  return { full, core, expanded };
}

/**
 * Every distinct (entry, name) of the index with its normalised forms; computed on the first lookup of an index
 * (about 0.1 s for the full list), then kept with it.
 */
export function candidatesOf(idx: MatchIndex): Candidate[] {
  const hit = cache.get(idx);
  if (hit) return hit;
  const a = idx.arrays;
  // The entry a name was first seen with; a name shared by several entries (rare) is tracked in `shared`.
  const firstEntry = new Int32Array(a.strOff.length).fill(-1);
  const shared = new Set<string>();
  const out: Candidate[] = [];
  for (let p = 0; p < a.patEntry.length; p++) {
    const entry = a.patEntry[p] as number;
    if (entry < 0 || ((a.patFlags[p] as number) & FLAG_BLOCK) !== 0) continue;
    const nameIdx = a.patName[p] as number;
    const first = firstEntry[nameIdx] as number;
    if (first === entry) continue;
    if (first === -1) firstEntry[nameIdx] = entry;
    else if (shared.has(`${entry}:${nameIdx}`)) continue;
    else shared.add(`${entry}:${nameIdx}`);
    const name = indexString(idx, nameIdx);
    const forms = nameForms(name, idx.table);
    out.push({ entry, name, full: forms.full, core: forms.core, expanded: forms.expanded });
  }
  cache.set(idx, out);
  return out;
}

const SINGLE_EDIT_REASON = {
  transposed: 'two letters swapped',
  missing: 'one letter missing',
  extra: 'one letter extra',
  different: 'one letter different',
} as const;

/** A score with its English reason and the reason's code (the UI words the code in its own language). */
export interface Scored0 {
  score: number;
  reason: string;
  code: LookupReason;
  letters?: number;
}

/** Words of `small` all appear, in order, in `big` (but `big` has more). */
function isWordSubset(small: string, big: string): boolean {
  return big.length > small.length && ` ${big} `.includes(` ${small} `);
}

/**
 * Score 0..1 and a plain reason, or undefined when the names are unrelated. A listed name that starts with the
 * query's words ("Huawei" → "Huawei Technologies Co., Ltd.", the brand's own group) scores above a short name one
 * or two letters away ("Guowei", "Hafei") and above a name that merely contains the word ("Oriental Apple Company").
 */
export function scoreCandidate(q: QueryForms, c: Candidate): Scored0 | undefined {
  if (q.full === c.full) return { score: 1, reason: 'exact name', code: 'exact' };
  if (q.core === c.core || q.expanded === c.expanded) {
    return { score: 0.96, reason: 'same name apart from the legal form', code: 'legal-form' };
  }
  if (q.expanded.replaceAll(' ', '') === c.expanded.replaceAll(' ', '')) {
    return { score: 0.94, reason: 'same name, spaced differently', code: 'spacing' };
  }
  const ratio = q.expanded.length / c.expanded.length;
  if (isWordSubset(q.expanded, c.expanded) && c.expanded.startsWith(`${q.expanded} `)) {
    return { score: 0.76 + 0.08 * ratio, reason: 'the listed name starts with it', code: 'name-starts' };
  }
  const typo = bestOf(spellingScore(q.core, c.core), spellingScore(q.expanded, c.expanded));
  if (typo) return typo;
  if (isWordSubset(q.expanded, c.expanded)) {
    return { score: 0.55 + 0.25 * ratio, reason: 'the listed name has more words', code: 'more-words' };
  }
  if (isWordSubset(c.expanded, q.expanded)) {
    return {
      score: 0.55 + 0.25 * (c.expanded.length / q.expanded.length),
      reason: 'the listed name is part of the query',
      code: 'part-of-query',
    };
  }
  return undefined;
}

type Scored = Scored0 | undefined;

const bestOf = (a: Scored, b: Scored): Scored => (a && b ? (a.score >= b.score ? a : b) : (a ?? b));

/** Misspelling score: a typo costs less in a long name than in a short one, where one letter makes another name. */
function spellingScore(q: string, c: string): Scored {
  const len = Math.max(q.length, c.length);
  const max = Math.floor(len * 0.34);
  if (max < 1 || Math.abs(q.length - c.length) > max) return undefined;
  const d = editDistance(q, c, max);
  if (d > max) return undefined;
  const score = Math.max(0, 0.95 - d * (0.6 / len) - 0.02 * d);
  if (score < 0.5) return undefined;
  if (d !== 1) return { score, reason: `${d} letters different`, code: 'letters', letters: d };
  const kind = describeSingleEdit(q, c);
  return { score, reason: SINGLE_EDIT_REASON[kind], code: kind };
}
