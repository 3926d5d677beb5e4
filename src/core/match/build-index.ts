import type { Entry } from '../list/format.ts';
import { buildFoldTable, getFoldTableSteps, type FoldTable } from '../names/fold-table.ts';
import { prepareCommonWords } from '../names/common-words.ts';
import { prepareNameWords } from '../names/name-words.ts';
import { collectPatterns } from './variants.ts';
import { ROOT_BITS_LOG2 } from './hash.ts';
import type { IndexArrays } from './index-data.ts';
import { packIndex } from './layout.ts';
import { encodeUtf8Into, utf8Length } from './utf8.ts';
import { PatternTable, TrieBuilder } from './pattern-table.ts';
import { finishSteps, type Steps } from '../steps.ts';
import { sortKeysSteps } from './sort-steps.ts';

/** Positions a sort key can carry below a token hash (a float64 holds a 32-bit hash times this exactly). */
const KEY_POSITIONS = 2_097_152;

/**
 * Sorts a state's children by token hash. A state's children have distinct hashes, so a large list (the root's
 * tens of thousands) is sorted as plain numbers (hash and position in one key) and mapped back, in slices (see
 * sortKeysSteps): a comparator sort of the root's children took one slice of 50–100 ms, one native sort 10–20 ms.
 */
function* sortByToken(list: Int32Array, tok: Int32Array): Steps<void> {
  if (list.length < 64) {
    list.sort((a, b) => (tok[a] as number) - (tok[b] as number));
    return;
  }
  if (list.length >= KEY_POSITIONS) throw new Error('too many children of one state');
  const keys = new Float64Array(list.length);
  list.forEach((c, k) => (keys[k] = (tok[c] as number) * KEY_POSITIONS + k));
  yield* sortKeysSteps(keys);
  const before = list.slice();
  keys.forEach(
    (key, k) => (list[k] = before[((key % KEY_POSITIONS) + KEY_POSITIONS) % KEY_POSITIONS] as number),
  );
}

/** Breadth-first renumbering: the children of a state get consecutive ids, sorted by token hash. */
function* layoutStates(trie: TrieBuilder) {
  const n = trie.nodeCount;
  const parent = trie.parent.view();
  const tok = trie.tok.view();
  const count = new Int32Array(n + 1);
  for (let v = 1; v < n; v++) {
    const p = (parent[v] as number) + 1;
    count[p] = (count[p] as number) + 1;
  }
  for (let v = 0; v < n; v++) count[v + 1] = (count[v + 1] as number) + (count[v] as number);
  const kids = new Int32Array(Math.max(1, n - 1));
  const fill = count.slice(0, n);
  for (let v = 1; v < n; v++) {
    const p = parent[v] as number;
    const at = fill[p] as number;
    kids[at] = v;
    fill[p] = at + 1;
  }
  yield;
  const newId = new Int32Array(n);
  const order = new Int32Array(n);
  const stateTok = new Int32Array(n);
  const childStart = new Int32Array(n + 1);
  let next = 1;
  for (let s = 0; s < n; s++) {
    const old = order[s] as number;
    childStart[s] = next;
    const list = kids.subarray(count[old], count[old + 1]);
    if (list.length > 1) yield* sortByToken(list, tok);
    for (const c of list) {
      newId[c] = next;
      order[next] = c;
      stateTok[next++] = tok[c] as number;
    }
    // The root alone has tens of thousands of children: a step of its own.
    if (s === 0 || s % STATES_PER_STEP === STATES_PER_STEP - 1) yield;
  }
  childStart[n] = next;
  return { newId, stateTok, childStart };
}

function* packStrings(list: readonly string[]): Steps<{ strOff: Int32Array; strBytes: Uint8Array }> {
  // Lengths first, then every string written in place: no byte array per string kept until the end.
  const strOff = new Int32Array(list.length + 1);
  let total = 0;
  for (let i = 0; i < list.length; i++) {
    strOff[i] = total;
    total += utf8Length(list[i] as string);
    if (i % STRINGS_PER_STEP === STRINGS_PER_STEP - 1) yield;
  }
  strOff[list.length] = total;
  yield;
  const strBytes = new Uint8Array(total);
  for (let i = 0; i < list.length; i++) {
    encodeUtf8Into(list[i] as string, strBytes, strOff[i] as number);
    if (i % STRINGS_PER_STEP === STRINGS_PER_STEP - 1) yield;
  }
  return { strOff, strBytes };
}

