import type { Translate } from '../explain/plain-line.ts';
import { groupEvidence, type ReportListing } from './report-model.ts';
import type { EvidenceInput } from './types.ts';
import { dataAgeDays } from '../update/freshness.ts';

// Spreadsheet apps run a cell as a formula when it starts with one of these (OWASP "CSV injection"); full-width
// forms are included because some apps normalise them.
const FORMULA_CHARS = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);
// Apps may trim these on import, so a formula behind them is still a formula: white space, control characters,
// soft hyphen and invisible format characters (zero-width space, joiners, direction marks, BOM).
const INVISIBLE = /[\s\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/;

function isFormula(s: string): boolean {
  for (const ch of s) {
    if (FORMULA_CHARS.has(ch)) return true;
    const code = ch.charCodeAt(0);
    if (code > 0x20 && (code < 0x7f || code > 0x9f) && !INVISIBLE.test(ch)) return false;
  }
  return false;
}

/**
 * Quotes one CSV field (RFC 4180: always quoted, inner quotes doubled) and defuses formulas by prefixing an
 * apostrophe to any value that a spreadsheet would evaluate.
 */
export function csvField(value: string | number): string {
  let s = String(value);
  if (isFormula(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

const HEADER = [
  'captured_at',
  'page_url',
  'page_title',
  'extension_version',
  'list_version',
  'list_data_date',
  'feed_sha256',
  'entity_id',
  'entity_name',
  'matched_text',
  'confidence',
  'context',
  'list',
  'authority',
  'programme',
  'date_listed',
  'status',
  'status_date',
  'citation',
  'source_url',
  'meaning_for_buyer',
  // Added later, each at the end so spreadsheets keyed on the earlier columns keep working.
  'list_data_age_days',
  'finding',
  'plain_language',
];

function listingCells(l: ReportListing | undefined): string[] {
  if (!l) return ['', '', '', '', '', '', '', '', ''];
  return [
    l.listName,
    l.authority,
    l.programme ?? '',
    l.dateListed ?? '',
    l.status,
    l.statusDate ?? '',
    l.citation ?? '',
    l.sourceUrl || l.listUrl,
    l.meaningBuyer,
  ];
}

/**
 * Builds the CSV evidence report: one row per mention and listing (a mention of an entity with three listings gives
 * three rows), each row repeating the capture metadata so rows can be filtered alone; when the site itself belongs
 * to a listed entity, one `site_owner` row per listing of it comes first. UTF-8 with BOM, CRLF lines.
 */
export function buildCsvReport(input: EvidenceInput, t?: Translate): string {
  const meta = [
    input.capturedAt,
    input.page.url,
    input.page.title,
    input.extension.version,
    String(input.list.version),
    input.list.dataDate,
    input.list.feedHash,
  ];
  const age = String(dataAgeDays(input.list.dataDate, Date.parse(input.capturedAt)));
  const rows: string[][] = [HEADER];
  for (const e of groupEvidence(input, t)) {
    const listings: (ReportListing | undefined)[] = e.listings.length ? e.listings : [undefined];
    if (e.isSiteOwner) {
      for (const l of listings)
        rows.push([
          ...meta,
          e.id,
          e.name,
          input.page.hostname,
          'confirmed',
          '',
          ...listingCells(l),
          age,
          'site_owner',
          l?.plain ?? '',
        ]);
    }
    for (const h of e.mentions) {
      for (const l of listings)
        rows.push([
          ...meta,
          e.id,
          e.name,
          h.text,
          h.confidence,
          h.context,
          ...listingCells(l),
          age,
          'mention',
          l?.plain ?? '',
        ]);
    }
  }
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
