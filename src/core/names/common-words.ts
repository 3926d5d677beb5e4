// Placeholder, replaced by a generated frequency list.
const WORDS = new Set(['best', 'card', 'cherry', 'justice', 'stream', 'apple', 'amazon', 'axis', 'aztec']);

/** True when a folded single word is an everyday English word (so a name made of it alone is weak). */
export function isCommonWord(word: string): boolean {
  return WORDS.has(word);
}
