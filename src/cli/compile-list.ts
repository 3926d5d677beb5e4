import { resolve } from 'node:path';
import { compileFeed, type CompileReport } from '../core/list/compile.ts';
import { serializeFeed } from '../core/list/serialize.ts';
import { validateFeed } from '../core/feed/validate-feed.ts';
import { assertUserText } from '../core/list/user-text.ts';
import { parseCli, runIfScript, type Command, UsageError, writeAtomic } from './cli-util.ts';
import { loadSources, parseSourceSpec, type SourceSpec } from './load-sources.ts';
import { readPrevious } from './bundled-snapshot.ts';
import { FETCH_OPTIONS, FETCH_USAGE, gateFetchedFeed, loadFetchedSources } from './fetch-for-compile.ts';
import { DEFAULT_DATA_DIR, SNAPSHOT_KEEP_ALL_ON, SNAPSHOT_KINDS, snapshotPlan } from './snapshot-plan.ts';

const USAGE = `Usage: npm run compile-list -- [options] [ADAPTER=PATH[,PATH…] …]

Compiles restriction lists into one feed (JSON). Without sources, builds the bundled snapshot from the shared
data folder (--data, default ${DEFAULT_DATA_DIR}).

Options:
  --out FILE        where to write the feed (default public/lists/snapshot.json)
  --data DIR        shared data folder for the default sources
  --report FILE     write the merge report (JSON) here
  --previous FILE   earlier feed: keeps entry ids and makes the version increase (default, except with
                    --fetch: the bundled snapshot, so the output is never older than what a fresh install has)
  --all-kinds       keep persons, vessels and aircraft everywhere (default: only on EL, MEU, UVL)
  --generated ISO   timestamp to record as "generated" (default: data date, for reproducible output)${FETCH_USAGE}`;

function summary(report: CompileReport, entries: number, ms: number): string {
  return [
    `${entries} entries compiled in ${ms} ms`,
    `${report.merged.length} entries merged from several sources`,
    `${report.undecided.length} undecided cases, ${report.unmatched.length} unmatched names`,
    `dropped by kind: ${JSON.stringify(report.dropped)}`,
  ].join('\n');
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseCli(
    argv,
    {
      out: { type: 'string', default: 'public/lists/snapshot.json' },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      report: { type: 'string' },
      previous: { type: 'string' },
      'all-kinds': { type: 'boolean', default: false },
      generated: { type: 'string' },
      ...FETCH_OPTIONS,
    },
    true,
  );
  if (values.generated !== undefined && Number.isNaN(Date.parse(values.generated))) {
    throw new UsageError(`--generated "${values.generated}" is not an ISO timestamp`);
  }
  const started = Date.now();
  const fetched = values.fetch ? await loadFetchedSources(values) : undefined;
  const local = positionals.length > 0 || fetched !== undefined;
  const specs: SourceSpec[] = local ? positionals.map(parseSourceSpec) : snapshotPlan(values.data);
  const sources = [
    ...(await loadSources(specs, resolve(local ? '.' : values.data))),
    ...(fetched?.sources ?? []),
  ];
  // The fetch gate compares against the feed actually published, so it never falls back to the snapshot.
  const previous = readPrevious(values.previous, !fetched);
  const defaultKinds = (positionals.length === 0 || values.fetch) && !values['all-kinds'];
  const { feed, report } = compileFeed(sources, {
    ...(defaultKinds ? { kinds: SNAPSHOT_KINDS, keepAllKindsOn: SNAPSHOT_KEEP_ALL_ON } : {}),
    ...(previous ? { previous } : {}),
    ...(values.generated ? { generated: values.generated } : {}),
    builtAt: Date.now(),
  });
  if (fetched) gateFetchedFeed(feed, previous, fetched, values);
  assertUserText(feed);
  const text = serializeFeed(feed);
  validateFeed(JSON.parse(text));
  writeAtomic(values.out, text);
  if (values.report) writeAtomic(values.report, JSON.stringify(report, null, 1) + '\n');
  process.stderr.write(
    `${summary(report, feed.entries.length, Date.now() - started)}\nwrote ${values.out} (${text.length} bytes, version ${feed.version})\n`,
  );
}

/** The command, for in-process use (tests). */
export const command: Command = { usage: USAGE, main };

await runIfScript(import.meta.url, command);
