// The one source plan: every list source the project compiles, and for each whether it goes into the bundled
// snapshot (read from the shared data folder), into the published feed as a local input kept in the repository
// (feed/local-sources.txt is generated from this), or into the published feed as an official file downloaded by
// `compile-list --fetch` (core/publish/fetch-plan.ts). Order is merge priority: earlier sources name entries and
// win listing fields.

/** Bytes in a mebibyte, for download caps. */
const MB = 1_048_576;
const OFAC = 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/';

export interface PlannedFile {
  /** Local file name the adapter expects. */
  name: string;
  url: string;
}

export interface PlannedSource {
  /** Source id, as in the feed's provenance and the data folder's sources/<id>. */
  id: string;
  /**
   * In the bundled snapshot: adapter id and paths relative to the shared data folder, or to the repository's
   * feed/inputs/ when `inRepository` (the project's own curated files, which the shared folder does not hold).
   */
  snapshot?: {
    adapter: string;
    paths: string[];
    licence?: string;
    dataDate?: string;
    inRepository?: boolean;
  };
  /** In the published feed as a repository file: the same paths under feed/inputs/. */
  localInput?: boolean;
  /** In the published feed as an official download. */
  download?: { adapter: string; files: PlannedFile[]; maxBytes: number; timeoutMs: number };
}

const CURATED_LICENCE = 'curated from public sources (each record names its source)';
const ofacFiles = (names: string[]): PlannedFile[] =>
  names.map((n) => ({ name: n.toLowerCase(), url: OFAC + n }));

