import type { EntryKind } from './format.ts';
import { nameKey } from './name-key.ts';
import { parseListedName } from '../sources/listed-name.ts';
import type { SourceRecord } from '../sources/types.ts';

/** A record with the position of its source in priority order (0 = highest). */
export interface RankedRecord {
  rank: number;
  record: SourceRecord;
}

/** Groups of records that describe one entity, plus what could not be decided along the way. */
export interface Grouping {
  groups: RankedRecord[][];
  enrichments: Map<RankedRecord[], RankedRecord[]>;
  undecided: string[];
  unmatched: string[];
}

/** Records merge only within a class: companies and organisations together, every other kind on its own. */
function kindClass(kind: EntryKind): string {
  return kind === 'company' || kind === 'organization' ? 'entity' : kind;
}

/** Join keys of a record: its primary and legal names and join names, with and without a trailing bracketed short name. */
export function recordKeys(rec: SourceRecord): string[] {
  const primary = rec.names[0]?.text ?? '';
  const legal = rec.names.filter((n) => n.type === 'legal').map((n) => n.text);
  const texts = [primary, ...legal, ...(rec.joinNames ?? [])];
  const keys = texts.flatMap((t) => [nameKey(t), nameKey(parseListedName(t).name)]);
  return [...new Set(keys.filter((k) => k.length > 0))];
}

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    while (this.parent[i] !== r) [i, this.parent[i]] = [this.parent[i] as number, r];
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function compatible(a: SourceRecord, countries: Set<string>): boolean {
  if (a.countries.length === 0 || countries.size === 0) return true;
  return a.countries.some((c) => countries.has(c));
}

/**
 * Clusters list records by shared join key (same kind class, overlapping or unknown countries) and by fixed id;
 * `enrich` records then join every cluster they name. Name collisions that look like different entities
 * (disjoint countries) are kept apart and reported.
 */
export function groupRecords(ranked: RankedRecord[]): Grouping {
  const list = ranked.filter((r) => r.record.role === 'list');
  const uf = new UnionFind(list.length);
  const countriesOf = new Map<number, Set<string>>();
  const byKey = new Map<string, number[]>();
  const undecided: string[] = [];
  const byId = new Map<string, number>();
  list.forEach((r, i) => {
    countriesOf.set(i, new Set(r.record.countries));
    const id = r.record.id;
    if (id !== undefined) {
      const other = byId.get(id);
      if (other === undefined) byId.set(id, i);
      else uf.union(other, i);
    }
  });
  list.forEach((r, i) => {
    for (const key of recordKeys(r.record)) {
      const bucket = byKey.get(`${kindClass(r.record.kind)}|${key}`) ?? [];
      const match = bucket.find((j) => compatible(r.record, countriesOf.get(uf.find(j)) ?? new Set()));
      if (match !== undefined && uf.find(match) !== uf.find(i)) {
        const merged = new Set([
          ...(countriesOf.get(uf.find(match)) ?? []),
          ...(countriesOf.get(uf.find(i)) ?? []),
        ]);
        uf.union(match, i);
        countriesOf.set(uf.find(i), merged);
      } else if (match === undefined && bucket.length > 0) {
        const other = list[bucket[0] as number]?.record;
        undecided.push(
          `Same name "${key}" in ${r.record.ref} (${r.record.countries.join('/')}) and ${other?.ref} ` +
            `(${other?.countries.join('/')}): countries differ, kept as separate entries.`,
        );
      }
      if (!bucket.includes(i)) bucket.push(i);
      byKey.set(`${kindClass(r.record.kind)}|${key}`, bucket);
    }
  });
  return finishGrouping(ranked, list, uf, byKey, undecided);
}

function finishGrouping(
  ranked: RankedRecord[],
  list: RankedRecord[],
  uf: UnionFind,
  byKey: Map<string, number[]>,
  undecided: string[],
): Grouping {
  const unmatched: string[] = [];
  const extra = new Map<number, RankedRecord[]>();
  for (const r of ranked.filter((x) => x.record.role === 'enrich')) {
    const hits = recordKeys(r.record).flatMap((k) => byKey.get(`entity|${k}`) ?? []);
    const roots = [...new Set(hits.map((h) => uf.find(h)))];
    if (roots.length === 0) {
      unmatched.push(`${r.record.ref} "${r.record.names[0]?.text}": names no entry on any list`);
      continue;
    }
    for (const root of roots.slice(1)) uf.union(roots[0] as number, root);
    const root = uf.find(roots[0] as number);
    extra.set(root, [...(extra.get(root) ?? []), r]);
  }
  const byRoot = new Map<number, RankedRecord[]>();
  list.forEach((r, i) => {
    const root = uf.find(i);
    byRoot.set(root, [...(byRoot.get(root) ?? []), r]);
  });
  const enrichments = new Map<RankedRecord[], RankedRecord[]>();
  for (const [root, extras] of extra) {
    const group = byRoot.get(uf.find(root));
    if (group) enrichments.set(group, [...(enrichments.get(group) ?? []), ...extras]);
  }
  return { groups: [...byRoot.values()], enrichments, undecided, unmatched };
}
