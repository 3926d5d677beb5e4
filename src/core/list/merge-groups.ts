import type { EntryKind } from './format.ts';
import { nameKey } from './name-key.ts';
import { parseListedName } from '../sources/listed-name.ts';
import { bridgeRecords } from './merge-bridges.ts';
import { Clusters, type RankedRecord } from './merge-clusters.ts';

export type { RankedRecord } from './merge-clusters.ts';
import type { SourceRecord } from '../sources/types.ts';

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

/**
 * Join keys of a record: its primary and legal names and join names, with and without a trailing bracketed short
 * name, and without an initialism in brackets inside the name ("Xinjiang Production and Construction Corps (XPCC)
 * Public Security Bureau" is the EU's "Xinjiang Production and Construction Corps Public Security Bureau").
 */
export function recordKeys(rec: SourceRecord): string[] {
  const known = RECORD_KEYS.get(rec);
  if (known) return known;
  const keys = computeRecordKeys(rec);
  RECORD_KEYS.set(rec, keys);
  return keys;
}

/** Records are not changed while they are grouped; their keys are asked for several times. */
const RECORD_KEYS = new WeakMap<SourceRecord, string[]>();

function computeRecordKeys(rec: SourceRecord): string[] {
  const primary = rec.names[0]?.text ?? '';
  const legal = rec.names.filter((n) => n.type === 'legal').map((n) => n.text);
  const texts = [primary, ...legal, ...(rec.joinNames ?? [])];
  const keys = texts.flatMap((t) => [
    nameKey(t),
    nameKey(parseListedName(t).name),
    nameKey(withoutInnerInitialism(t)),
  ]);
  return [...new Set(keys.filter((k) => k.length > 0))];
}

/** An initialism in brackets between words of a name: "(XPCC)" in "… Corps (XPCC) Public Security Bureau". */
const INNER_INITIALISM = /\s\(([A-Z][A-Z0-9]{1,9})\)(?=\s+\S)/g;
const MINOR_WORDS = new Set(['and', 'of', 'the', 'for', '&']);

/**
 * The name without an inner bracketed initialism that spells the words before it (XPCC: Xinjiang Production and
 * Construction Corps). Brackets that name a place or a branch ("Huawei Technologies (UK) Co., Ltd.", "(BVI)",
 * "(HK)") stay: they tell a separate legal entity apart.
 */
function withoutInnerInitialism(name: string): string {
  return name.replace(INNER_INITIALISM, (whole: string, initials: string, at: number) => {
    const words = name
      .slice(0, at)
      .split(/\s+/)
      .filter((w) => w && !MINOR_WORDS.has(w.toLowerCase()));
    const spelled = words
      .slice(-initials.length)
      .map((w) => w[0]?.toUpperCase() ?? '')
      .join('');
    return spelled === initials ? '' : whole;
  });
}

/**
 * Clusters list records by shared join key (same kind class, overlapping or unknown countries) and by fixed id;
 * `enrich` records then join every cluster they name. Records with different fixed ids (curated parties, entries
 * of an earlier feed) are never merged. Name collisions that look like different entities (disjoint countries)
 * are kept apart and reported.
 */
export function groupRecords(ranked: RankedRecord[]): Grouping {
  const list = ranked.filter((r) => r.record.role === 'list');
  const clusters = new Clusters(list);
  const byKey = new Map<string, number[]>();
  const undecided: string[] = [];
  const byId = new Map<string, number>();
  list.forEach((r, i) => {
    const id = r.record.id;
    const other = id === undefined ? undefined : byId.get(id);
    if (id !== undefined && other === undefined) byId.set(id, i);
    else if (other !== undefined) clusters.join(other, i);
  });
  list.forEach((r, i) => {
    for (const key of recordKeys(r.record)) {
      const bucketKey = `${kindClass(r.record.kind)}|${key}`;
      const bucket = byKey.get(bucketKey) ?? [];
      const match = bucket.find((j) => clusters.accepts(j, r.record));
      if (match !== undefined) clusters.join(match, i);
      else if (bucket.length > 0 && !bucket.some((j) => clusters.uf.find(j) === clusters.uf.find(i))) {
        const other = list[bucket[0] as number]?.record;
        undecided.push(
          `Same name "${key}" in ${r.record.ref} (${r.record.countries.join('/')}) and ${other?.ref} ` +
            `(${other?.countries.join('/')}): different countries or fixed ids, kept as separate entries.`,
        );
      }
      if (!bucket.includes(i)) bucket.push(i);
      byKey.set(bucketKey, bucket);
    }
  });
  joinGuessedKinds(list, clusters, byKey);
  undecided.push(...bridgeRecords(list, clusters));
  return finishGrouping(ranked, list, clusters, byKey, undecided);
}

/**
 * A record whose kind was guessed as a person ("Concord Catering" on the Entity List) joins the entity cluster that
 * has the same name and compatible countries when that cluster is curated or typed by its source: a guess never
 * keeps apart what a typed record or the curated file says is one company.
 */
function joinGuessedKinds(list: RankedRecord[], clusters: Clusters, byKey: Map<string, number[]>): void {
  list.forEach((r, i) => {
    if (!r.record.kindGuessed || kindClass(r.record.kind) === 'entity') return;
    for (const key of recordKeys(r.record)) {
      const match = (byKey.get(`entity|${key}`) ?? []).find(
        (j) => clusters.accepts(j, r.record) && (clusters.hasFixedId(j) || !list[j]?.record.kindGuessed),
      );
      if (match !== undefined && clusters.join(match, i)) return;
    }
  });
}

function finishGrouping(
  ranked: RankedRecord[],
  list: RankedRecord[],
  clusters: Clusters,
  byKey: Map<string, number[]>,
  undecided: string[],
): Grouping {
  const unmatched: string[] = [];
  const extra = new Map<number, RankedRecord[]>();
  for (const r of ranked.filter((x) => x.record.role === 'enrich')) {
    const hits = recordKeys(r.record).flatMap((k) => byKey.get(`${kindClass(r.record.kind)}|${k}`) ?? []);
    const roots = [...new Set(hits.map((h) => clusters.uf.find(h)))];
    if (roots.length === 0) {
      unmatched.push(`${r.record.ref} "${r.record.names[0]?.text}": names no entry on any list`);
      continue;
    }
    for (const root of roots.slice(1)) {
      if (!clusters.join(roots[0] as number, root))
        unmatched.push(`${r.record.ref}: names entries with different fixed ids; its names go to the first`);
    }
    const root = clusters.uf.find(roots[0] as number);
    extra.set(root, [...(extra.get(root) ?? []), r]);
  }
  const byRoot = new Map<number, RankedRecord[]>();
  list.forEach((r, i) => {
    const root = clusters.uf.find(i);
    byRoot.set(root, [...(byRoot.get(root) ?? []), r]);
  });
  const enrichments = new Map<RankedRecord[], RankedRecord[]>();
  for (const [root, extras] of extra) {
    const group = byRoot.get(clusters.uf.find(root));
    if (group) enrichments.set(group, [...(enrichments.get(group) ?? []), ...extras]);
  }
  return { groups: [...byRoot.values()], enrichments, undecided, unmatched };
}
