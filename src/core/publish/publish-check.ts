// The last gate before a rebuilt feed replaces the published one: every source must have arrived, and nothing may
// have shrunk implausibly. When it says no, nothing is written and the last good feed stays published.
import type { Feed } from '../list/format.ts';
import { ALWAYS_OK_DROP, MAX_ROUTINE_DROP, checkShrink } from '../update/shrink.ts';

/** The parts of a feed the gate compares. */
export interface FeedSummary {
  version: number;
  entries: number;
  /** Records read per source id. */
  sources: { id: string; records: number }[];
  shrinkReason?: string;
}

/** How fetching one official source ended. */
export interface SourceOutcome {
  id: string;
  ok: boolean;
  /** Plain-words reason when not ok, e.g. "server answered 503 (3 attempts)". */
  reason?: string;
}

export interface PublishInput {
  fetched: SourceOutcome[];
  /** The feed currently published, when there is one. */
  previous?: FeedSummary;
  /** The feed just compiled. */
  next: FeedSummary;
}

export type PublishVerdict = { publish: true } | { publish: false; reasons: string[] };

/** Reduces a feed to what the publish gate compares. */
export function summarizeFeed(feed: Feed): FeedSummary {
  return {
    version: feed.version,
    entries: feed.entries.length,
    sources: feed.sources.map((s) => ({ id: s.id, records: s.records })),
    ...(feed.shrinkReason ? { shrinkReason: feed.shrinkReason } : {}),
  };
}

function percent(part: number, whole: number): string {
  return `${Math.round((part / whole) * 100)} %`;
}

function sourceShrinks(previous: FeedSummary, next: FeedSummary): string[] {
  const reasons: string[] = [];
  const nextById = new Map(next.sources.map((s) => [s.id, s.records]));
  for (const before of previous.sources) {
    const now = nextById.get(before.id);
    if (now === undefined) {
      reasons.push(
        `${before.id}: missing from the new build (the published feed has ${before.records} records)`,
      );
      continue;
    }
    const drop = before.records - now;
    if (drop > ALWAYS_OK_DROP && drop > before.records * MAX_ROUTINE_DROP)
      reasons.push(
        `${before.id}: ${now} records instead of ${before.records} (−${percent(drop, before.records)})`,
      );
  }
  return reasons;
}

/** The first gate, before compiling: every source must have downloaded. */
export function checkFetched(fetched: SourceOutcome[]): PublishVerdict {
  const reasons = fetched.filter((f) => !f.ok).map((f) => `${f.id}: ${f.reason ?? 'download failed'}`);
  return reasons.length === 0 ? { publish: true } : { publish: false, reasons };
}

/**
 * Decides whether `next` may be published. Refuses when any fetched source failed, when a fetched source has no
 * records, when the version is older than the published one, when a source is missing or lost more than 20 % (and
 * more than 10) of its records, or when the whole feed shrinks beyond what the extension itself accepts. A
 * non-blank `next.shrinkReason` (an operator's explanation, carried in the feed) lets shrinks through, never
 * failures. An equal version is a rebuild of unchanged data (the compiler keeps the version then): publishing it
 * again changes nothing.
 */
export function decidePublish(input: PublishInput): PublishVerdict {
  const { fetched, previous, next } = input;
  const first = checkFetched(fetched);
  const reasons = first.publish ? [] : first.reasons;
  for (const s of next.sources)
    if (s.records === 0 && fetched.some((f) => f.id === s.id))
      reasons.push(`${s.id}: no records in the file`);
  if (previous) {
    if (next.version < previous.version)
      reasons.push(`version ${next.version} is older than the published ${previous.version}`);
    const explained = (next.shrinkReason ?? '').trim().length > 0;
    if (!explained) reasons.push(...sourceShrinks(previous, next));
    const total = checkShrink(previous.entries, next.entries, next.shrinkReason);
    if (!total.ok) reasons.push(`feed: ${total.reason}`);
  }
  return reasons.length === 0 ? { publish: true } : { publish: false, reasons };
}
