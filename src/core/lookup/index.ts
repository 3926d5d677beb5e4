import type { LookupResult } from './types.ts';
import type { MatchIndex } from '../match/index.ts';
import { candidatesOf, expandAbbreviations, scoreCandidate } from './score.ts';
import { coreName, normalizeName } from '../names/normalize.ts';
import { indexString } from '../match/index-data.ts';

export type { LookupResult } from './types.ts';

/** Scores at or above this are shown as a match (see LookupResult.score). */
export const MATCH_THRESHOLD = 0.85;
/** Results under this are weaker matches, shown only when asked for ("Apple" → "Oriental Apple Company"). */
export const WEAK_BELOW = 0.75;
const MIN_SCORE = 0.5;

/**
 * Fuzzy search of a typed name against every listed name: best result per entry, highest score first.
 * Legal forms, case, diacritics, punctuation and Chinese script are ignored; extra or missing words cost more
 * than a misspelling, so "Apple Inc." never scores as a match for "Apple Daily".
 */
export function lookupName(idx: MatchIndex, query: string, limit = 10): LookupResult[] {
  const full = normalizeName(query, idx.table);
  const core = coreName(query, idx.table) || full;
  if (core.length === 0) return [];
  const expanded = expandAbbreviations(core);
  const best = new Map<number, LookupResult>();
  for (const c of candidatesOf(idx)) {
    const scored = scoreCandidate({ full, core, expanded }, c);
    if (!scored || scored.score < MIN_SCORE) continue;
    const prev = best.get(c.entry);
    if (prev && prev.score >= scored.score) continue;
    best.set(c.entry, {
      entityId: indexString(idx, idx.arrays.entryId[c.entry] as number),
      name: indexString(idx, idx.arrays.entryName[c.entry] as number),
      matchedName: c.name,
      score: Math.round(scored.score * 1000) / 1000,
      reason: scored.reason,
      reasonCode: scored.code,
      ...(scored.letters !== undefined ? { letterCount: scored.letters } : {}),
    });
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, Math.max(0, limit));
}

/** lookupName over several indexes (the list's and the watchlists'): the best results of all, highest first. */
export function lookupNameIn(indexes: readonly MatchIndex[], query: string, limit = 10): LookupResult[] {
  if (indexes.length === 1) return lookupName(indexes[0]!, query, limit);
  return indexes
    .flatMap((idx) => lookupName(idx, query, limit))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, Math.max(0, limit));
}
