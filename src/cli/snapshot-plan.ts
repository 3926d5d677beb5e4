import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EntryKind } from '../core/list/format.ts';
import { InputError } from './cli-util.ts';
import type { SourceSpec } from './load-sources.ts';

/** Where the shared data lives by default (a sibling of the repository). */
export const DEFAULT_DATA_DIR = '../shared/data';

/** Kinds the bundled snapshot keeps; persons, vessels and aircraft only when on one of SNAPSHOT_KEEP_ALL_ON. */
export const SNAPSHOT_KINDS: EntryKind[] = ['company', 'organization', 'app', 'product'];
/** Lists kept whole in the snapshot, whatever the kind of entry (the whole Entity List, MEU, UVL). */
export const SNAPSHOT_KEEP_ALL_ON = ['US-BIS-EL', 'US-BIS-MEU', 'US-BIS-UVL'];

/**
 * The sources of the bundled snapshot, in priority order (earlier sources name entries and win listing fields).
 * Data dates the files do not state come from each folder's PROVENANCE.md.
 */
export function snapshotPlan(dataDir: string): SourceSpec[] {
  if (!existsSync(join(dataDir, 'sources')) || !existsSync(join(dataDir, 'curated'))) {
    throw new InputError(
      `${dataDir}: shared data folder not found (expected sources/ and curated/). ` +
        'This command reads ../shared/data by default; pass --data DIR or give sources explicitly.',
    );
  }
  const s = (p: string): string => join(dataDir, 'sources', p);
  const c = (p: string): string => join(dataDir, 'curated', p);
  return [
    {
      adapter: 'curated',
      paths: [c('restrictions.json')],
      licence: 'curated from public sources (each record names its source)',
    },
    { adapter: 'dod-1260h', paths: [s('us-dod-1260h/sanctions.csv')] },
    { adapter: 'fcc-covered', paths: [s('us-fcc-covered-list/table.csv')] },
    {
      adapter: 'ndaa',
      paths: [
        s('us-ndaa-procurement-lists/section_154.csv'),
        s('us-ndaa-procurement-lists/section_1286.csv'),
      ],
    },
    { adapter: 'bis-mieu', paths: [s('us-bis-mieu/mieu.csv')] },
    {
      adapter: 'csl-compact',
      paths: [s('us-trade-csl/screening-list.json')],
      licence: 'public domain (US Government work)',
    },
    {
      adapter: 'ofac-nonsdn',
      paths: [s('us-ofac-consolidated-non-sdn')],
      // The files state no date; PROVENANCE.md gives the commit date of the copy.
      dataDate: '2025-12-19',
    },
    { adapter: 'un-sc', paths: [s('un-sc-consolidated/UN_consolidated.xml')], licence: 'UN public document' },
    {
      adapter: 'local-names',
      paths: [c('local-names.json')],
      licence: 'curated from public sources (each record names its source)',
    },
  ];
}
