// Watchlist entries kept as JSON text, not as objects. 20,000 entries as objects are about 340,000 live heap objects
// (each entry, its name, country, domain, parent and listing arrays, name and listing objects, strings) that every
// major garbage collection marks and moves: on a loaded machine its final pause, near the end of an import's index
// build, held page matching for 50–100 ms. As text they are a few dozen strings and typed arrays; an entry is
// decoded when it is needed (a slice of the index build, a hit shown in a tab) and dropped right after.
import type { Entry } from '../list/format.ts';
import type { EntryList } from '../match/build-index.ts';
import { ENTRIES_PER_CHUNK } from './watchlist-chunks.ts';
import { hashText, slotTable } from '../hash-slots.ts';

/** Entries as text: one string per ENTRIES_PER_CHUNK entries (their JSON joined by commas), offsets and id hashes. */
export class PackedEntries implements EntryList {
  /** Id lookup (open addressing over `hashes`): entry position + 1 per slot, 0 for empty; made on first use. */
  private table: Int32Array | null = null;
  private readonly texts: readonly string[];
  /** Where entry i ends in its chunk's text. */
  private readonly ends: Int32Array;
  private readonly hashes: Int32Array;

  constructor(texts: readonly string[], ends: Int32Array, hashes: Int32Array) {
    this.texts = texts;
    this.ends = ends;
    this.hashes = hashes;
  }

  get length(): number {
    return this.ends.length;
  }

  /** Entry i's JSON text. */
  textAt(i: number): string {
    const at = i % ENTRIES_PER_CHUNK;
    const start = at === 0 ? 0 : (this.ends[i - 1] as number) + 1;
    return (this.texts[(i - at) / ENTRIES_PER_CHUNK] as string).slice(start, this.ends[i]);
  }

  /** The hash of entry i's id. */
  hashAt(i: number): number {
    return this.hashes[i] as number;
  }

  /** Entry i, decoded (a new object each time). */
  at(i: number): Entry {
    return JSON.parse(this.textAt(i)) as Entry;
  }

  /** Entries start to end (exclusive) decoded, as Array.prototype.slice takes its bounds. */
  slice(start = 0, end = this.length): Entry[] {
    const from = Math.max(0, start < 0 ? this.length + start : start);
    const to = Math.min(this.length, end < 0 ? this.length + end : end);
    const out: Entry[] = [];
    for (let i = from; i < to; i++) out.push(this.at(i));
    return out;
  }

  /** The entry with id `id`, decoded, or undefined. */
  get(id: string): Entry | undefined {
    const table = (this.table ??= slotTable(this.hashes));
    // Ids whose hashes collide are told apart by the decoded entry's id.
    const h = hashText(id);
    const mask = table.length - 1;
    for (let slot = h & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
      const i = (table[slot] as number) - 1;
      if (this.hashes[i] !== h) continue;
      const e = this.at(i);
      if (e.id === id) return e;
    }
    return undefined;
  }

  /** The stored form: a JSON list per ENTRIES_PER_CHUNK entries, as encodeEntryChunks writes it. */
  chunkTexts(): string[] {
    return this.texts.map((t) => `[${t}]`);
  }
}

/** Packs entries one at a time: each is encoded as it is added, so none is kept as an object. */
export class PackedEntriesBuilder {
  private readonly texts: string[] = [];
  private parts: string[] = [];
  private chunkChars = 0;
  private ends = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  private count = 0;

  get length(): number {
    return this.count;
  }

  add(e: Entry): void {
    this.addText(JSON.stringify(e), e.id);
  }

  /** Adds an entry already encoded (`text` is its JSON, `id` its id). */
  addText(text: string, id: string): void {
    this.addEncoded(text, hashText(id));
  }

  /** Adds every entry of `packed` without decoding them. */
  addPacked(packed: PackedEntries): void {
    for (let i = 0; i < packed.length; i++) this.addEncoded(packed.textAt(i), packed.hashAt(i));
  }

  private addEncoded(text: string, hash: number): void {
    if (this.count === this.ends.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.ends = grow(this.ends);
      this.hashes = grow(this.hashes);
    }
    if (this.parts.length > 0) this.chunkChars += 1; // the comma before it
    this.chunkChars += text.length;
    this.parts.push(text);
    this.ends[this.count] = this.chunkChars;
    this.hashes[this.count] = hash;
    this.count += 1;
    if (this.parts.length === ENTRIES_PER_CHUNK) this.closeChunk();
  }

  finish(): PackedEntries {
    if (this.parts.length > 0) this.closeChunk();
    return new PackedEntries(this.texts, this.ends.slice(0, this.count), this.hashes.slice(0, this.count));
  }

  private closeChunk(): void {
    this.texts.push(this.parts.join(','));
    this.parts = [];
    this.chunkChars = 0;
  }
}

/** Packs an array of entries. */
export function packEntries(entries: readonly Entry[]): PackedEntries {
  const b = new PackedEntriesBuilder();
  for (const e of entries) b.add(e);
  return b.finish();
}

/** No entries. */
export const NO_PACKED_ENTRIES: PackedEntries = packEntries([]);
