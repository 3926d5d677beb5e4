import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from './cli-util.ts';
import type { SourceSpec } from './load-sources.ts';
import { LOCAL_INPUT_DIR, SOURCE_PLAN } from '../core/sources/source-plan.ts';

/** Where the shared data lives by default (a sibling of the repository). */
export const DEFAULT_DATA_DIR = '../shared/data';

export { SNAPSHOT_KINDS, SNAPSHOT_KEEP_ALL_ON } from '../core/list/snapshot-kinds.ts';

/**
 * The sources of the bundled snapshot (those of core/sources/source-plan.ts with a `snapshot` part), in priority
 * order, with paths under `dataDir`.
 */
export function snapshotPlan(dataDir: string): SourceSpec[] {
  if (!existsSync(join(dataDir, 'sources')) || !existsSync(join(dataDir, 'curated'))) {
    throw new InputError(
      `${dataDir}: shared data folder not found (expected sources/ and curated/). ` +
        'This command reads ../shared/data by default; pass --data DIR or give sources explicitly.',
    );
  }
  return SOURCE_PLAN.flatMap(({ snapshot: s }) => {
    if (!s) return [];
    const { inRepository, ...spec } = s;
    // The project's own files live in the repository (feed/inputs/), not in the shared data folder.
    const base = inRepository ? resolve(LOCAL_INPUT_DIR) : dataDir;
    return [{ ...spec, paths: s.paths.map((p) => join(base, p)) }];
  });
}
