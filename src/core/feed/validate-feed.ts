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
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Obj = Record<string, unknown>;

function fail(where: string, what: string): never {
  throw new FeedError(`The list is damaged: ${where} ${what}.`);
}

function obj(v: unknown, where: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(where, 'is not an object');
  return v as Obj;
}

function str(o: Obj, key: string, where: string, optional = false): void {
  const v = o[key];
  if (v === undefined && optional) return;
  if (typeof v !== 'string' || (!optional && v.length === 0)) fail(`${where}.${key}`, 'is not a text');
}

function date(o: Obj, key: string, where: string, optional = false): void {
  str(o, key, where, optional);
  if (o[key] !== undefined && !ISO_DATE.test(o[key] as string))
    fail(`${where}.${key}`, 'is not a YYYY-MM-DD date');
}

function strArray(o: Obj, key: string, where: string): void {
  const v = o[key];
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string'))
    fail(`${where}.${key}`, 'is not a list of texts');
}

function checkList(v: unknown, i: number): ListDefinition {
  const where = `lists[${i}]`;
  const o = obj(v, where);
  for (const k of ['id', 'name', 'label', 'authority', 'jurisdiction', 'meaningReader', 'meaningBuyer'])
    str(o, k, where);
  str(o, 'url', where, true);
  if (o.zh !== undefined) {
    const zh = obj(o.zh, `${where}.zh`);
    for (const k of ['name', 'label', 'meaningReader', 'meaningBuyer']) str(zh, k, `${where}.zh`);
  }
  if (!FAMILIES.has(o.family as string)) fail(`${where}.family`, 'is not a known list family');
  return o as unknown as ListDefinition;
}

function checkListing(v: unknown, where: string, lists: Set<string>): void {
  const o = obj(v, where);
  str(o, 'list', where);
  if (!lists.has(o.list as string))
    fail(`${where}.list`, `names a list ("${String(o.list)}") the feed does not define`);
  if (!STATUSES.has(o.status as string)) fail(`${where}.status`, 'is not a known status');
  // A qualifier this version does not know is dropped, not refused: `status` still says the coarse state.
  if (o.qualifier !== undefined && !QUALIFIERS.has(o.qualifier as string)) delete o.qualifier;
  date(o, 'dateListed', where, true);
  date(o, 'statusDate', where, true);
  for (const k of ['programme', 'citation', 'statusDetail', 'summary', 'summaryZh', 'sourceUrl'])
    str(o, k, where, true);
}

function checkEntry(v: unknown, i: number, lists: Set<string>, ids: Set<string>): void {
  const where = `entries[${i}]`;
  const o = obj(v, where);
  str(o, 'id', where);
  if (ids.has(o.id as string)) fail(`${where}.id`, `repeats the id "${String(o.id)}"`);
  ids.add(o.id as string);
  if (!KINDS.has(o.kind as string)) fail(`${where}.kind`, 'is not a known kind');
  if (!Array.isArray(o.names) || o.names.length === 0) fail(`${where}.names`, 'is empty');
  o.names.forEach((n: unknown, j: number) => {
    const no = obj(n, `${where}.names[${j}]`);
    str(no, 'text', `${where}.names[${j}]`);
    str(no, 'lang', `${where}.names[${j}]`, true);
    if (!NAME_TYPE_SET.has(no.type as string)) fail(`${where}.names[${j}].type`, 'is not a known name type');
  });
  // The serialised layout leaves out empty domains/parents; restore them so every Entry is complete.
  o.domains ??= [];
  o.parents ??= [];
  for (const k of ['countries', 'domains', 'parents']) strArray(o, k, where);
  if (!Array.isArray(o.listings)) fail(`${where}.listings`, 'is not a list');
  (o.listings as Listing[]).forEach((l, j) => checkListing(l, `${where}.listings[${j}]`, lists));
  str(o, 'notes', where, true);
}

/**
 * Checks that a parsed JSON value is a complete Feed this version can read: known format, every field of the
 * right type, listings pointing at defined lists, unique entry ids, at most MAX_ENTRIES entries. Throws FeedError
 * with a plain-words reason; returns the value typed as Feed.
 */
export function validateFeed(json: unknown): Feed {
  const o = obj(json, 'the feed');
  if (o.format !== FORMAT_VERSION) {
    throw new FeedError(
      `The list uses format ${String(o.format)}, which this version cannot read (expected ${FORMAT_VERSION}).`,
    );
  }
  if (!Number.isSafeInteger(o.version) || (o.version as number) <= 0)
    fail('version', 'is not a positive whole number');
  str(o, 'generated', 'feed');
  date(o, 'dataDate', 'feed');
  str(o, 'shrinkReason', 'feed', true);
  if (!Array.isArray(o.sources)) fail('sources', 'is not a list');
  o.sources.forEach((s: unknown, i: number) => {
    const so = obj(s, `sources[${i}]`);
    for (const k of ['id', 'file', 'sha256']) str(so, k, `sources[${i}]`);
    date(so, 'dataDate', `sources[${i}]`);
    if (!Number.isSafeInteger(so.records)) fail(`sources[${i}].records`, 'is not a whole number');
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
