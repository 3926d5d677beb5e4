import type { Entry, EntryName, Listing, NameType } from './format.ts';
import type { RankedRecord } from './merge-groups.ts';
import { isAmbiguousShortName, isWeakAlias, markFoldedWeak, type CommonWordTest } from './weak-names.ts';
import { normalizeName } from '../names/normalize.ts';
import { splitPackedNames } from '../sources/listed-name.ts';

const TYPE_RANK: Record<NameType, number> = { legal: 0, brand: 1, local: 2, former: 3, alias: 4, weak: 5 };

function isShouting(text: string): boolean {
  return /[A-Z]/.test(text) && text === text.toUpperCase();
}

/** Orders a group's records: curated first, then by source priority, then by where they were read. */
export function sortGroup(group: RankedRecord[]): RankedRecord[] {
  return [...group].sort(
    (a, b) =>
      Number(!a.record.curated) - Number(!b.record.curated) ||
      a.rank - b.rank ||
      (a.record.ref < b.record.ref ? -1 : a.record.ref > b.record.ref ? 1 : 0),
  );
}

/**
 * The names of one entity: the display name first (curated, else the first source's name not written in capitals),
 * then every other name once, keeping its strongest type. List aliases that fail `isWeakAlias` become `weak`.
 */
export function mergeNames(
  group: RankedRecord[],
  extras: RankedRecord[],
  isCommonWord: CommonWordTest,
): EntryName[] {
  const all: EntryName[] = [];
  group.forEach((r, gi) => {
    r.record.names.forEach((n, ni) => {
      let type = n.type;
      if (ni === 0 && gi > 0 && type === 'legal') type = 'alias';
      const legalName = r.record.names[0]?.text ?? '';
      if (type === 'alias' && !r.record.curated && isWeakAlias(n.text, isCommonWord, legalName))
        type = 'weak';
      all.push({ ...n, type });
    });
  });
  for (const r of extras) all.push(...r.record.names.slice(1));
  // A field that still packs several names ("CETC 24;Sichuan Solid Circuit …") gives one name each.
  const split = all.flatMap((n) =>
    n.text.includes(';') ? splitPackedNames(n.text).map((text) => ({ ...n, text })) : [n],
  );
  const display =
    group.find((r) => r.record.curated)?.record.names[0] ??
    group.map((r) => r.record.names[0]).find((n) => n && !isShouting(n.text)) ??
    group[0]?.record.names[0];
  const best = new Map<string, EntryName>();
  for (const n of split) {
    const text = n.text.replace(/\s+/g, ' ').trim();
    const key = text.toLowerCase();
    const seen = best.get(key);
    if (text && (!seen || TYPE_RANK[n.type] < TYPE_RANK[seen.type])) best.set(key, { ...n, text });
  }
  // A name the curated local-names file calls ambiguous stays weak even if another source typed it local or alias.
  for (const r of extras) {
    for (const n of r.record.names) {
      const seen = n.type === 'weak' ? best.get(n.text.toLowerCase()) : undefined;
      if (seen && seen.type !== 'legal') best.set(n.text.toLowerCase(), { ...seen, type: 'weak' });
    }
  }
  const first = display ? best.get(display.text.replace(/\s+/g, ' ').trim().toLowerCase()) : undefined;
  // Short or ambiguous names from alias, brand and local fields are weak unless news-names.json calls them well known.
  const known = new Set(
    [...group, ...extras]
      .filter((r) => r.record.wellKnown)
      .flatMap((r) => r.record.names.map((n) => normalizeName(n.text))),
  );
  const demote = (n: EntryName): EntryName =>
    n.type !== 'legal' &&
    n.type !== 'weak' &&
    isAmbiguousShortName(n.text) &&
    !known.has(normalizeName(n.text))
      ? { ...n, type: 'weak' }
      : n;
  // A well-known spelling that differs from a listed name only in case ("Hamas" for HAMAS) is kept as well: the
  // matcher reads case (an acronym, a coined name written as news writes it). A list read back (direct mode's list in
  // use) is well known too, so its curated spellings survive being compiled again.
  const texts = new Set([...best.values()].map((n) => n.text));
  const spellings = [...group, ...extras]
    .filter((r) => r.record.wellKnown)
    .flatMap((r) => r.record.names.slice(1))
    .filter((n) => !texts.has(n.text) && texts.add(n.text));
  const rest = markFoldedWeak([...best.values(), ...spellings].filter((n) => n !== first).map(demote));
  return first ? [{ ...first, type: first.type === 'weak' ? 'legal' : first.type }, ...rest] : rest;
}

function joinCitations(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !b || a === b) return a ?? b;
  const parts = [...a.split('; '), ...b.split('; ')];
  return [...new Set(parts)].join('; ');
}

