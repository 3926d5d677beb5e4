/**
 * The one data model of the project: entries, listings, list definitions and the feed that carries them.
 * Shared by the compiler CLI, the background worker and (as read-only views) the content script and UI.
 * Any change to these types that alters the serialised feed bumps FORMAT_VERSION and is noted in docs/feed-format.md.
 */

/** Version of the serialised feed layout. Readers refuse a feed whose `format` they do not know. */
export const FORMAT_VERSION = 1;

/** What an entry is. Persons, vessels and aircraft are kept in the data but off by default in the UI. */
export const ENTRY_KINDS = [
  'company',
  'organization',
  'app',
  'product',
  'person',
  'vessel',
  'aircraft',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/**
 * How a name relates to its entry. `weak` names (list aliases that are everyday words or fragments) must never
 * produce a badge on their own.
 */
export const NAME_TYPES = ['legal', 'alias', 'former', 'brand', 'local', 'weak'] as const;
export type NameType = (typeof NAME_TYPES)[number];

export interface EntryName {
  text: string;
  type: NameType;
  /** BCP 47 tag for local-script names, e.g. `zh-Hans`, `zh-Hant`. */
  lang?: string;
}

/** Legal state of one listing. `pending` = enacted, takes effect later. `unclear` = source does not say. */
export const LISTING_STATUSES = ['in_force', 'revoked', 'enjoined', 'removed', 'pending', 'unclear'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

/**
 * What a reader can act on, refining `status` (added in format 1, optional): `enforcement_deferred` (in force, not
 * enforced for now), `met_by_divestiture` (the law stands but no longer applies to this party after a sale),
 * `stayed_by_court` (a court has stopped it for now), `expired` (ran out at its end date), `government_use_only` (a ban
 * on government devices or systems; the public may use it). Readers that do not know a value ignore it, so new
 * values can be added without a format change; `status` keeps the coarse state for older readers.
 */
export const STATUS_QUALIFIERS = [
  'enforcement_deferred',
  'met_by_divestiture',
  'stayed_by_court',
  'expired',
  'government_use_only',
] as const;
export type StatusQualifier = (typeof STATUS_QUALIFIERS)[number];

export interface Listing {
  /** Id of a ListDefinition in the feed's `lists`. */
  list: string;
  programme?: string;
  /** ISO date (YYYY-MM-DD) the listing took effect or was published. */
  dateListed?: string;
  /** Federal Register notice, public law, executive order, regulation … */
  citation?: string;
  status: ListingStatus;
  /** Finer state a reader can act on; unknown values are dropped when a feed is read. */
  qualifier?: StatusQualifier;
  /** ISO date of the last status change (revocation, injunction, removal). */
  statusDate?: string;
  statusDetail?: string;
  /** One plain line saying what the listing means today, shown before the legal detail. */
  summary?: string;
  /** The same line in Simplified Chinese. */
  summaryZh?: string;
  /** Official source to cite. */
  sourceUrl?: string;
}

export interface Entry {
  /** Stable id: the same entity keeps it across list versions (e.g. `huawei-technologies`). */
  id: string;
  kind: EntryKind;
  /** First name is the display name. */
  names: EntryName[];
  /** ISO 3166-1 alpha-2 codes. */
  countries: string[];
  /** Web domains of the entity's own sites (vendor-site banner), lower-case, no scheme. */
  domains: string[];
  /** Ids of owner/parent entries (TikTok → ByteDance). */
  parents: string[];
  listings: Listing[];
  notes?: string;
}

/** The family a list belongs to: decides the badge label and colour. */
/** List families, from most to least severe (a badge shows the most severe family still in force). */
export const LIST_FAMILIES = [
  'sanctions',
  'export-control',
  'procurement-ban',
  'forced-labour',
  'app-ban',
  'watchlist',
] as const;
export type ListFamily = (typeof LIST_FAMILIES)[number];

export interface ListDefinition {
  id: string;
  name: string;
  /** Short label for a badge, e.g. "Entity List". */
  label: string;
  family: ListFamily;
  authority: string;
  /** ISO country or `EU`, `UN`. */
  jurisdiction: string;
  /** One or two plain sentences: what the listing means for a reader. */
  meaningReader: string;
  /** What it means for a buyer. */
  meaningBuyer: string;
  url?: string;
  /** Name, label and the two meanings in Simplified Chinese, for a Chinese UI (absent: the English texts). */
  zh?: ListTexts;
}

/** The texts of a list definition a UI shows, in one language. */
export interface ListTexts {
  name: string;
  label: string;
  meaningReader: string;
  meaningBuyer: string;
}

export interface SourceProvenance {
  id: string;
  file: string;
  sha256: string;
  /** ISO date of the data in the source. */
  dataDate: string;
  records: number;
  licence?: string;
}

export interface Feed {
  format: typeof FORMAT_VERSION;
  /** Monotonic list version; an update must carry a larger one. */
  version: number;
  /** ISO timestamp when compiled. */
  generated: string;
  /** Newest data date among the sources. */
  dataDate: string;
  sources: SourceProvenance[];
  lists: ListDefinition[];
  entries: Entry[];
  /** Set by the publisher when a release legitimately removes many entries. */
  shrinkReason?: string;
}
