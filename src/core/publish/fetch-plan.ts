// Which official files the feed builder downloads, from where, with which limits; and how a `--sources-config`
// JSON file changes that (another host or mirror, a subset of sources, tighter limits, an organisation's own list).
import { checkListUrl } from '../update/url-rules.ts';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-plan.ts';
import { isPlainObject, isStringArray } from '../guards.ts';
import { SOURCE_PLAN } from '../sources/source-plan.ts';

/** One file of a source: the local file name the list adapters expect, and where to download it. */
export interface SourceFileSpec {
  name: string;
  url: string;
}

export interface FetchSourceSpec {
  /** Source id, as in the feed's provenance, e.g. `us-trade-csl`. */
  id: string;
  /** Id of the list adapter that reads the files (as on the compile-list command line). */
  adapter: string;
  files: SourceFileSpec[];
  /** Size cap per file. */
  maxBytes: number;
  /** Time limit per attempt, for the whole file. */
  timeoutMs: number;
}

export interface FetchPlan {
  sources: FetchSourceSpec[];
  retry: RetryPolicy;
}

/**
 * The official publication points of the lists the compiler reads (see each source's PROVENANCE.md): the sources
 * of core/sources/source-plan.ts that have a download. Lists published only as PDF or web pages (DoD 1260H, FCC
 * Covered List, NDAA lists) and the curated files are local inputs instead.
 */
export const OFFICIAL_SOURCES: readonly FetchSourceSpec[] = SOURCE_PLAN.flatMap((s) =>
  s.download ? [{ id: s.id, ...s.download }] : [],
);

/** A `--sources-config` file that does not make sense; the message says where and why. */
export class FetchConfigError extends Error {
  override readonly name = 'FetchConfigError';
}

const isObj = isPlainObject;

function positive(v: unknown, where: string, fallback: number): number {
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0)
    throw new FetchConfigError(`${where}: not a positive number`);
  return v;
}

function checkUrl(raw: unknown, where: string): string {
  if (typeof raw !== 'string') throw new FetchConfigError(`${where}: not a URL string`);
  const verdict = checkListUrl(raw);
  if (!verdict.ok) throw new FetchConfigError(`${where}: ${verdict.reason}`);
  return verdict.url;
}

function overrideSource(id: string, raw: unknown, base: FetchSourceSpec | undefined): FetchSourceSpec {
  const where = `sources.${id}`;
  if (!isObj(raw)) throw new FetchConfigError(`${where}: not an object`);
  // Given files replace the source's whole file list, so a test or mirror never mixes in an official host.
  let files = base?.files ?? [];
  if (raw.files !== undefined) {
    if (!isObj(raw.files)) throw new FetchConfigError(`${where}.files: not an object of file name → URL`);
    files = Object.entries(raw.files).map(([name, url]) => {
      if (!/^[\w.-]+$/.test(name) || name.startsWith('.'))
        throw new FetchConfigError(`${where}.files: "${name}" is not a plain file name`);
      return { name, url: checkUrl(url, `${where}.files.${name}`) };
    });
  }
  if (files.length === 0) throw new FetchConfigError(`${where}: no files to download`);
  const adapter = raw.adapter ?? base?.adapter;
  if (typeof adapter !== 'string' || !adapter)
    throw new FetchConfigError(`${where}.adapter: missing (which list format?)`);
  return {
    id,
    adapter,
    files,
    maxBytes: positive(raw.maxBytes, `${where}.maxBytes`, base?.maxBytes ?? 50 * 1_048_576),
    timeoutMs: positive(raw.timeoutMs, `${where}.timeoutMs`, base?.timeoutMs ?? 120_000),
  };
}

/**
 * Resolves the download plan: the official sources, changed by `config` when given. `config.sources` maps a source
 * id to `{adapter?, files?: {name: url}, maxBytes?, timeoutMs?}` (given files replace all of the source's files; an unknown
 * id adds a source and must name its adapter and files);
 * `config.only` limits the run to some ids; `config.retry` changes the retry policy. URLs must be HTTPS (plain HTTP
 * only on 127.0.0.1/localhost). Throws FetchConfigError naming the bad field.
 */
export function resolveFetchPlan(config?: unknown): FetchPlan {
  if (config === undefined)
    return { sources: OFFICIAL_SOURCES.map((s) => ({ ...s })), retry: DEFAULT_RETRY_POLICY };
  if (!isObj(config)) throw new FetchConfigError('sources config: not a JSON object');
  const byId = new Map(OFFICIAL_SOURCES.map((s) => [s.id, { ...s }]));
  const overrides = config.sources ?? {};
  if (!isObj(overrides)) throw new FetchConfigError('sources: not an object of source id → settings');
  for (const [id, raw] of Object.entries(overrides)) byId.set(id, overrideSource(id, raw, byId.get(id)));
  let sources = [...byId.values()];
  if (config.only !== undefined) {
    if (!isStringArray(config.only)) throw new FetchConfigError('only: not a list of source ids');
    const unknown = config.only.filter((id) => !byId.has(id));
    if (unknown.length) throw new FetchConfigError(`only: unknown source ${unknown.join(', ')}`);
    const only = config.only;
    sources = sources.filter((s) => only.includes(s.id));
  }
  const r = config.retry === undefined ? {} : config.retry;
  if (!isObj(r)) throw new FetchConfigError('retry: not an object');
  const retry: RetryPolicy = {
    attempts: Math.floor(positive(r.attempts, 'retry.attempts', DEFAULT_RETRY_POLICY.attempts)),
    baseDelayMs: positive(r.baseDelayMs, 'retry.baseDelayMs', DEFAULT_RETRY_POLICY.baseDelayMs),
    maxDelayMs: positive(r.maxDelayMs, 'retry.maxDelayMs', DEFAULT_RETRY_POLICY.maxDelayMs),
  };
  return { sources, retry };
}