const OPTIONAL = [
  'qualifier',
  'citation',
  'statusDate',
  'statusDetail',
  'summary',
  'summaryZh',
  'sourceUrl',
] as const;

const STATUS_RANK: Record<Listing['status'], number> = {
  in_force: 0,
  pending: 1,
  enjoined: 2,
  unclear: 3,
  revoked: 4,
  removed: 5,
};

/** Folds a second listing of the same list into the first: earliest date, strongest status with its detail. */
function combine(target: Listing, from: Listing): void {
  if (STATUS_RANK[from.status] < STATUS_RANK[target.status]) {
    target.status = from.status;
    target.qualifier = from.qualifier;
    target.statusDate = from.statusDate;
    target.statusDetail = from.statusDetail;
  } else if (from.status === target.status) {
    target.qualifier ??= from.qualifier;
    target.statusDetail ??= from.statusDetail;
    target.statusDate ??= from.statusDate;
  }
  if (from.dateListed && (!target.dateListed || from.dateListed < target.dateListed))
    target.dateListed = from.dateListed;
  target.sourceUrl ??= from.sourceUrl;
  target.citation = joinCitations(target.citation, from.citation);
  for (const k of OPTIONAL) if (target[k] === undefined) delete target[k];
}

/**
 * Adds curated detail to an official listing: only fields the official source left empty. When the official file
 * has no date (the CSL projection), the curated date is used together with the citation it comes from.
 */
function addCuratedDetail(target: Listing, c: Listing): void {
  if (!target.dateListed && c.dateListed) {
    target.dateListed = c.dateListed;
    target.citation = joinCitations(target.citation, c.citation);
  }
  target.citation ??= c.citation;
  target.statusDetail ??= c.statusDetail;
  target.sourceUrl ??= c.sourceUrl;
  if (c.status === target.status) target.qualifier ??= c.qualifier;
  target.summary ??= c.summary;
  target.summaryZh ??= c.summaryZh;
  if (c.status !== 'in_force' || c.qualifier) target.statusDate ??= c.statusDate;
  for (const k of OPTIONAL) if (target[k] === undefined) delete target[k];
}

/** Listings merged per list and programme; curated listings on source-backed lists only add detail or status. */
export function mergeListings(
  group: RankedRecord[],
  sourceBacked: Set<string>,
  report: string[],
  id: string,
): Listing[] {
  const merged = new Map<string, Listing>();
  const curated: Listing[] = [];
  for (const r of group) {
    for (const l of r.record.listings) {
      if (r.record.curated) {
        curated.push(l);
        continue;
      }
      const key = `${l.list}|${l.programme ?? ''}`;
      const seen = merged.get(key);
      if (seen) combine(seen, l);
      else merged.set(key, { ...l });
    }
  }
  const official = [...merged.values()];
  for (const c of curated) {
    const target = official.find((l) => l.list === c.list);
    if (target) {
      if (c.status !== 'in_force' && c.status !== target.status) {
        report.push(
          `${id}: ${c.list} status "${c.status}" from the curated file overrides "${target.status}".`,
        );
        target.status = c.status;
      }
      addCuratedDetail(target, c);
    } else {
      if (sourceBacked.has(c.list)) {
        report.push(
          `${id}: listed on ${c.list} only by the curated file, not by the list's source file; kept.`,
        );
      }
      merged.set(`${c.list}|${c.programme ?? ''}|curated`, { ...c });
    }
  }
  return [...merged.values()].sort(
    (a, b) =>
      cmp(a.list, b.list) ||
      cmp(a.dateListed ?? '', b.dateListed ?? '') ||
      cmp(a.programme ?? '', b.programme ?? ''),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Assembles one entry (without id and parents) from its records. */
export function assembleEntry(
  group: RankedRecord[],
  extras: RankedRecord[],
  isCommonWord: CommonWordTest,
): Omit<Entry, 'id' | 'parents' | 'listings'> {
  const lead = group.find((r) => r.record.curated) ?? group[0];
  // A kind the source stated wins over one guessed from a name ("Iran Air": SDN entity, Entity List row untyped).
  const kindFrom = lead?.record.curated ? lead : (group.find((r) => !r.record.kindGuessed) ?? lead);
  const countries = [...new Set(group.flatMap((r) => r.record.countries))].sort();
  const domains = [...new Set(group.flatMap((r) => r.record.domains))].sort();
  const notes = group.map((r) => r.record.notes).find((n) => n);
  const entry: Omit<Entry, 'id' | 'parents' | 'listings'> = {
    kind: kindFrom?.record.kind ?? 'company',
    names: mergeNames(group, extras, isCommonWord),
    countries,
    domains,
  };
  return notes ? { ...entry, notes } : entry;
}
