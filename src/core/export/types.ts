import type { Entry, ListDefinition, ListingStatus } from '../list/format.ts';
import type { Confidence } from '../match/types.ts';

/** One mention on the page (same shape as the content script's PageHit). */
export interface EvidenceHit {
  entityId: string;
  text: string;
  confidence: Confidence;
  /** Text around the mention, as read from the page. */
  context: string;
}

/** Everything an evidence report records. All strings are untrusted (page text, list data). */
export interface EvidenceInput {
  page: { url: string; title: string; hostname: string };
  /** ISO timestamp of the capture. */
  capturedAt: string;
  extension: { name: string; version: string };
  list: { version: number; dataDate: string; feedHash: string };
  hits: EvidenceHit[];
  /** The site itself belongs to a listed entity (the banner's finding); its entry is among `entities`. */
  site?: { entityId: string } | null;
  entities: Entry[];
  lists: ListDefinition[];
  /** Language of the list texts (list names, meanings): `zh` uses a list's Chinese texts where it has them. */
  language?: 'en' | 'zh';
}

/** Text of the HTML report's fixed wording, so the UI can pass it in the user's language. */
export interface ReportLabels {
  title: string;
  page: string;
  pageTitle: string;
  capturedAt: string;
  extension: string;
  listVersion: string;
  dataDate: string;
  /** Row label for the data's age in whole days at capture time. */
  dataAgeDays: string;
  feedHash: string;
  summary: string;
  entity: string;
  mentions: string;
  confidence: string;
  listings: string;
  list: string;
  authority: string;
  programme: string;
  dateListed: string;
  status: string;
  citation: string;
  licencePolicy: string;
  source: string;
  meaning: string;
  matchedText: string;
  context: string;
  noHits: string;
  footer: string;
  /** "This site belongs to $1, which is on a government restriction list." */
  siteFinding: string;
  siteHeading: string;
  plain: string;
  statusNames: Record<ListingStatus, string>;
  confidenceNames: Record<Confidence, string>;
}

/** English wording of the HTML report. */
export const DEFAULT_REPORT_LABELS: ReportLabels = {
  title: 'Sanctions Lens evidence report',
  page: 'Page',
  pageTitle: 'Title',
  capturedAt: 'Captured at',
  extension: 'Extension',
  listVersion: 'List version',
  dataDate: 'Data date',
  dataAgeDays: 'Data age (days)',
  feedHash: 'Feed SHA-256',
  summary: 'Flagged names',
  entity: 'Entity',
  mentions: 'Mentions',
  confidence: 'Confidence',
  listings: 'Listings',
  list: 'List',
  authority: 'Authority',
  programme: 'Programme',
  dateListed: 'Date listed',
  status: 'Status',
  citation: 'Citation',
  licencePolicy: 'Licence policy',
  source: 'Official source',
  meaning: 'What it means for a buyer',
  matchedText: 'Text on the page',
  context: 'Surrounding text',
  noHits: 'No restricted names were flagged on this page.',
  footer: 'Generated locally by the browser extension. Check each listing against its official source.',
  siteFinding: 'This site belongs to $1, which is on a government restriction list.',
  siteHeading: 'This site',
  plain: 'In plain words',
  statusNames: {
    in_force: 'In force',
    revoked: 'Revoked',
    enjoined: 'Blocked by a court',
    removed: 'Removed',
    pending: 'Not yet in force',
    unclear: 'Status unclear',
  },
  confidenceNames: { confirmed: 'Confirmed', likely: 'Likely', possible: 'Possible' },
};