/** Lists counted when two entries share a name (a 4-bit field of the sort key). */
const MAX_BREADTH = 15;

/**
 * What the build reads entries from: an array, or entries kept as text and decoded a slice at a time (see
 * core/update/packed-entries.ts). Only the first pass reads whole entries; it keeps what later passes need.
 */
export interface EntryList {
  readonly length: number;
  slice: (start?: number, end?: number) => readonly Entry[];
}

/** Per entry, what the passes after the first read: its id, its first name and its breadth of listing. */
interface EntryFacts {
  ids: string[];
  names: string[];
  breadth: Int8Array;
}

function* patternArrays(pats: PatternTable, state: Int32Array, facts: EntryFacts, stateCount: number) {
  const strings = new Map<string, number>();
  const intern = (s: string): number => {
    let i = strings.get(s);
    if (i === undefined) strings.set(s, (i = strings.size));
    return i;
  };
  // Ids first, then names, then pattern names: the string table's order (and so the index bytes) is fixed.
  const entryCount = facts.ids.length;
  const entryId = new Int32Array(entryCount);
  const entryName = new Int32Array(entryCount);
  for (const [field, texts] of [
    [entryId, facts.ids],
    [entryName, facts.names],
  ] as const) {
    for (let i = 0; i < entryCount; i++) {
      field[i] = intern(texts[i] as string);
      if (i % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield;
    }
  }
  // By state, then companies before persons (a shared name such as "Kaspersky" names the company first; persons
  // are off by default), then best confidence, then names as listed before derived ones ("Alfa-Bank" as listed for
  // the Russian bank before the core of "CJSC ALFA-BANK" in Belarus), then list order: the scanner takes the first
  // pattern that passes. Among equals, the entry on more lists wins: a name two entries share is most often the
  // widely listed parent's that a subsidiary also carries ("Almaz-Antey"). One numeric key per pattern (state,
  // rank, confidence, derived, breadth of listing, list position): a native sort, no comparator.
  // Worked out per entry in the first pass. The not-listed names (entry −1) are on no list: a lookup of
  // breadth[−1] gave NaN keys, which sorted last and read back as pattern 0, dropping every one of them.
  const breadthOf = (entry: number): number => (entry < 0 ? MAX_BREADTH : (facts.breadth[entry] as number));
  const count = pats.size;
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const rankOrder = (state[i] as number) * 16 + (pats.rankOrder[i] as number);
    keys[i] = (rankOrder * 16 + breadthOf(pats.entry[i] as number)) * 2097152 + i;
    if (i % PATTERNS_PER_STEP === PATTERNS_PER_STEP - 1) yield;
  }
  yield* sortKeysSteps(keys);
  yield;
  const order = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    order[i] = (keys[i] as number) % 2097152;
    if (i % PATTERNS_PER_STEP === PATTERNS_PER_STEP - 1) yield;
  }
  // One pattern per state, entry and flags: the first (most confident) one. A state's patterns are adjacent.
  const arrays = {
    patState: new Int32Array(count),
    patEntry: new Int32Array(count),
    patName: new Int32Array(count),
    patConf: new Uint8Array(count),
    patFlags: new Uint8Array(count),
    patVariant: new Uint8Array(count),
  };
  const stateFlags = new Uint8Array(stateCount);
  let n = 0;
  // Entry and flags already kept at the current state: one set lookup per pattern, however many entries share a
  // name (a watchlist of 20,000 rows of one name made a pairwise check quadratic).
  const kept = new Set<number>();
  for (const i of order) {
    const st = state[i] as number;
    if (n === 0 || arrays.patState[n - 1] !== st) kept.clear();
    const key = (pats.entry[i] as number) * 256 + (pats.flags[i] as number);
    if (kept.has(key)) continue;
    kept.add(key);
    arrays.patState[n] = st;
    arrays.patEntry[n] = pats.entry[i] as number;
    arrays.patName[n] = intern(pats.names[pats.name[i] as number] as string);
    arrays.patConf[n] = pats.conf[i] as number;
    arrays.patFlags[n] = pats.flags[i] as number;
    arrays.patVariant[n] = pats.variant[i] as number;
    stateFlags[st] = 1;
    n++;
    if (n % PATTERNS_PER_STEP === 0) yield;
  }
  yield;
  const packed = yield* packStrings([...strings.keys()]);
  yield;
  return {
    stateFlags,
    patState: arrays.patState.slice(0, n),
    patEntry: arrays.patEntry.slice(0, n),
    patName: arrays.patName.slice(0, n),
    patConf: arrays.patConf.slice(0, n),
    patFlags: arrays.patFlags.slice(0, n),
    patVariant: arrays.patVariant.slice(0, n),
    entryId,
    entryName,
    ...packed,
  };
}

