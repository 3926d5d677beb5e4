import type { EntryKind, EntryName, Listing, SourceProvenance } from '../list/format.ts';

/**
 * One record as an adapter read it, before merging. `role` says what the compiler may do with it:
 * `list` records decide list membership; `enrich` records (curated names) only join and add to existing entries
 * and never create an entry on their own.
 */
export interface SourceRecord {
  /** Where the record came from, for reports: `file:line` or `file#record`. */
  ref: string;
  role: 'list' | 'enrich';
  kind: EntryKind;
  /** First name is the record's primary (legal) name. */
  names: EntryName[];
  countries: string[];
  domains: string[];
  /** Names of parent entities, resolved to entry ids when merging. */
  parentNames: string[];
  listings: Listing[];
  /** Exact names of the same entity as written on other lists; records sharing any of them are merged. */
  joinNames?: string[];
  /** A fixed id chosen by the source (curated file, user watchlist, earlier feed). */
  id?: string;
  notes?: string;
  /** Parent entry ids already known (records read back from a feed). */
  parentIds?: string[];
  /** The source gave no type and `kind` was guessed from the name: a typed or curated record may overrule it. */
  kindGuessed?: boolean;
  /** Set by curated sources: their listings on lists that also have an official source file only add detail. */
  curated?: boolean;
  /** Set by news-names.json and feeds read back: their strong names stay strong even when short or ambiguous. */
  wellKnown?: boolean;
}

/** One input file of a source: its name (for messages and for telling multi-file formats apart) and text. */
export interface SourceInput {
  name: string;
  text: string;
}

/** What an adapter returns for one source. */
export interface SourceBatch {
  /** Source id, e.g. `us-trade-csl`. */
  source: string;
  records: SourceRecord[];
  /** ISO date of the data when the file states it. */
  dataDate?: string;
  licence?: string;
  /** Provenance carried over from an earlier compile (a feed read back as a source). */
  provenance?: SourceProvenance[];
}

/** Builds an empty record with the given ref, kind and primary name. */
export function newRecord(ref: string, kind: EntryKind, name: string): SourceRecord {
  return {
    ref,
    role: 'list',
    kind,
    names: [{ text: name, type: 'legal' }],
    countries: [],
    domains: [],
    parentNames: [],
    listings: [],
  };
}
