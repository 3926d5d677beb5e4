// `compile-list --fetch`: downloads the official sources, hands them to the compiler like local files, and gates
// the compiled feed before it is written. A refusal exits 1 before anything is written, so whatever was published
// last stays published.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Feed } from '../core/list/format.ts';
import type { CompileSource } from '../core/list/compile.ts';
import { FetchConfigError, resolveFetchPlan } from '../core/publish/fetch-plan.ts';
import {
  checkFetched,
  decidePublish,
  summarizeFeed,
  type PublishVerdict,
  type SourceOutcome,
} from '../core/publish/publish-check.ts';
import { getAdapter } from '../core/sources/index.ts';
import { InputError, UsageError } from './cli-util.ts';
import { fetchSources, NODE_DEPS, type FetchDeps } from './fetch-sources.ts';
import { loadSources } from './load-sources.ts';

/** compile-list options added by --fetch (spread into its parseArgs options). */
export const FETCH_OPTIONS = {
  fetch: { type: 'boolean', default: false },
  'sources-config': { type: 'string' },
  'fetch-dir': { type: 'string' },
  'shrink-reason': { type: 'string' },
} as const;

export const FETCH_USAGE = `
  --fetch                download the official sources (CSL bulk file, OFAC SDN and non-SDN, UN, EU FSF, UK
                         Sanctions List) and compile them with any ADAPTER=PATH sources given; refuses (exit 1,
                         nothing written) when a download fails or a source shrinks implausibly against --previous
                         (the published feed)
  --sources-config FILE  JSON that changes the download plan: other URLs, a subset ("only"), limits, retries
  --fetch-dir DIR        keep the downloaded files here (default: a new temporary folder)
  --shrink-reason TEXT   publish a large shrink anyway; the reason is recorded in the feed (shrinkReason)`;

export interface FetchCliValues {
  'sources-config'?: string;
  'fetch-dir'?: string;
  'shrink-reason'?: string;
}

export interface FetchedForCompile {
  sources: CompileSource[];
  outcomes: SourceOutcome[];
}

function refuse(verdict: PublishVerdict): void {
  if (!verdict.publish)
    throw new InputError(
      `refusing to publish:\n  ${verdict.reasons.join('\n  ')}\nthe last published feed stays.`,
    );
}

function readPlan(path: string | undefined) {
  if (!path) return resolveFetchPlan();
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new UsageError(`--sources-config ${path}: ${(err as Error).message}`);
  }
  try {
    return resolveFetchPlan(json);
  } catch (err) {
    if (err instanceof FetchConfigError) throw new UsageError(`--sources-config ${path}: ${err.message}`);
    throw err;
  }
}

/** Downloads and loads the official sources; throws InputError naming every source that failed. */
export async function loadFetchedSources(
  values: FetchCliValues,
  now = new Date(),
  deps: FetchDeps = NODE_DEPS,
): Promise<FetchedForCompile> {
  const plan = readPlan(values['sources-config']);
  for (const s of plan.sources)
    if (!getAdapter(s.adapter)) throw new UsageError(`source ${s.id}: no list adapter "${s.adapter}"`);
  const keep = values['fetch-dir'];
  const dir = resolve(keep ?? mkdtempSync(join(tmpdir(), 'sl-fetch-')));
  try {
    const run = await fetchSources(plan, dir, now, deps);
    refuse(checkFetched(run.outcomes));
    // Provenance file names relative to the download folder ("us-ofac-sdn/sdn.csv"): the same on every run.
    const specs = run.sources.map((s) => ({
      adapter: s.adapter,
      paths: s.paths,
      id: s.id,
      dataDate: s.dataDate,
    }));
    return { sources: await loadSources(specs, dir), outcomes: run.outcomes };
  } finally {
    // The parsed sources live in memory from here on; a temporary download folder is not needed any more.
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The publish gate on the compiled feed: records `--shrink-reason` in it, then refuses (InputError) a feed that
 * lost a source or shrank implausibly against `previous`, the feed currently published.
 */
export function gateFetchedFeed(
  feed: Feed,
  previous: Feed | undefined,
  fetched: FetchedForCompile,
  values: FetchCliValues,
): void {
  const reason = values['shrink-reason']?.trim();
  if (reason) feed.shrinkReason = reason;
  const next = summarizeFeed(feed);
  refuse(
    decidePublish({
      fetched: fetched.outcomes,
      next,
      ...(previous ? { previous: summarizeFeed(previous) } : {}),
    }),
  );
}
