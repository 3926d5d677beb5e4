import type { Entry } from './format.ts';
import { nameKey, slugify } from './name-key.ts';

/** An entry before it has an id, with the fixed ids its records asked for. */
export interface PendingEntry {
  entry: Omit<Entry, 'id'>;
  fixedIds: string[];
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
 * earlier feed gave an entry with the same legal name key (`previous`); else the slug of the display name, with
 * `-<country>` and then `-2`, `-3` … added on collision. Collisions are resolved in a content-based order, so the
 * same input always yields the same ids.
 */
export function assignIds(pending: PendingEntry[], previous: Map<string, string>): Entry[] {
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
    const keys = p.entry.names.filter((n) => n.type === 'legal').map((n) => nameKey(n.text));
    const earlier = keys.map((k) => previous.get(k)).find((id) => id !== undefined && !taken.has(id));
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

/** Legal-name key → id map of an earlier feed, so re-compiles keep ids stable when names stay the same. */
export function previousIdMap(entries: Entry[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of entries) {
    for (const n of e.names)
      if (n.type === 'legal' && !map.has(nameKey(n.text))) map.set(nameKey(n.text), e.id);
  }
  return map;
}
