// One plain sentence per listing, ahead of the legal name, authority, date, status and citation: a reader learns
// what the listing does before the jargon (NS-CMIC, 1260H, PAFACA) that names it. The sentences live in the locale
// files (`plain_<LIST_ID>`, and `plainFamily_<family>` for lists this build does not know, such as an
// organisation's own); this module only chooses which one to show.
import type { ListDefinition, ListFamily, Listing, ListingStatus } from '../list/format.ts';

/** Looks up a message by key, filling `$1`…; the UI, the content script and the reports each pass their own. */
export type Translate = (key: string, ...subs: (string | number)[]) => string;

/** Lists with a sentence of their own in the locale files. */
export const PLAIN_LIST_IDS = [
  'AU-HOMEAFFAIRS-DEEPSEEK',
  'EU-FSF',
  'EU-RUS-EXPORT',
  'EU-RUS-SECTORAL',
  'IN-MEITY-69A',
  'IN-MOF-DEEPSEEK',
  'IT-GARANTE-DEEPSEEK',
  'TW-MODA-DEEPSEEK',
  'UK-SANCTIONS',
  'UN-SC',
  'US-BIS-DPL',
  'US-BIS-EL',
  'US-BIS-ICTS-KASPERSKY',
  'US-BIS-MEU',
  'US-BIS-MIEU',
  'US-BIS-UVL',
  'US-DDTC-DEBARRED',
  'US-DHS-UFLPA',
  'US-DOD-1260H',
  'US-EO13942',
  'US-EO13943',
  'US-EO13971',
  'US-FCC-COVERED',
  'US-MT-SB419',
  'US-NDAA19-1286',
  'US-NDAA19-889',
  'US-NDAA23-5949',
  'US-NDAA24-154',
  'US-NTGDA',
  'US-OFAC-CAPTA',
  'US-OFAC-CMIC',
  'US-OFAC-MBS',
  'US-OFAC-PLC',
  'US-OFAC-SDN',
  'US-OFAC-SSI',
  'US-PAFACA',
  'US-STATE-ISN',
] as const;

const KNOWN = new Set<string>(PLAIN_LIST_IDS);

/** Locale key of a list's own plain sentence (`US-BIS-EL` → `plain_US_BIS_EL`). */
export function plainListKey(listId: string): string {
  return `plain_${listId.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** Locale key of the fallback sentence for a family (`export-control` → `plainFamily_export_control`). */
export function plainFamilyKey(family: ListFamily): string {
  return `plainFamily_${family.replace(/-/g, '_')}`;
}

/** Locale key of a listing status name (`in_force` → `statusInForce`). */
export function statusKey(status: ListingStatus): string {
  return `status${status
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('')}`;
}

/** True for statuses under which a listing no longer (or not yet) binds anyone. */
export function isNotBinding(status: ListingStatus): boolean {
  return status === 'revoked' || status === 'removed' || status === 'enjoined';
}

/**
 * The plain sentence for one listing: the list's own sentence (else its family's), followed, when the listing was
 * revoked or removed, by a sentence saying it no longer applies and since when; when blocked by a court, that it
 * does not apply while the order stands.
 */
export function plainLine(listing: Listing, def: ListDefinition | undefined, t: Translate): string {
  const key = KNOWN.has(listing.list)
    ? plainListKey(listing.list)
    : plainFamilyKey(def?.family ?? 'watchlist');
  const line = t(key);
  if (!isNotBinding(listing.status)) return line;
  const status = t(statusKey(listing.status));
  if (listing.status === 'enjoined') return `${line} ${t('plainOnHold', status)}`;
  const tail = listing.statusDate
    ? t('plainNotBindingSince', status, listing.statusDate)
    : t('plainNotBinding', status);
  return `${line} ${tail}`;
}
