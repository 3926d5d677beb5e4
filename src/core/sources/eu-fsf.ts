import type { EntryKind, EntryName, Listing } from '../list/format.ts';
import { entityKind } from '../list/kind-guess.ts';
import { SourceError } from './source-error.ts';
import { newRecord, type SourceBatch, type SourceRecord } from './types.ts';
import { childrenNamed, parseXml, type XmlElement } from './xml.ts';

/** The Commission's page for the consolidated list (Financial Sanctions Files). */
export const EU_FSF_PAGE = 'https://webgate.ec.europa.eu/fsd/fsf';
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Official EU languages other than English: the FSF repeats many names translated into each of them
 * (`nameLanguage="DE"`, "BG" …). Those translations are not names the entity trades under, so they are left out;
 * names without a language, in English, or in a language of the listed party (RU, ZH, FA …) are kept.
 */
const EU_TRANSLATIONS = new Set(
  'BG ES CS DA DE ET EL FR GA HR IT LV LT HU MT NL PL PT RO SK SL FI SV'.split(' '),
);

/** `subjectType` is `person` (P) or `enterprise` (E); an enterprise is a company or an organisation by its name. */
function subjectKind(el: XmlElement, name: string): EntryKind {
  const type = childrenNamed(el, 'subjectType')[0]?.attrs;
  if (type?.classificationCode === 'P' || type?.code === 'person') return 'person';
  return entityKind(name);
}

function namesOf(el: XmlElement): EntryName[] {
  const names: EntryName[] = [];
  for (const a of childrenNamed(el, 'nameAlias')) {
    const text = (a.attrs.wholeName ?? '').trim();
    const lang = (a.attrs.nameLanguage ?? '').toUpperCase();
    if (!text || EU_TRANSLATIONS.has(lang)) continue;
    // The FSF marks an alias `strong="false"` when it is too vague to screen on its own.
    const weak = a.attrs.strong === 'false';
    const name: EntryName = { text, type: weak ? 'weak' : names.length === 0 ? 'legal' : 'alias' };
    if (lang && lang !== 'EN' && !weak) Object.assign(name, { type: 'local', lang: lang.toLowerCase() });
    names.push(name);
  }
  return names;
}

function countriesOf(el: XmlElement): string[] {
  const codes = [...childrenNamed(el, 'address'), ...childrenNamed(el, 'citizenship')]
    .map((a) => (a.attrs.countryIso2Code ?? '').toUpperCase())
    // "00" is the file's code for an unknown country.
    .filter((c) => /^[A-Z]{2}$/.test(c));
  return [...new Set(codes)].sort();
}

/** Every `publicationDate` of the acts cited anywhere in the entry (`regulation`, each `regulationSummary`). */
function actDates(el: XmlElement): string[] {
  const own =
    el.name === 'regulation' || el.name === 'regulationSummary' ? [el.attrs.publicationDate ?? ''] : [];
  return [...own, ...el.children.flatMap(actDates)].filter((d) => ISO.test(d));
}

/**
 * The listing. The entry's `regulation` is the latest act that changed it, so the date listed is `designationDate`
 * when the file gives one, else the earliest act cited anywhere in the entry (its names, birth dates, documents).
 */
function listingOf(el: XmlElement): Listing {
  const regs = childrenNamed(el, 'regulation').sort((a, b) =>
    (a.attrs.publicationDate ?? '') < (b.attrs.publicationDate ?? '') ? -1 : 1,
  );
  const first = regs[0];
  const listing: Listing = { list: 'EU-FSF', status: 'in_force' };
  const programme = first?.attrs.programme;
  if (programme) listing.programme = programme;
  const designated = el.attrs.designationDate ?? '';
  const earliest = actDates(el).sort()[0];
  if (ISO.test(designated)) listing.dateListed = designated;
  else if (earliest) listing.dateListed = earliest;
  const ref = el.attrs.euReferenceNumber;
  const acts = [...new Set(regs.map((r) => r.attrs.numberTitle).filter((t): t is string => !!t))];
  const citation = [ref ? `EU reference ${ref}` : '', ...acts.map((a) => `Regulation ${a}`)]
    .filter(Boolean)
    .join('; ');
  if (citation) listing.citation = citation;
  const url = first ? childrenNamed(first, 'publicationUrl')[0]?.text : undefined;
  if (url && /^https?:\/\//.test(url)) listing.sourceUrl = url.replace(/^http:/, 'https:');
  return listing;
}

function toRecord(el: XmlElement, file: string): SourceRecord | undefined {
  const names = namesOf(el);
  const primary = names[0];
  if (!primary) {
    const ref = el.attrs.euReferenceNumber ?? el.attrs.logicalId ?? '?';
    throw new SourceError(file, el.line, `sanctionEntity ${ref} has no name`);
  }
  const rec = newRecord(`${file}:${el.line}`, subjectKind(el, primary.text), primary.text);
  rec.names = [{ text: primary.text, type: 'legal' }, ...names.slice(1)];
  rec.countries = countriesOf(el);
  rec.listings.push(listingOf(el));
  return rec;
}

/**
 * Reads the EU consolidated financial sanctions list as the Commission publishes it (Financial Sanctions Files,
 * XML format 1.1: `<export generationDate>` holding one `<sanctionEntity>` per listed person or entity, with
 * `<regulation>`, `<subjectType>`, `<nameAlias>`, `<citizenship>` and `<address>` children). Every entry is under
 * an asset freeze (EU-FSF); the programme is the regime code (RUS, UKR, IRN, TERR …).
 */
export function parseEuFsfXml(text: string, file: string): SourceBatch {
  const root = parseXml(text, file);
  if (root.name !== 'export')
    throw new SourceError(file, root.line, `root is <${root.name}>, expected <export> (EU FSF XML)`);
  const records = childrenNamed(root, 'sanctionEntity')
    .map((el) => toRecord(el, file))
    .filter((r): r is SourceRecord => r !== undefined);
  const date = root.attrs.generationDate?.slice(0, 10);
  return {
    source: 'eu-fsf',
    records,
    licence:
      '© European Union; source: European Commission, Financial Sanctions Files; reuse under Decision 2011/833/EU',
    ...(date && ISO.test(date) ? { dataDate: date } : {}),
  };
}
