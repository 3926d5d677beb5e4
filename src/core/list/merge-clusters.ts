// Clusters of list records being merged: union-find over record positions that also tracks each cluster's
// countries and fixed id. Used by the grouping and the bridge check alike.
import type { SourceRecord } from '../sources/types.ts';

/** A record with the position of its source in priority order (0 = highest). */
export interface RankedRecord {
  rank: number;
  record: SourceRecord;
}

/** Union-find over record positions. */
export class UnionFind {
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
  union(a: number, b: number): number {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
    return Math.min(ra, rb);
  }
}

/** Union-find over records that also tracks each cluster's countries and fixed id. */
export class Clusters {
  readonly uf: UnionFind;
  private countries = new Map<number, Set<string>>();
  private ids = new Map<number, string>();

  constructor(list: RankedRecord[]) {
    this.uf = new UnionFind(list.length);
    list.forEach((r, i) => {
      this.countries.set(i, new Set(r.record.countries));
      if (r.record.id !== undefined) this.ids.set(i, r.record.id);
    });
  }

  /** Whether a record may join the cluster of `j`: countries overlap or are unknown, fixed ids do not differ. */
  accepts(j: number, rec: SourceRecord): boolean {
    const root = this.uf.find(j);
    const id = this.ids.get(root);
    if (id !== undefined && rec.id !== undefined && id !== rec.id) return false;
    const have = this.countries.get(root) ?? new Set<string>();
    return rec.countries.length === 0 || have.size === 0 || rec.countries.some((c) => have.has(c));
  }

  /** Countries of the cluster of `i` (empty when no record states one). */
  countriesOf(i: number): ReadonlySet<string> {
    return this.countries.get(this.uf.find(i)) ?? new Set();
  }

  /** Whether the cluster of `j` carries a fixed id (a curated party, a watchlist row, an earlier feed). */
  hasFixedId(j: number): boolean {
    return this.ids.has(this.uf.find(j));
  }

  /** Joins two clusters unless both carry different fixed ids (two curated or earlier-feed entries stay apart). */
  join(a: number, b: number): boolean {
    const [ra, rb] = [this.uf.find(a), this.uf.find(b)];
    if (ra === rb) return true;
    const [ia, ib] = [this.ids.get(ra), this.ids.get(rb)];
    if (ia !== undefined && ib !== undefined && ia !== ib) return false;
    const countries = new Set([...(this.countries.get(ra) ?? []), ...(this.countries.get(rb) ?? [])]);
    const root = this.uf.union(ra, rb);
    this.countries.set(root, countries);
    const id = ia ?? ib;
    if (id !== undefined) this.ids.set(root, id);
    return true;
  }
}
