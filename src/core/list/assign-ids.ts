import type { Entry } from './format.ts';
import { nameKey, slugify } from './name-key.ts';

/** An entry before it has an id, with the fixed ids its records asked for. */
export interface PendingEntry {
  entry: Omit<Entry, 'id'>;
  fixedIds: string[];
  /** Name keys of the names as the sources wrote them (before clauses were cut off): an earlier feed's legal name. */
  sourceKeys?: string[];
}

function sortKey(p: PendingEntry): string {
  const e = p.entry;
  return [
    slugify(e.names[0]?.text ?? ''),
    e.kind,
    e.countries.join(','),
    e.listings.map((l) => l.list).join(','),
    e.names[0]?.text,
  ].join('|');
}

/**
 * Gives each entry its stable id. Rule, in order: a fixed id from the curated file or a watchlist; the id an
 * earlier feed gave an entry with the same display or legal name key (`previous`; when entries merge, the id
 * of the display name survives), or whose legal name is one of the names
 * as the sources wrote them (a name later cleaned of a clause keeps its id); else the slug of the display name, with
 * `-<country>` and then `-2`, `-3` … added on collision. Collisions are resolved in a content-based order, so the
 * same input always yields the same ids.
 */
export function assignIds(pending: PendingEntry[], previous: Map<string, PreviousId[]>): Entry[] {
  const taken = new Set<string>();
  const ids = new Map<PendingEntry, string>();
  const ordered = [...pending].sort((a, b) =>
    sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0,
  );
  for (const p of ordered) {
    const fixed = [...p.fixedIds].sort().find((id) => !taken.has(id));
    if (fixed) {
      ids.set(p, fixed);
      taken.add(fixed);
    }
  }
  for (const p of ordered.filter((x) => !ids.has(x))) {
    const legal = p.entry.names.filter((n, i) => i === 0 || n.type === 'legal').map((n) => nameKey(n.text));
    const keys = [...legal, ...(p.sourceKeys ?? [])];
    const fits = (c: PreviousId): boolean => !taken.has(c.id) && sameCountry(c.countries, p.entry.countries);
    const earlier = keys.flatMap((k) => previous.get(k) ?? []).find(fits)?.id;
    if (earlier) {
      ids.set(p, earlier);
      taken.add(earlier);
    }
  }
  for (const p of ordered.filter((x) => !ids.has(x))) {
    const base = slugify(p.entry.names[0]?.text ?? '') || 'entry';
    const country = p.entry.countries[0]?.toLowerCase();
    let id = base;
    if (taken.has(id) && country) id = `${base}-${country}`;
    for (let n = 2; taken.has(id); n++) id = `${base}${country ? `-${country}` : ''}-${n}`;
    ids.set(p, id);
    taken.add(id);
  }
  return pending.map((p) => ({ id: ids.get(p) as string, ...p.entry }));
}

/** An id of an earlier feed with the countries of its entry. */
export interface PreviousId {
  id: string;
  countries: string[];
}

function sameCountry(a: string[], b: string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((c) => b.includes(c));
}

/**
 * Legal-name key → ids of an earlier feed (every entry with that legal name, with its countries), so re-compiles
 * keep ids stable when names stay the same; an id only passes to an entry of a compatible country.
 */
export function previousIdMap(entries: Entry[]): Map<string, PreviousId[]> {
  const map = new Map<string, PreviousId[]>();
  for (const e of entries) {
    const keys = new Set(e.names.filter((n) => n.type === 'legal').map((n) => nameKey(n.text)));
    for (const k of keys) map.set(k, [...(map.get(k) ?? []), { id: e.id, countries: e.countries }]);
  }
  return map;
}
