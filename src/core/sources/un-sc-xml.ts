import type { EntryName, Listing } from '../list/format.ts';
import { entityKind } from '../list/kind-guess.ts';
import { countryCode } from './countries.ts';
import { SourceError } from './source-error.ts';
import { newRecord, type SourceBatch, type SourceRecord } from './types.ts';
import { childText, childrenNamed, parseXml, type XmlElement } from './xml.ts';

const UN_URL = 'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list';

function aliasOf(a: XmlElement): EntryName | undefined {
  const text = childText(a, 'ALIAS_NAME');
  if (!text) return undefined;
  const quality = childText(a, 'QUALITY').toLowerCase();
  // The UN marks poor-quality aliases "Low": they may never badge on their own.
  if (quality === 'low') return { text, type: 'weak' };
  return { text, type: quality.startsWith('f.k.a') ? 'former' : 'alias' };
}

function toRecord(el: XmlElement, isPerson: boolean, file: string): SourceRecord {
  const parts = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
    .map((n) => childText(el, n))
    .filter(Boolean);
  const name = parts.join(' ');
  const ref = childText(el, 'REFERENCE_NUMBER');
  if (!name) throw new SourceError(file, el.line, `${el.name} ${ref || childText(el, 'DATAID')} has no name`);
  const rec = newRecord(`${file}:${el.line}`, isPerson ? 'person' : entityKind(name), name);
  const original = childText(el, 'NAME_ORIGINAL_SCRIPT');
  if (original) rec.names.push({ text: original, type: 'local' });
  for (const a of childrenNamed(el, isPerson ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS')) {
    const alias = aliasOf(a);
    if (alias) rec.names.push(alias);
  }
  const addresses = childrenNamed(el, isPerson ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS');
  const codes = addresses.map((a) => countryCode(childText(a, 'COUNTRY')));
  rec.countries = [...new Set(codes.filter((c): c is string => c !== undefined))].sort();
  const listed = childText(el, 'LISTED_ON');
  const listing: Listing = {
    list: 'UN-SC',
    programme: childText(el, 'UN_LIST_TYPE'),
    status: 'in_force',
    sourceUrl: UN_URL,
  };
  if (/^\d{4}-\d{2}-\d{2}$/.test(listed)) listing.dateListed = listed;
  if (ref) listing.citation = `UN reference ${ref}`;
  rec.listings.push(listing);
  return rec;
}

/** Reads the UN Security Council consolidated list XML (INDIVIDUALS and ENTITIES); "Low" quality aliases are weak. */
export function parseUnScXml(text: string, file: string): SourceBatch {
  const root = parseXml(text, file);
  if (root.name !== 'CONSOLIDATED_LIST')
    throw new SourceError(file, root.line, `root is <${root.name}>, expected <CONSOLIDATED_LIST>`);
  const records: SourceRecord[] = [];
  for (const group of childrenNamed(root, 'INDIVIDUALS')) {
    for (const el of childrenNamed(group, 'INDIVIDUAL')) records.push(toRecord(el, true, file));
  }
  for (const group of childrenNamed(root, 'ENTITIES')) {
    for (const el of childrenNamed(group, 'ENTITY')) records.push(toRecord(el, false, file));
  }
  const date = root.attrs.dateGenerated?.slice(0, 10);
  return { source: 'un-sc-consolidated', records, ...(date ? { dataDate: date } : {}) };
}
