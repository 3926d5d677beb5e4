import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntryKind } from '../core/list/format.ts';
import { InputError } from './cli-util.ts';
import type { SourceSpec } from './load-sources.ts';
import { LOCAL_INPUT_DIR, SOURCE_PLAN } from '../core/sources/source-plan.ts';

/** The repository's feed/inputs folder, where sources kept only in the repository live (news-names.json). */
const REPO_INPUTS = fileURLToPath(new URL(`../../${LOCAL_INPUT_DIR}/`, import.meta.url));

/** Where the shared data lives by default (a sibling of the repository). */
export const DEFAULT_DATA_DIR = '../shared/data';

/** Kinds the bundled snapshot keeps; persons, vessels and aircraft only when on one of SNAPSHOT_KEEP_ALL_ON. */
export const SNAPSHOT_KINDS: EntryKind[] = ['company', 'organization', 'app', 'product'];
/** Lists kept whole in the snapshot, whatever the kind of entry (the whole Entity List, MEU, UVL). */
export const SNAPSHOT_KEEP_ALL_ON = ['US-BIS-EL', 'US-BIS-MEU', 'US-BIS-UVL'];

/**
 * The sources of the bundled snapshot (those of core/sources/source-plan.ts with a `snapshot` part), in priority
 * order, with paths under `dataDir` (under the repository's feed/inputs for sources kept only there).
 */
export function snapshotPlan(dataDir: string): SourceSpec[] {
  if (!existsSync(join(dataDir, 'sources')) || !existsSync(join(dataDir, 'curated'))) {
    throw new InputError(
      `${dataDir}: shared data folder not found (expected sources/ and curated/). ` +
        'This command reads ../shared/data by default; pass --data DIR or give sources explicitly.',
    );
  }
  return SOURCE_PLAN.flatMap(({ snapshot: s, repositoryOnly }) =>
    s ? [{ ...s, paths: s.paths.map((p) => join(repositoryOnly ? REPO_INPUTS : dataDir, p)) }] : [],
  );
}
