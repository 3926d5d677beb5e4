import { parseBisMieu } from './bis-mieu.ts';
import { parseCslCompact } from './csl-compact.ts';
import { parseCslOfficial } from './csl-official.ts';
import { parseFeedSource } from './feed-source.ts';
import { parseOfacLegacy } from './ofac-legacy.ts';
import { parseUnScXml } from './un-sc-xml.ts';
import { parseEuFsfXml } from './eu-fsf.ts';
import { parseEuJournalCsv } from './eu-journal.ts';
import { parseUkSanctionsCsv } from './uk-sanctions-list.ts';
import { parseOfsiConListCsv } from './uk-ofsi-conlist.ts';
import { parseWatchlistCsv } from './watchlist-csv.ts';
import { parseCuratedRestrictions } from './curated.ts';
import { parseDod1260h } from './dod-1260h.ts';
import { parseFccCovered } from './fcc-covered.ts';
import { parseLocalNames } from './local-names.ts';
import { parseNewsNames } from './news-names.ts';
import { parseNdaaList } from './ndaa.ts';
import type { SourceBatch, SourceInput } from './types.ts';

export type { SourceInput };

/** A source adapter: reads one or more files of one format into a batch of records. */
export interface SourceAdapter {
  id: string;
  describe: string;
  parse(inputs: SourceInput[]): SourceBatch;
}

function perFile(
  id: string,
  describe: string,
  parse: (text: string, file: string) => SourceBatch,
): SourceAdapter {
  return {
    id,
    describe,
    parse(inputs) {
      const batches = inputs.map((f) => parse(f.text, f.name));
      const dates = batches
        .map((b) => b.dataDate)
        .filter((d): d is string => d !== undefined)
        .sort();
      const first = batches[0];
      const batch: SourceBatch = { source: first?.source ?? id, records: batches.flatMap((b) => b.records) };
      if (dates.length > 0) batch.dataDate = dates[dates.length - 1];
      if (first?.licence) batch.licence = first.licence;
      const carried = batches.flatMap((b) => b.provenance ?? []);
      if (carried.length > 0) batch.provenance = carried;
      return batch;
    },
  };
}

/** Every adapter by id, as used on the compile-list command line (`id=path`). */
export const SOURCE_ADAPTERS: readonly SourceAdapter[] = [
  perFile('curated', 'curated restrictions.json (apps, brands, statuses)', parseCuratedRestrictions),
  perFile('local-names', 'curated local-names.json (Chinese names; adds names only)', parseLocalNames),
  perFile(
    'news-names',
    'curated news-names.json (news spellings, well-known short names; adds names only)',
    parseNewsNames,
  ),
  perFile('csl-compact', 'Consolidated Screening List, compact projection', parseCslCompact),
  perFile('dod-1260h', 'DoD Section 1260H list transcription CSV', parseDod1260h),
  perFile('fcc-covered', 'FCC Covered List table CSV', parseFccCovered),
  perFile('ndaa', 'NDAA section 154 / 1286 list CSV', parseNdaaList),
  perFile('bis-mieu', 'BIS Military-Intelligence End User transcription CSV', parseBisMieu),
  perFile('csl', 'Consolidated Screening List, official bulk JSON (consolidated.json)', parseCslOfficial),
  perFile('un-sc', 'UN Security Council consolidated list XML', parseUnScXml),
  perFile('eu-fsf', 'EU consolidated financial sanctions list, FSF XML 1.1', parseEuFsfXml),
  perFile(
    'eu-journal',
    'EU sanctions annexes transcribed from the Official Journal (CSV)',
    parseEuJournalCsv,
  ),
  perFile('uk-sl', 'UK Sanctions List CSV (FCDO)', parseUkSanctionsCsv),
  perFile('uk-conlist', 'OFSI Consolidated List CSV, 2022 format (closed January 2026)', parseOfsiConListCsv),
  perFile('watchlist', 'own watchlist CSV (name, aliases, note)', parseWatchlistCsv),
  perFile('feed', 'an existing feed.json (e.g. the published feed)', parseFeedSource),
  {
    id: 'ofac-sdn',
    describe: 'OFAC SDN legacy CSV set (sdn.csv + alt.csv, add.csv, sdn_comments.csv)',
    parse: (inputs) => parseOfacLegacy(inputs, true),
  },
  {
    id: 'ofac-nonsdn',
    describe: 'OFAC consolidated non-SDN legacy CSV set (cons_prim.csv + cons_alt/add/comments)',
    parse: (inputs) => parseOfacLegacy(inputs, false),
  },
];

/** The adapter with the given id, or undefined. */
export function getAdapter(id: string): SourceAdapter | undefined {
  return SOURCE_ADAPTERS.find((a) => a.id === id);
}
