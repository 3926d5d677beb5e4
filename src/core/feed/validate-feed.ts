import type { Entry, Feed, ListDefinition, Listing } from '../list/format.ts';
import {
  ENTRY_KINDS,
  FORMAT_VERSION,
  LIST_FAMILIES,
  LISTING_STATUSES,
  NAME_TYPES,
  STATUS_QUALIFIERS,
} from '../list/format.ts';
import { FeedError } from './feed-error.ts';
import { FEED_FIELDS } from '../list/serialize.ts';
import {
  bulkyUnknownField,
  isRealDate,
  isWebUrl,
  MAX_FEED_VERSION,
  MAX_ID_CHARS,
  MAX_ITEMS,
  MAX_NAME_CHARS,
  MAX_TEXT_CHARS,
  versionCeiling,
} from './bounds.ts';

export { FeedError };

/** Largest feed accepted, in bytes of feed.json. */
export const MAX_FEED_BYTES = 32 * 1024 * 1024;
/** Most entries a feed may carry. */
export const MAX_ENTRIES = 250_000;

const KINDS = new Set<string>(ENTRY_KINDS);
const NAME_TYPE_SET = new Set<string>(NAME_TYPES);
const STATUSES = new Set<string>(LISTING_STATUSES);
const QUALIFIERS = new Set<string>(STATUS_QUALIFIERS);
const FAMILIES = new Set<string>(LIST_FAMILIES);
const KNOWN = {
  feed: new Set(FEED_FIELDS.feed),
  source: new Set(FEED_FIELDS.source),
  list: new Set(FEED_FIELDS.list),
  entry: new Set(FEED_FIELDS.entry),
  name: new Set(FEED_FIELDS.name),
  listing: new Set(FEED_FIELDS.listing),
};

type Obj = Record<string, unknown>;

function fail(where: string, what: string): never {
  throw new FeedError(`The list is damaged: ${where} ${what}.`);
}

/** An object whose unknown fields, if any, are small (see MAX_UNKNOWN_FIELD_CHARS). */
function obj(v: unknown, where: string, known?: ReadonlySet<string>): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(where, 'is not an object');
  const bulky = known ? bulkyUnknownField(v as Obj, known) : null;
  if (bulky) fail(`${where}.${bulky[0]}`, `is an unknown field of ${bulky[1]} characters`);
  return v as Obj;
}

function str(o: Obj, key: string, where: string, optional = false, max = MAX_TEXT_CHARS): void {
  const v = o[key];
  if (v === undefined && optional) return;
  if (typeof v !== 'string' || (!optional && v.length === 0)) fail(`${where}.${key}`, 'is not a text');
  if (v.length > max) fail(`${where}.${key}`, `is longer than ${max} characters`);
}

function date(o: Obj, key: string, where: string, optional = false): void {
  str(o, key, where, optional);
  if (o[key] !== undefined && !isRealDate(o[key] as string))
    fail(`${where}.${key}`, 'is not a YYYY-MM-DD date (a real day between 1900 and 2100)');
}

function url(o: Obj, key: string, where: string): void {
  str(o, key, where, true);
  if (o[key] !== undefined && !isWebUrl(o[key] as string))
    fail(`${where}.${key}`, 'is not an http(s) address');
}

function items(o: Obj, key: string, where: string): unknown[] {
  const v = o[key];
  if (!Array.isArray(v)) fail(`${where}.${key}`, 'is not a list');
  if (v.length > MAX_ITEMS) fail(`${where}.${key}`, `has more than ${MAX_ITEMS} items`);
  return v;
}

function strArray(o: Obj, key: string, where: string): void {
  const v = items(o, key, where);
  if (v.some((s) => typeof s !== 'string' || s.length > MAX_ID_CHARS))
    fail(`${where}.${key}`, `is not a list of texts of at most ${MAX_ID_CHARS} characters`);
}

function checkList(v: unknown, i: number): ListDefinition {
  const where = `lists[${i}]`;
  const o = obj(v, where, KNOWN.list);
  for (const k of ['id', 'name', 'label', 'authority', 'jurisdiction', 'meaningReader', 'meaningBuyer'])
    str(o, k, where);
  url(o, 'url', where);
  if (o.zh !== undefined) {
    const zh = obj(o.zh, `${where}.zh`);
    for (const k of ['name', 'label', 'meaningReader', 'meaningBuyer']) str(zh, k, `${where}.zh`);
  }
  if (!FAMILIES.has(o.family as string)) fail(`${where}.family`, 'is not a known list family');
  return o as unknown as ListDefinition;
}