function rootFilter(stateTok: Int32Array, childStart: Int32Array): Uint32Array {
  const bits = new Uint32Array(1 << (ROOT_BITS_LOG2 - 5));
  const mask = (1 << ROOT_BITS_LOG2) - 1;
  for (let s = childStart[0] as number; s < (childStart[1] as number); s++) {
    const b = (stateTok[s] as number) & mask;
    bits[b >>> 5] = (bits[b >>> 5] as number) | (1 << (b & 31));
  }
  return bits;
}

/** Entries, patterns, states and strings handled between two pauses of a stepped build (about 1–3 ms each). */
const ENTRIES_PER_STEP = 50;
const PATTERNS_PER_STEP = 2_000;
const STATES_PER_STEP = 5_000;
const STRINGS_PER_STEP = 2_000;
/** Edges a slice of entries rarely exceeds: the edge table grows in slices before it would grow within one. */
const EDGE_HEADROOM = 16_384;

/**
 * Builds the typed arrays of an index from entries, yielding between slices of entries and patterns so the worker
 * can answer pages while a list or watchlist change rebuilds the index (see runSteps).
 */
export function* buildIndexSteps(entries: EntryList, given?: FoldTable): Steps<IndexArrays> {
  // The shared table and the word lists the name rules read: built in slices the first time (together 200–300 ms,
  // which in one slice held the worker's page matching at its first watchlist import).
  const table = given ?? (yield* getFoldTableSteps());
  yield* prepareCommonWords();
  yield* prepareNameWords();
  yield;
  const trie = new TrieBuilder();
  // Patterns are made per entry, so slices give the same patterns in the same order as one call over all entries.
  // Each goes into the trie and the pattern table at once: nothing per pattern outlives its slice but numbers.
  const pats = new PatternTable();
  const count = entries.length;
  const facts: EntryFacts = {
    ids: new Array<string>(count),
    names: new Array<string>(count),
    breadth: new Int8Array(count),
  };
  for (let at = 0; at < count; at += ENTRIES_PER_STEP) {
    if (trie.edges.isNearlyFull(EDGE_HEADROOM)) yield* trie.edges.growSteps();
    const slice = entries.slice(at, at + ENTRIES_PER_STEP);
    slice.forEach((e, k) => {
      facts.ids[at + k] = e.id;
      facts.names[at + k] = e.names[0]?.text ?? e.id;
      const lists = new Set(e.listings.map((l) => l.list)).size;
      facts.breadth[at + k] = MAX_BREADTH - Math.min(MAX_BREADTH, lists);
    });
    for (const p of collectPatterns(slice, table)) {
      if (p.entry < 0) continue; // the not-listed names, added once below
      p.entry += at;
      pats.add(trie.insert(p.keys), p);
    }
    yield;
  }
  for (const p of collectPatterns([], table)) pats.add(trie.insert(p.keys), p);
  yield;
  const { newId, stateTok, childStart } = yield* layoutStates(trie);
  const state = new Int32Array(pats.size);
  for (let i = 0; i < state.length; i++) {
    state[i] = newId[pats.node[i] as number] as number;
    if (i % PATTERNS_PER_STEP === PATTERNS_PER_STEP - 1) yield;
  }
  yield;
  const patterns = yield* patternArrays(pats, state, facts, stateTok.length);
  return {
    fold: table.fold,
    cls: table.cls,
    rootBits: rootFilter(stateTok, childStart),
    stateTok,
    childStart,
    ...patterns,
  };
}

/** Builds the typed arrays of an index from entries at once (exposed for the bench's phase timings). */
export function buildIndexArrays(entries: EntryList, table: FoldTable = buildFoldTable()): IndexArrays {
  return finishSteps(buildIndexSteps(entries, table));
}

/** Packs built arrays into the single buffer that `restoreMatchIndex` reads. */
export function buildIndexBuffer(entries: EntryList, table?: FoldTable): ArrayBuffer {
  const arrays = buildIndexArrays(entries, table);
  return packIndex(arrays, {
    entryCount: entries.length,
    stateCount: arrays.stateTok.length,
    patternCount: arrays.patState.length,
  });
}
