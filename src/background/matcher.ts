// The background's one import point for the matcher and lookup. Until src/core/match and src/core/lookup exist this
// holds a small word-based stand-in with the same signatures.
import type { Entry } from '../core/list/format.ts';
import type { Hit } from '../core/match/types.ts';
import type { LookupResult } from '../core/lookup/types.ts';

export interface MatchIndex {
  names: [string, string, string][];
  byFirstWord: Map<string, number[]>;
}

const WORD = /[\p{L}\p{N}]+/gu;

function index(names: [string, string, string][]): MatchIndex {
  const byFirstWord = new Map<string, number[]>();
  names.forEach(([lower], i) => {
    const first = lower.match(WORD)?.[0];
    if (!first) return;
    const list = byFirstWord.get(first) ?? [];
    list.push(i);
    byFirstWord.set(first, list);
  });
  return { names, byFirstWord };
}

export function buildMatchIndex(entries: Entry[]): MatchIndex {
  const names: [string, string, string][] = [];
  for (const e of entries)
    for (const n of e.names) if (n.type !== 'weak') names.push([n.text.toLowerCase(), e.id, n.text]);
  return index(names);
}

export function serializeMatchIndex(idx: MatchIndex): ArrayBuffer {
  const bytes = new TextEncoder().encode(JSON.stringify(idx.names));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export function restoreMatchIndex(buf: ArrayBuffer): MatchIndex {
  return index(JSON.parse(new TextDecoder().decode(buf)) as [string, string, string][]);
}

export function findMatches(idx: MatchIndex, text: string): Hit[] {
  const lower = text.toLowerCase();
  const hits: Hit[] = [];
  for (const m of lower.matchAll(WORD)) {
    for (const i of idx.byFirstWord.get(m[0]) ?? []) {
      const [name, entityId, original] = idx.names[i]!;
      const end = m.index + name.length;
      if (!lower.startsWith(name, m.index) || /[\p{L}\p{N}]/u.test(lower[end] ?? '')) continue;
      hits.push({ start: m.index, end, entityId, confidence: 'confirmed', name: original });
    }
  }
  return hits;
}

export function lookupName(idx: MatchIndex, query: string, limit = 10): LookupResult[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  return idx.names
    .filter(([n]) => n.includes(q))
    .slice(0, limit)
    .map(([n, entityId, original]) => ({
      entityId,
      name: original,
      matchedName: original,
      score: n === q ? 1 : 0.5,
      reason: n === q ? 'exact name' : 'partial name',
    }));
}
