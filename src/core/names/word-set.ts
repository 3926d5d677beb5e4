// A set of words kept as one string with typed-array offsets and hash slots, not as a Set of strings: the word
// lists the name rules read (about 100,000 words) were as many live strings that every major garbage collection
// of the worker marks, for as long as the worker runs.
import type { Steps } from '../steps.ts';
import { hashText, slotTable } from '../hash-slots.ts';

export class WordSet {
  private readonly text: string;
  /** Where word i ends in `text` (word i starts where word i − 1 ends). */
  private readonly ends: Int32Array;
  /** Word index + 1 per slot, 0 for empty (see slotTable). */
  private readonly table: Int32Array;

  /** How many words the first n + 1 lists held. */
  readonly listEnds: readonly number[];

  constructor(
    text: string,
    ends: Int32Array,
    hashes: Int32Array,
    listEnds: readonly number[] = [ends.length],
  ) {
    this.text = text;
    this.listEnds = listEnds;
    this.ends = ends;
    this.table = slotTable(hashes);
  }

  get size(): number {
    return this.ends.length;
  }

  has(word: string): boolean {
    return this.indexOf(word) >= 0;
  }

  /** The word's position in the lists it was built from (the first, if listed twice), or −1. */
  indexOf(word: string): number {
    const mask = this.table.length - 1;
    for (let slot = hashText(word) & mask; this.table[slot] !== 0; slot = (slot + 1) & mask) {
      const i = (this.table[slot] as number) - 1;
      const start = i === 0 ? 0 : (this.ends[i - 1] as number);
      if ((this.ends[i] as number) - start === word.length && this.text.startsWith(word, start)) return i;
    }
    return -1;
  }
}

/** Front-coded chunks decoded between two pauses of wordSetSteps (about 1 ms). */
const CHUNKS_PER_STEP = 64;

/**
 * Decodes front-coded word lists (per word, one character, code 48 + n, for the prefix shared with the previous
 * word, then the rest; space-separated chunks; see scripts/gen-common-words.ts) into one set, in slices.
 */
export function* wordSetSteps(lists: readonly (readonly string[])[]): Steps<WordSet> {
  const pieces: string[] = [];
  let ends = new Int32Array(1024);
  let hashes = new Int32Array(1024);
  let count = 0;
  let at = 0;
  const listEnds: number[] = [];
  for (const chunks of lists) {
    let prev = '';
    for (let c = 0; c < chunks.length; c++) {
      let piece = '';
      for (const coded of (chunks[c] as string).split(' ')) {
        prev = prev.slice(0, coded.charCodeAt(0) - 48) + coded.slice(1);
        if (count === ends.length) {
          const e = new Int32Array(count * 2);
          e.set(ends);
          ends = e;
          const h = new Int32Array(count * 2);
          h.set(hashes);
          hashes = h;
        }
        at += prev.length;
        ends[count] = at;
        hashes[count] = hashText(prev);
        count += 1;
        piece += prev;
      }
      pieces.push(piece);
      if (c % CHUNKS_PER_STEP === CHUNKS_PER_STEP - 1) yield;
    }
    listEnds.push(count);
  }
  return new WordSet(pieces.join(''), ends.slice(0, count), hashes.slice(0, count), listEnds);
}
