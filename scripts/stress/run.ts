// The stress suite's parts in one call, for `npm run stress` and for the unit test that runs the CI size.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feed } from '../../src/core/list/format.ts';
import { buildMatchIndex } from '../../src/core/match/index.ts';
import { runMatcherFuzz, type FuzzReport } from './matcher-fuzz.ts';
import { runFaultStress, type FaultOptions, type FaultReport } from './faults.ts';
import {
  hostileFeeds,
  hostileSettings,
  hostileSources,
  hostileUrls,
  hostileWatchlists,
  type HostileReport,
} from './hostile.ts';

export interface StressSize {
  name: 'ci' | 'full';
  fuzzCases: number;
  bigChars: number;
  faults: FaultOptions;
}

/** CI runs in well under 30 s on a loaded 2-core machine; full is the size the suite is judged at. */
export const SIZES: Record<StressSize['name'], StressSize> = {
  ci: {
    name: 'ci',
    fuzzCases: 1_500,
    bigChars: 50_000,
    faults: { stride: 8, kinds: ['abort'], spans: [1, Number.POSITIVE_INFINITY] },
  },
  full: {
    name: 'full',
    fuzzCases: 100_000,
    bigChars: 1_000_000,
    faults: { stride: 1, kinds: ['throw', 'abort'], spans: [1, 3, Number.POSITIVE_INFINITY] },
  },
};

export interface StressReport {
  size: StressSize['name'];
  fuzz: FuzzReport;
  hostile: HostileReport[];
  faults: FaultReport;
}

const SNAPSHOT = resolve(import.meta.dirname, '../../public/lists/snapshot.json');

export function loadSnapshot(): Feed {
  return JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Feed;
}

export async function runStress(size: StressSize, now = Date.now()): Promise<StressReport> {
  const feed = loadSnapshot();
  const idx = buildMatchIndex(feed.entries);
  const fuzz = runMatcherFuzz(idx, feed.entries, {
    cases: size.fuzzCases,
    bigChars: size.bigChars,
    seed: 13,
  });
  const small: Feed = { ...feed, entries: feed.entries.slice(0, 50) };
  const hostile = [
    hostileFeeds(small, now),
    hostileSettings(),
    hostileWatchlists(),
    hostileUrls(),
    hostileSources(),
  ];
  const faults = await runFaultStress(size.faults);
  return { size: size.name, fuzz, hostile, faults };
}
