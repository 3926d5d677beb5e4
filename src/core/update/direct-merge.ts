// Direct mode's merge: official files replace the lists they cover in the list in use; everything else stays, and
// what the snapshot's curated layers added to an entry (Chinese names, brand names) is carried over to the entry the
// official file lists again, so a direct update never loses a name the snapshot knew.
import type { Entry, Feed, SourceProvenance } from '../list/format.ts';
import { compileFeed } from '../list/compile.ts';
import { isFutureVersion, latestDataDate, versionCeiling } from '../list/version.ts';
import type { SourceBatch, SourceRecord } from '../sources/types.ts';
import { SNAPSHOT_KEEP_ALL_ON, SNAPSHOT_KINDS } from '../list/snapshot-kinds.ts';

/**
 * Lists outside the official files on which the list in use carries persons, vessels or aircraft (an organisation
 * feed may): they keep them. Covered lists follow the snapshot's rule.
 */
function keepAll(current: Feed, covered: ReadonlySet<string>): string[] {
  const lists = current.entries
    .filter((e) => !SNAPSHOT_KINDS.includes(e.kind))
    .flatMap((e) => e.listings.map((l) => l.list))
    .filter((l) => !covered.has(l));
  return [...new Set(lists)];
}

/** One official file read by its adapter, with what it covers. */
export interface DirectBatch {
  batch: SourceBatch;
  provenance: SourceProvenance;
  /** List ids the file is the whole truth for (those it mentions): listings on them in the current list are replaced. */
  covers: readonly string[];
}

export interface DirectMergeInput {
  /** The list in use. */
  current: Feed;
  /** Files that changed since the last update; lists of unchanged files stay as they are. */
  batches: DirectBatch[];
  /** Epoch ms of the update: bounds every date and the version. */
  now: number;
}

function recordOf(e: Entry, listings: Entry['listings'], role: SourceRecord['role']): SourceRecord {
  const rec: SourceRecord = {
    ref: `current list#${e.id}`,
    role,
    kind: e.kind,
    names: e.names.map((n) => ({ ...n })),
    countries: [...e.countries],
    domains: [...e.domains],
    parentNames: [],
    listings: listings.map((l) => ({ ...l })),
    parentIds: [...e.parents],
    // Its names were decided when it was compiled: news spellings and curated short names stay as they are.
    wellKnown: true,
  };
  if (role === 'list') rec.id = e.id;
  if (e.notes) rec.notes = e.notes;
  return rec;
}

/**
 * Builds the next list: listings on covered lists come from the official files alone; entries left with no
 * listing give their names to the entry the files list under the same name (or go, when none does); other
 * listings stay. Dates must not lie after tomorrow (FutureDateError names the source and row). The version is
 * above the current one unless the current one is itself past tomorrow (damaged), and never past tomorrow.
 */
export function mergeDirect({ current, batches, now }: DirectMergeInput): Feed {
  // A list the file declares but does not mention at all stays as it is: a file cut short must not empty a list.
  const covered = new Set(
    batches.flatMap((b) => {
      const present = new Set(b.batch.records.flatMap((r) => r.listings.map((l) => l.list)));
      return b.covers.filter((l) => present.has(l));
    }),
  );
  const latest = latestDataDate(now);
  const today = new Date(now).toISOString().slice(0, 10);
  const records: SourceRecord[] = [];
  for (const e of current.entries) {
    const kept = e.listings.filter((l) => !covered.has(l.list));
    records.push(recordOf(e, kept, kept.length > 0 ? 'list' : 'enrich'));
  }
  // Provenance of untouched sources is carried; a date past tomorrow in it is damage, capped at today.
  const replaced = new Set(batches.map((b) => b.provenance.id));
  const carried = current.sources
    .filter((s) => !replaced.has(s.id))
    .map((s) => (s.dataDate > latest ? { ...s, dataDate: today } : s));
  const rest: SourceBatch = { source: 'current-list', records, provenance: carried };
  const damaged = isFutureVersion(current.version, now);
  const { feed } = compileFeed(
    [
      {
        batch: rest,
        provenance: { id: 'current-list', file: 'current list', sha256: '', dataDate: today, records: 0 },
      },
      ...batches.map((b) => ({ batch: b.batch, provenance: b.provenance })),
    ],
    {
      ...(damaged ? {} : { previous: current }),
      generated: `${today}T00:00:00Z`,
      builtAt: now,
      kinds: SNAPSHOT_KINDS,
      keepAllKindsOn: [...SNAPSHOT_KEEP_ALL_ON, ...keepAll(current, covered)],
    },
  );
  feed.sources = feed.sources.filter((s) => s.id !== 'current-list');
  // Lists the registry does not know (an organisation's own) keep the definitions the current list carries.
  const known = new Set(feed.lists.map((l) => l.id));
  const used = new Set(feed.entries.flatMap((e) => e.listings.map((l) => l.list)));
  feed.lists.push(...current.lists.filter((l) => used.has(l.id) && !known.has(l.id)));
  if (!damaged) feed.version = Math.max(feed.version, current.version + 1);
  if (feed.version > versionCeiling(now))
    throw new Error(`the list version would pass ${versionCeiling(now)}; try again tomorrow`);
  return feed;
}
