// Re-validation of request bodies that arrive from content scripts and extension pages. Throws plain-words Errors.
import { countRuns } from '../shared/match-transfer.ts';

/** Most chunks and characters one 'page/match' may carry (a 5 MB page fits). */
export const MAX_CHUNKS = 20_000;
export const MAX_MATCH_CHARS = 8_000_000;

type Obj = Record<string, unknown>;

export function asObject(body: unknown): Obj {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new Error('request body must be an object');
  return body as Obj;
}

export function noBody(body: unknown): void {
  if (body !== undefined && body !== null) throw new Error('this request takes no body');
}

export function asString(v: unknown, what: string, max: number): string {
  if (typeof v !== 'string' || v.length > max)
    throw new Error(`${what} must be a string of at most ${max} characters`);
  return v;
}

/** A 'page/match' body: runs as an array, or packed into one string (answered with the hits of runs that have any). */
export function asMatchRequest(body: unknown): { chunks: string[] } | { text: string } {
  const { text } = asObject(body);
  if (text === undefined) return asChunks(body);
  if (countRuns(asString(text, 'text', MAX_MATCH_CHARS)) > MAX_CHUNKS)
    throw new Error(`text must hold at most ${MAX_CHUNKS} runs`);
  return { text: text as string };
}

export function asChunks(body: unknown): { chunks: string[] } {
  const { chunks } = asObject(body);
  if (!Array.isArray(chunks) || chunks.length > MAX_CHUNKS)
    throw new Error(`chunks must be an array of at most ${MAX_CHUNKS}`);
  let total = 0;
  for (const c of chunks) {
    if (typeof c !== 'string') throw new Error('every chunk must be a string');
    total += c.length;
  }
  if (total > MAX_MATCH_CHARS) throw new Error('too much text in one request');
  return { chunks: chunks as string[] };
}

export function asIds(body: unknown): { ids: string[] } {
  const { ids } = asObject(body);
  if (!Array.isArray(ids) || ids.length > 5000 || !ids.every((i) => typeof i === 'string' && i.length <= 300))
    throw new Error('ids must be an array of at most 5000 strings');
  return { ids: ids as string[] };
}

export function asHostname(body: unknown): { hostname: string } {
  const hostname = asString(asObject(body).hostname, 'hostname', 253).toLowerCase();
  if (!/^[a-z0-9.-]*$/.test(hostname)) throw new Error('hostname has characters a host name cannot have');
  return { hostname };
}

export function asCount(body: unknown): { count: number } {
  const { count } = asObject(body);
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > 1_000_000)
    throw new Error('count must be a whole number ≥ 0');
  return { count };
}

export function asQuery(body: unknown): { query: string; limit?: number } {
  const o = asObject(body);
  const query = asString(o.query, 'query', 500);
  if (o.limit === undefined) return { query };
  if (typeof o.limit !== 'number' || !Number.isInteger(o.limit) || o.limit < 1 || o.limit > 100)
    throw new Error('limit must be 1–100');
  return { query, limit: o.limit };
}

/** A 'content/locale' body: one of the two UI locales. */
export function asLocale(body: unknown): { locale: 'en' | 'zh_CN' } {
  const locale = asObject(body).locale;
  if (locale !== 'en' && locale !== 'zh_CN') throw new Error('locale must be "en" or "zh_CN"');
  return { locale };
}
