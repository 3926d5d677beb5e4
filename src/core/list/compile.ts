import type { Entry, EntryKind, Feed, ListDefinition, SourceProvenance } from './format.ts';
import { FORMAT_VERSION } from './format.ts';
import { assembleEntry, mergeListings, sortGroup } from './build-entry.ts';
import { assignIds, previousIdMap, type PendingEntry } from './assign-ids.ts';
import { domainsFor } from './domains.ts';
import { groupRecords, type RankedRecord } from './merge-groups.ts';
import { dropForeignAliases, resolveParents, type ParentRefs } from './link-entries.ts';
import { getListDefinition } from './registry.ts';
import { nameKey } from './name-key.ts';
import { feedVersion } from './version.ts';
import { checkBatchDates } from './data-dates.ts';
import type { CommonWordTest } from './weak-names.ts';
import { isCommonWord as everydayWord } from '../names/common-words.ts';
import type { SourceBatch } from '../sources/types.ts';

/** One source as given to the compiler: the parsed batch and its provenance (hash, date, count). */
export interface CompileSource {
  batch: SourceBatch;
  provenance: SourceProvenance;
}

/** Compiler options; everything that varies between runs comes in here, so output depends only on input. */
export interface CompileOptions {
  /** Everyday-word test for weak aliases; default: the matcher's dictionary (src/core/names/common-words.ts). */
  isCommonWord?: CommonWordTest;
  /** Kinds kept; others are dropped unless listed on one of `keepAllKindsOn`. Default: every kind. */
  kinds?: EntryKind[];
  keepAllKindsOn?: string[];
  /** An earlier feed: keeps ids stable and makes the version increase. */
  previous?: Feed;
  /** ISO timestamp for `generated`; default is the data date at midnight UTC (keeps output reproducible). */
  generated?: string;
  shrinkReason?: string;
  /** Epoch ms of the build: no source date may lie after the next day, and the version stays bounded by it. */
  builtAt?: number;
}

/** What the compiler did beyond the feed: merges, undecided cases, dropped records. */
export interface CompileReport {
  merged: { id: string; name: string; records: number; lists: string[] }[];
  undecided: string[];
  unmatched: string[];
  dropped: Record<string, number>;
}

function keepEntry(e: Entry, options: CompileOptions): boolean {
  if (!options.kinds || options.kinds.includes(e.kind)) return true;
  return e.listings.some((l) => options.keepAllKindsOn?.includes(l.list));
}

function trimListings(entries: Entry[], lists: Map<string, ListDefinition>): void {
  for (const e of entries) {
    for (const l of e.listings) if (l.sourceUrl && l.sourceUrl === lists.get(l.list)?.url) delete l.sourceUrl;
  }
}

function buildPending(
  groups: RankedRecord[][],
  enrichments: Map<RankedRecord[], RankedRecord[]>,
  sourceBacked: Set<string>,
  options: CompileOptions,
  report: CompileReport,
): { pending: PendingEntry[]; parentsOf: Map<PendingEntry, ParentRefs> } {
  const pending: PendingEntry[] = [];
  const parentsOf = new Map<PendingEntry, ParentRefs>();
  for (const raw of groups) {
    const group = sortGroup(raw);
    const base = assembleEntry(group, enrichments.get(raw) ?? [], options.isCommonWord ?? everydayWord);
    const fixedIds = group.map((r) => r.record.id).filter((id): id is string => id !== undefined);
    const label = fixedIds[0] ?? base.names[0]?.text ?? '?';
    const listings = mergeListings(group, sourceBacked, report.undecided, label);
    const sourceKeys = [...new Set(group.flatMap((r) => (r.record.joinNames ?? []).map(nameKey)))].sort();
    const p: PendingEntry = { entry: { ...base, parents: [], listings }, fixedIds, sourceKeys };
    pending.push(p);
    parentsOf.set(p, {
      names: [...new Set(group.flatMap((r) => r.record.parentNames))],
      ids: [...new Set(group.flatMap((r) => r.record.parentIds ?? []))],
    });
  }
  return { pending, parentsOf };
}

