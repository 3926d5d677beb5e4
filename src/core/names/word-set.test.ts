import { expect, test } from 'vitest';
import { finishSteps } from '../steps.ts';
import { wordSetSteps } from './word-set.ts';
import { frontCodeWords } from '../../../scripts/gen-common-words-lib.ts';

/** Front-coded words in two chunks, as the generated word lists are. */
function frontCode(words: string[]): string[] {
  const coded = frontCodeWords(words);
  return [coded.slice(0, 3).join(' '), coded.slice(3).join(' ')];
}

test('a word set answers as a Set of its words, and tells which list a word came from', () => {
  const first = ['abc', 'abcd', 'abd', 'b', 'zebra', 'été'];
  const second = ['abce', 'ab', 'q', 'b'];
  const set = finishSteps(wordSetSteps([frontCode(first), frontCode(second)]));
  const all = new Set([...first, ...second]);
  for (const w of [...all, 'a', 'abcde', 'zebr', 'zebras', '', 'ete', 'B'])
    expect([w, set.has(w)]).toEqual([w, all.has(w)]);
  expect(set.listEnds).toEqual([first.length, first.length + second.length]);
  // A word on both lists is found at its first place.
  expect(set.indexOf('b')).toBe(first.indexOf('b'));
  expect(set.indexOf('ab')).toBe(first.length + 1);
});

test('thousands of words, many sharing hash slots, are all found', () => {
  const words = Array.from({ length: 5_000 }, (_, i) => `w${i.toString(36)}`).sort();
  const set = finishSteps(wordSetSteps([frontCode(words)]));
  expect(set.size).toBe(5_000);
  for (const w of words) expect(set.has(w)).toBe(true);
  expect(set.has('w')).toBe(false);
  expect(set.has('wzzzz')).toBe(false);
});
