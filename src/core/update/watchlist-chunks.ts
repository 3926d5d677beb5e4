// A watchlist's entries stored as JSON text in slices. Storing 20,000 entries as objects makes the browser clone
// them all in one task, on write and on every read (about 0.6 s for a 5 MB watchlist on a loaded machine, while
// page matching waits); text is copied, not walked, and each slice is encoded or decoded between two pauses.
import type { Entry } from '../list/format.ts';
import type { Steps } from '../steps.ts';

/** Entries per stored slice (about 250 KB of JSON for rows with long notes). */
export const ENTRIES_PER_CHUNK = 1_000;

/** Encodes entries as JSON texts of ENTRIES_PER_CHUNK entries each, yielding after each. */
export function* encodeEntryChunks(entries: readonly Entry[]): Steps<string[]> {
  const out: string[] = [];
  for (let at = 0; at < entries.length; at += ENTRIES_PER_CHUNK) {
    out.push(JSON.stringify(entries.slice(at, at + ENTRIES_PER_CHUNK)));
    yield;
  }
  return out;
}

/**
 * Decodes what encodeEntryChunks made, yielding after each slice. Throws when a slice is not a JSON array of
 * objects with a string id (a damaged record), so a caller never works with half a watchlist unknowingly.
 */
export function* decodeEntryChunks(chunks: readonly unknown[]): Steps<Entry[]> {
  const out: Entry[] = [];
  for (const text of chunks) {
    if (typeof text !== 'string') throw new Error('stored watchlist slice is not text');
    const part: unknown = JSON.parse(text);
    if (!Array.isArray(part)) throw new Error('stored watchlist slice is not a list');
    for (const e of part as unknown[]) {
      if (!e || typeof e !== 'object' || typeof (e as Entry).id !== 'string')
        throw new Error('stored watchlist slice holds something other than entries');
      out.push(e as Entry);
    }
    yield;
  }
  return out;
}