export const SOURCE_PLAN: readonly PlannedSource[] = [
  {
    id: 'curated',
    snapshot: { adapter: 'curated', paths: ['curated/restrictions.json'], licence: CURATED_LICENCE },
    localInput: true,
  },
  {
    id: 'us-dod-1260h',
    snapshot: { adapter: 'dod-1260h', paths: ['sources/us-dod-1260h/sanctions.csv'] },
    localInput: true,
  },
  {
    id: 'us-fcc-covered-list',
    snapshot: { adapter: 'fcc-covered', paths: ['sources/us-fcc-covered-list/table.csv'] },
    localInput: true,
  },
  {
    id: 'us-ndaa-procurement-lists',
    snapshot: {
      adapter: 'ndaa',
      paths: [
        'sources/us-ndaa-procurement-lists/section_154.csv',
        'sources/us-ndaa-procurement-lists/section_1286.csv',
      ],
    },
    localInput: true,
  },
  { id: 'us-bis-mieu', snapshot: { adapter: 'bis-mieu', paths: ['sources/us-bis-mieu/mieu.csv'] } },
  {
    id: 'us-trade-csl',
    snapshot: {
      adapter: 'csl-compact',
      paths: ['sources/us-trade-csl/screening-list.json'],
      licence: 'public domain (US Government work)',
    },
    download: {
      adapter: 'csl',
      files: [
        {
          name: 'consolidated.json',
          url: 'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.json',
        },
      ],
      maxBytes: 300 * MB,
      timeoutMs: 180_000,
    },
  },
  {
    id: 'us-ofac-sdn',
    download: {
      adapter: 'ofac-sdn',
      files: ofacFiles(['SDN.CSV', 'ADD.CSV', 'ALT.CSV', 'SDN_COMMENTS.CSV']),
      maxBytes: 100 * MB,
      timeoutMs: 120_000,
    },
  },
  {
    id: 'us-ofac-consolidated-non-sdn',
    snapshot: {
      adapter: 'ofac-nonsdn',
      paths: ['sources/us-ofac-consolidated-non-sdn'],
      // The files state no date; PROVENANCE.md gives the commit date of the copy.
      dataDate: '2025-12-19',
    },
    download: {
      adapter: 'ofac-nonsdn',
      files: ofacFiles(['CONS_PRIM.CSV', 'CONS_ADD.CSV', 'CONS_ALT.CSV', 'CONS_COMMENTS.CSV']),
      maxBytes: 50 * MB,
      timeoutMs: 120_000,
    },
  },
  {
    id: 'un-sc-consolidated',
    snapshot: {
      adapter: 'un-sc',
      paths: ['sources/un-sc-consolidated/UN_consolidated.xml'],
      licence: 'UN public document',
    },
    download: {
      adapter: 'un-sc',
      files: [
        { name: 'consolidated.xml', url: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml' },
      ],
      maxBytes: 50 * MB,
      timeoutMs: 120_000,
    },
  },
  {
    id: 'eu-journal-sanctions',
    snapshot: {
      adapter: 'eu-journal',
      paths: ['32014R0833.csv', '32014R0269.csv', '32020R1998.csv'].map(
        (f) => `sources/eu-journal-sanctions/${f}`,
      ),
      // The files state no date; PROVENANCE.md gives the date of the copy.
      dataDate: '2026-08-14',
    },
  },
  {
    // OFSI's consolidated list as of 10 April 2025 (the list closed in January 2026; entity and ship rows only), kept
    // in the repository for the bundled snapshot until a copy of the UK Sanctions List is at hand. The published feed
    // reads the UK Sanctions List itself (`uk-sanctions-list` below), so this file is not one of its local inputs.
    id: 'uk-ofsi-conlist',
    snapshot: {
      adapter: 'uk-conlist',
      paths: ['sources/uk-ofsi-conlist/ConList.csv'],
      licence: 'Open Government Licence v3.0',
      inRepository: true,
    },
  },
  {
    // The Commission's Financial Sanctions Files; the token is the fixed public one given on the FSF page.
    id: 'eu-fsf',
    download: {
      adapter: 'eu-fsf',
      files: [
        {
          name: 'eu-fsf.xml',
          url: 'https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw',
        },
      ],
      maxBytes: 150 * MB,
      timeoutMs: 180_000,
    },
  },
  {
    id: 'uk-sanctions-list',
    download: {
      adapter: 'uk-sl',
      files: [
        {
          name: 'uk-sanctions-list.csv',
          url: 'https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.csv',
        },
      ],
      maxBytes: 200 * MB,
      timeoutMs: 180_000,
    },
  },
  {
    // The project's review of the curated app bans (statuses, one-line meanings) and UFLPA additions.
    id: 'project-review',
    snapshot: {
      adapter: 'curated',
      paths: ['curated/project-review.json'],
      licence: 'compiled from public sources (each record names its source)',
      inRepository: true,
    },
    localInput: true,
  },
  {
    id: 'local-names',
    snapshot: { adapter: 'local-names', paths: ['curated/local-names.json'], licence: CURATED_LICENCE },
    localInput: true,
  },
  {
    // The project's additional Chinese names, each with the page that pairs it with the listing.
    id: 'project-local-names',
    snapshot: {
      adapter: 'local-names',
      paths: ['curated/project-local-names.json'],
      licence: 'compiled from public sources (each entry names its page)',
      inRepository: true,
    },
    localInput: true,
  },
  {
    // News spellings of prominent parties and well-known short names, curated for this project with a source each.
    id: 'news-names',
    snapshot: {
      adapter: 'news-names',
      paths: ['curated/news-names.json'],
      licence: 'curated for this project from public sources (source_url per entry)',
      inRepository: true,
    },
    localInput: true,
  },
];

/** Adapters that read an organisation's own inputs rather than a list the project compiles, and why. */
export const ADAPTERS_OUTSIDE_PLAN: Readonly<Record<string, string>> = {
  watchlist: "an organisation's own watchlist CSV, given on the command line",
  feed: 'an existing feed.json, read to carry its entries forward',
};

/** Folder of the repository's local feed inputs; holds the same layout as the shared data folder. */
export const LOCAL_INPUT_DIR = 'feed/inputs';

/** The text of feed/local-sources.txt: one ADAPTER=PATH[,PATH…] line per local input, in plan order. */
export function localSourcesText(): string {
  const header = [
    '# Generated from src/core/sources/source-plan.ts (`npm run -s source-plan > feed/local-sources.txt`); edit the',
    '# plan, not this file. Local inputs of the published feed: one ADAPTER=PATH[,PATH…] per line (paths from the',
    '# repository root), compiled by `npm run compile-list -- --fetch` together with the official files it downloads.',
    '# These lists have no machine-readable official publication (or none we can read), so they are kept here and',
    '# updated by pull request. Order is merge priority, as for the bundled snapshot.',
  ];
  const lines = SOURCE_PLAN.flatMap((s) =>
    s.localInput && s.snapshot
      ? [`${s.snapshot.adapter}=${s.snapshot.paths.map((p) => `${LOCAL_INPUT_DIR}/${p}`).join(',')}`]
      : [],
  );
  return `${[...header, ...lines].join('\n')}\n`;
}

/**
 * The official file of a planned download with one file (its local name and address). Direct mode reads the same
 * addresses as `compile-list --fetch`, so they are written once, in SOURCE_PLAN. Throws for an id without one.
 */
export function officialFile(id: string): PlannedFile {
  const files = SOURCE_PLAN.find((s) => s.id === id)?.download?.files ?? [];
  const file = files[0];
  if (!file || files.length !== 1) throw new Error(`${id}: no single official file in the source plan`);
  return file;
}