function checkListing(v: unknown, where: string, lists: Set<string>): void {
  const o = obj(v, where, KNOWN.listing);
  str(o, 'list', where);
  if (!lists.has(o.list as string))
    fail(`${where}.list`, `names a list ("${String(o.list)}") the feed does not define`);
  if (!STATUSES.has(o.status as string)) fail(`${where}.status`, 'is not a known status');
  // A qualifier this version does not know is dropped, not refused: `status` still says the coarse state.
  if (o.qualifier !== undefined && !QUALIFIERS.has(o.qualifier as string)) delete o.qualifier;
  date(o, 'dateListed', where, true);
  date(o, 'statusDate', where, true);
  for (const k of ['programme', 'citation', 'statusDetail', 'summary', 'summaryZh']) str(o, k, where, true);
  url(o, 'sourceUrl', where);
}

function checkEntry(v: unknown, i: number, lists: Set<string>, ids: Set<string>): void {
  const where = `entries[${i}]`;
  const o = obj(v, where, KNOWN.entry);
  str(o, 'id', where, false, MAX_ID_CHARS);
  if (ids.has(o.id as string)) fail(`${where}.id`, `repeats the id "${String(o.id)}"`);
  ids.add(o.id as string);
  if (!KINDS.has(o.kind as string)) fail(`${where}.kind`, 'is not a known kind');
  const names = items(o, 'names', where);
  if (names.length === 0) fail(`${where}.names`, 'is empty');
  names.forEach((n: unknown, j: number) => {
    const no = obj(n, `${where}.names[${j}]`, KNOWN.name);
    str(no, 'text', `${where}.names[${j}]`, false, MAX_NAME_CHARS);
    str(no, 'lang', `${where}.names[${j}]`, true);
    if (!NAME_TYPE_SET.has(no.type as string)) fail(`${where}.names[${j}].type`, 'is not a known name type');
  });
  // The serialised layout leaves out empty domains/parents; restore them so every Entry is complete.
  o.domains ??= [];
  o.parents ??= [];
  for (const k of ['countries', 'domains', 'parents']) strArray(o, k, where);
  (items(o, 'listings', where) as Listing[]).forEach((l, j) =>
    checkListing(l, `${where}.listings[${j}]`, lists),
  );
  str(o, 'notes', where, true);
}

export interface ValidateOptions {
  /** The clock (ms) when the feed is checked: its version may not be beyond versionCeiling(now). */
  now?: number;
}

/**
 * Checks that a parsed JSON value is a complete Feed this version can read: known format, every field of the
 * right type, listings pointing at defined lists, unique entry ids, at most MAX_ENTRIES entries, and the bounds of
 * bounds.ts (real dates, http(s) addresses, sizes, small unknown fields, no future version). Throws FeedError
 * with a plain-words reason; returns the value typed as Feed.
 */
export function validateFeed(json: unknown, options: ValidateOptions = {}): Feed {
  const o = obj(json, 'the feed', KNOWN.feed);
  if (o.format !== FORMAT_VERSION) {
    throw new FeedError(
      `The list uses format ${String(o.format)}, which this version cannot read (expected ${FORMAT_VERSION}).`,
    );
  }
  if (!Number.isSafeInteger(o.version) || (o.version as number) <= 0)
    fail('version', 'is not a positive whole number');
  const ceiling = options.now === undefined ? MAX_FEED_VERSION : versionCeiling(options.now);
  if ((o.version as number) > ceiling) fail('version', `is beyond ${ceiling}, a version from the future`);
  str(o, 'generated', 'feed', false, 64);
  date(o, 'dataDate', 'feed');
  str(o, 'shrinkReason', 'feed', true);
  if (!Array.isArray(o.sources)) fail('sources', 'is not a list');
  o.sources.forEach((s: unknown, i: number) => {
    const so = obj(s, `sources[${i}]`, KNOWN.source);
    for (const k of ['id', 'file', 'sha256']) str(so, k, `sources[${i}]`);
    date(so, 'dataDate', `sources[${i}]`);
    if (!Number.isSafeInteger(so.records) || (so.records as number) < 0)
      fail(`sources[${i}].records`, 'is not a whole number');
  });
  if (!Array.isArray(o.lists)) fail('lists', 'is not a list');
  const lists = new Set(o.lists.map((l: unknown, i: number) => checkList(l, i).id));
  if (!Array.isArray(o.entries)) fail('entries', 'is not a list');
  if (o.entries.length > MAX_ENTRIES)
    throw new FeedError(`The list is too large (${o.entries.length} entries).`);
  const ids = new Set<string>();
  o.entries.forEach((e: unknown, i: number) => checkEntry(e, i, lists, ids));
  return o as unknown as Feed;
}

/** Entries of a feed by id (for callers that look up parents or hits). */
export function entriesById(feed: Feed): Map<string, Entry> {
  return new Map(feed.entries.map((e) => [e.id, e]));
}
