import type { Listing } from '../list/format.ts';
import { parseCsvObjects } from './csv.ts';
import { findWrittenDates } from './dates.ts';
import { SourceError } from './source-error.ts';
import { newRecord, type SourceBatch, type SourceRecord } from './types.ts';

const FCC_URL = 'https://www.fcc.gov/supplychain/coveredlist';
const BY_ENTITY =
  /\b(?:produced|provided|supplied)(?:, directly or indirectly,)? by (.+?)(?:, including|, to the extent|, subject to| subject to| or any| and its|\.?$)/;
const SUBSIDIARY = /wholly-owned subsidiary (.+?) subject to/;
const FOOTNOTES = /(?:††|\^|£|³|#|Visit - )/g;

function clean(text: string): string {
  return text.replace(FOOTNOTES, ' ').replace(/\s+/g, ' ').trim();
}

/** The covered entity named in an FCC Covered List row, or undefined for a category-wide row. */
export function fccEntityName(description: string): string | undefined {
  const m = BY_ENTITY.exec(clean(description));
  return m?.[1]?.replace(/,$/, '').trim();
}

/** A category row's short name: the text before its exceptions ("Routers produced in a foreign country"). */
export function fccCategoryName(description: string): string {
  const first = clean(description).split(/\s*[—,]\s*except\b|\s*—/)[0] ?? '';
  return first.replace(/\s*\.$/, '').trim();
}

function listingFor(dateText: string, line: number, file: string): Listing {
  const dates = findWrittenDates(dateText);
  const first = dates[0];
  if (!first) throw new SourceError(file, line, `no date found in "${dateText}"`);
  const listing: Listing = {
    list: 'US-FCC-COVERED',
    dateListed: first,
    status: 'in_force',
    sourceUrl: FCC_URL,
  };
  const last = dates[dates.length - 1] as string;
  if (dates.length > 1) {
    listing.statusDate = last;
    listing.statusDetail = `Entry updated ${dates.slice(1).join(', ')}.`;
  }
  return listing;
}

/**
 * Reads the FCC Covered List table (comma CSV `covered_equipment_or_services, date_of_inclusion_on_covered_list`,
 * or the older semicolon file with `Entity Name` and `Subsidiary Names`). Rows naming a company give a company
 * record; category rows (foreign routers, UAS …) give a `product` record.
 */
export function parseFccCovered(text: string, file: string): SourceBatch {
  const isOld = text.replace(/^\uFEFF/, '').startsWith('Covered Equipment or Services;');
  const rows = parseCsvObjects(text, {
    file,
    delimiter: isOld ? ';' : ',',
    required: isOld ? ['Covered Equipment or Services', 'Date of Inclusion on Covered List'] : [],
  });
  const records: SourceRecord[] = [];
  for (const row of rows) {
    const description = isOld
      ? row.get('Covered Equipment or Services')
      : row.get('covered_equipment_or_services');
    const dateText = isOld
      ? row.get('Date of Inclusion on Covered List')
      : row.get('date_of_inclusion_on_covered_list');
    if (!description) throw new SourceError(file, row.line, 'empty covered equipment or services text');
    // The whole description: a cut one ("…using such equi") reads as broken evidence.
    const listing = { ...listingFor(dateText, row.line, file), programme: clean(description) };
    const entity = (isOld && row.get('Entity Name')) || fccEntityName(description);
    const rec = newRecord(
      `${file}:${row.line}`,
      entity ? 'company' : 'product',
      entity ?? fccCategoryName(description),
    );
    rec.listings.push(listing);
    records.push(rec);
    const sub = (isOld && row.get('Subsidiary Names')) || SUBSIDIARY.exec(clean(description))?.[1];
    if (entity && sub) {
      const child = newRecord(`${file}:${row.line}`, 'company', sub);
      child.parentNames.push(entity);
      child.listings.push({ ...listing });
      records.push(child);
    }
  }
  const dates = records.flatMap((r) => r.listings.flatMap((l) => [l.dateListed ?? '', l.statusDate ?? '']));
  const dataDate = dates.filter(Boolean).sort().pop();
  return {
    source: 'us-fcc-covered-list',
    records,
    ...(dataDate ? { dataDate } : {}),
    licence: 'public domain (FCC table; CC BY-NC 4.0 transcription)',
  };
}