/**
 * Compiles parsed sources into a Feed: groups records of the same entity, merges names and listings, assigns
 * stable ids, links parents, adds known vendor domains, and records provenance. Sources are given in priority
 * order (earlier sources name the entry and win listing fields). Same input and options → identical feed.
 */
export function compileFeed(
  sources: CompileSource[],
  options: CompileOptions = {},
): { feed: Feed; report: CompileReport } {
  const report: CompileReport = { merged: [], undecided: [], unmatched: [], dropped: {} };
  const { builtAt } = options;
  if (builtAt !== undefined) for (const s of sources) checkBatchDates(s.batch, builtAt);
  const ranked: RankedRecord[] = sources.flatMap((s, rank) =>
    s.batch.records.map((record) => ({ rank, record })),
  );
  const sourceBacked = new Set(
    ranked.filter((r) => !r.record.curated).flatMap((r) => r.record.listings.map((l) => l.list)),
  );
  const grouping = groupRecords(ranked);
  report.undecided.push(...grouping.undecided);
  report.unmatched.push(...grouping.unmatched);
  const { pending, parentsOf } = buildPending(
    grouping.groups,
    grouping.enrichments,
    sourceBacked,
    options,
    report,
  );
  const entries = assignIds(pending, previousIdMap(options.previous?.entries ?? []));
  const parentNames = new Map(
    entries.map((e, i) => [e.id, parentsOf.get(pending[i] as PendingEntry) ?? { names: [], ids: [] }]),
  );
  resolveParents(entries, parentNames, report);
  dropForeignAliases(entries, report);
  const kept = entries.filter((e) => {
    const keep = keepEntry(e, options);
    if (!keep) report.dropped[e.kind] = (report.dropped[e.kind] ?? 0) + 1;
    return keep;
  });
  const keptIds = new Set(kept.map((e) => e.id));
  for (const e of kept) {
    e.parents = e.parents.filter((p) => keptIds.has(p));
    e.domains = [...new Set([...e.domains, ...domainsFor(e.id)])].sort();
  }
  kept.sort((a, b) => (a.id < b.id ? -1 : 1));
  const lists = collectLists(kept, report);
  trimListings(kept, new Map(lists.map((l) => [l.id, l])));
  recordMerges(grouping.groups, entries, pending, report);
  return { feed: assembleFeed(sources, lists, kept, options), report };
}

function collectLists(entries: Entry[], report: CompileReport): ListDefinition[] {
  const ids = [...new Set(entries.flatMap((e) => e.listings.map((l) => l.list)))].sort();
  return ids.flatMap((id) => {
    const def = getListDefinition(id);
    if (!def) report.undecided.push(`List "${id}" has no registry definition; its listings are kept.`);
    return def ? [{ ...def }] : [];
  });
}

function recordMerges(
  groups: RankedRecord[][],
  entries: Entry[],
  pending: PendingEntry[],
  report: CompileReport,
): void {
  groups.forEach((g, i) => {
    const sourcesInGroup = new Set(g.map((r) => r.rank));
    if (sourcesInGroup.size < 2 || !pending[i]) return;
    const e = entries[i] as Entry;
    report.merged.push({
      id: e.id,
      name: e.names[0]?.text ?? '',
      records: g.length,
      lists: [...new Set(e.listings.map((l) => l.list))],
    });
  });
  report.merged.sort((a, b) => (a.id < b.id ? -1 : 1));
}

function assembleFeed(
  sources: CompileSource[],
  lists: ListDefinition[],
  entries: Entry[],
  options: CompileOptions,
): Feed {
  const carried = sources.flatMap((s) => s.batch.provenance ?? []);
  const provenance = [...carried, ...sources.map((s) => s.provenance)]
    .map((p) => ({ ...p }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.file < b.file ? -1 : 1));
  const dataDate =
    provenance
      .map((p) => p.dataDate)
      .sort()
      .pop() ?? '1970-01-01';
  const body = { sources: provenance, lists, entries };
  const feed: Feed = {
    format: FORMAT_VERSION,
    version: feedVersion(dataDate, body, options.previous, options.builtAt),
    generated: options.generated ?? `${dataDate}T00:00:00Z`,
    dataDate,
    ...body,
  };
  if (options.shrinkReason) feed.shrinkReason = options.shrinkReason;
  return feed;
}
