import type { MatchIndex } from '../match/index.ts';
import { indexString } from '../match/index-data.ts';
import { FLAG_BLOCK } from '../match/variants.ts';
import { coreName, normalizeName } from '../names/normalize.ts';
import { describeSingleEdit, editDistance } from './edit-distance.ts';

/** One listed name prepared for lookup. */
export interface Candidate {
  entry: number;
  name: string;
  full: string;
  core: string;
}

export interface QueryForms {
  full: string;
  core: string;
}

const cache = new WeakMap<MatchIndex, Candidate[]>();

/** Every distinct (entry, name) of the index with its normalised forms; computed once per index. */
export function candidatesOf(idx: MatchIndex): Candidate[] {
  const hit = cache.get(idx);
  if (hit) return hit;
  const a = idx.arrays;
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (let p = 0; p < a.patEntry.length; p++) {
    const entry = a.patEntry[p] as number;
    if (entry < 0 || ((a.patFlags[p] as number) & FLAG_BLOCK) !== 0) continue;
    const nameIdx = a.patName[p] as number;
    const key = `${entry}:${nameIdx}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const name = indexString(idx, nameIdx);
    const full = normalizeName(name, idx.table);
    out.push({ entry, name, full, core: coreName(name, idx.table) || full });
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

/** Words of `small` all appear, in order, in `big` (but `big` has more). */
function isWordSubset(small: string, big: string): boolean {
  return big.length > small.length && ` ${big} `.includes(` ${small} `);
}

/** Score 0..1 and a plain reason, or undefined when the names are unrelated. */
export function scoreCandidate(q: QueryForms, c: Candidate): { score: number; reason: string } | undefined {
  if (q.full === c.full) return { score: 1, reason: 'exact name' };
  if (q.core === c.core) return { score: 0.96, reason: 'same name apart from the legal form' };
  const len = Math.max(q.core.length, c.core.length);
  const max = Math.floor(len * 0.34);
  if (max >= 1 && Math.abs(q.core.length - c.core.length) <= max) {
    const d = editDistance(q.core, c.core, max);
    if (d <= max) {
      // A typo costs less in a long name than in a short one, where one letter can make another name.
      const score = Math.max(0, 0.95 - d * (0.6 / len) - 0.02 * d);
      const reason =
        d === 1 ? SINGLE_EDIT_REASON[describeSingleEdit(q.core, c.core)] : `${d} letters different`;
      if (score >= 0.5) return { score, reason };
    }
  }
  if (isWordSubset(q.core, c.core)) {
    return { score: 0.55 + 0.25 * (q.core.length / c.core.length), reason: 'the listed name has more words' };
  }
  if (isWordSubset(c.core, q.core)) {
    return {
      score: 0.55 + 0.25 * (c.core.length / q.core.length),
      reason: 'the listed name is part of the query',
    };
  }
  return undefined;
}
