import type { Entry } from '../list/format.ts';
import { buildFoldTable, getFoldTable, type FoldTable } from '../names/fold-table.ts';
import { collectPatterns, type Pattern } from './variants.ts';
import { hashKey, ROOT_BITS_LOG2 } from './hash.ts';
import type { IndexArrays } from './index-data.ts';
import { packIndex } from './layout.ts';
import { encodeUtf8 } from './utf8.ts';
import { EdgeTable } from './edge-table.ts';
import { finishSteps, type Steps } from '../steps.ts';

/** Trie under construction: nodes in insertion order, edges in one map keyed by parent and token hash. */
interface Trie {
  parent: number[];
  tok: number[];
  edges: EdgeTable;
  hashes: Map<string, number>;
  /** Node each pattern ends at (parallel to the pattern list). */
  patNode: number[];
}

function insert(trie: Trie, p: Pattern): void {
  let node = 0;
  for (const key of p.keys) {
    let tok = trie.hashes.get(key);
    if (tok === undefined) trie.hashes.set(key, (tok = hashKey(key)));
    // Two different tokens with one hash share the edge; the check against the name text keeps them apart.
    let next = trie.edges.get(node, tok);
    if (next < 0) {
      next = trie.parent.length;
      trie.parent.push(node);
      trie.tok.push(tok);
      trie.edges.add(node, tok, next);
    }
    node = next;
  }
  trie.patNode.push(node);
}

/**
 * Sorts a state's children by token hash. A state's children have distinct hashes, so a large list (the root's
 * tens of thousands) is sorted as plain numbers, natively, and mapped back: a comparator sort of the root's
 * children took one slice of 50–100 ms.
 */
function sortByToken(list: Int32Array, tok: readonly number[]): void {
  if (list.length < 64) {
    list.sort((a, b) => (tok[a] as number) - (tok[b] as number));
    return;
  }
  const byTok = new Map<number, number>();
  const toks = new Int32Array(list.length);
  list.forEach((c, k) => {
    byTok.set(tok[c] as number, c);
    toks[k] = tok[c] as number;
  });
  toks.sort();
  toks.forEach((t, k) => (list[k] = byTok.get(t) as number));
}

/** Breadth-first renumbering: the children of a state get consecutive ids, sorted by token hash. */
function* layoutStates(trie: Trie) {
  const n = trie.parent.length;
  const count = new Int32Array(n + 1);
  for (let v = 1; v < n; v++) {
    const p = (trie.parent[v] as number) + 1;
    count[p] = (count[p] as number) + 1;
  }
  for (let v = 0; v < n; v++) count[v + 1] = (count[v + 1] as number) + (count[v] as number);
  const kids = new Int32Array(Math.max(1, n - 1));
  const fill = count.slice(0, n);
  for (let v = 1; v < n; v++) {
    const p = trie.parent[v] as number;
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
    if (list.length > 1) sortByToken(list, trie.tok);
    for (const c of list) {
      newId[c] = next;
      order[next] = c;
      stateTok[next++] = trie.tok[c] as number;
    }
    // The root alone has tens of thousands of children: a step of its own.
    if (s === 0 || s % STATES_PER_STEP === STATES_PER_STEP - 1) yield;
  }
  childStart[n] = next;
  return { newId, stateTok, childStart };
}

function* packStrings(list: readonly string[]): Steps<{ strOff: Int32Array; strBytes: Uint8Array }> {
  const strOff = new Int32Array(list.length + 1);
  const bytes: number[][] = [];
  for (let i = 0; i < list.length; i++) {
    bytes.push(encodeUtf8(list[i] as string));
    if (i % STRINGS_PER_STEP === STRINGS_PER_STEP - 1) yield;
  }
  let total = 0;
  bytes.forEach((b, i) => {
    strOff[i] = total;
    total += b.length;
  });
  strOff[list.length] = total;
  yield;
  const strBytes = new Uint8Array(total);
  for (let i = 0; i < bytes.length; i++) {
    strBytes.set(bytes[i] as number[], strOff[i]);
    if (i % STRINGS_PER_STEP === STRINGS_PER_STEP - 1) yield;
  }
  return { strOff, strBytes };
}

/** Lists counted when two entries share a name (a 4-bit field of the sort key). */
const MAX_BREADTH = 15;

function* patternArrays(
  pats: readonly Pattern[],
  state: Int32Array,
  entries: readonly Entry[],
  stateCount: number,
) {
  const strings = new Map<string, number>();
  const intern = (s: string): number => {
    let i = strings.get(s);
    if (i === undefined) strings.set(s, (i = strings.size));
    return i;
  };
  // Ids first, then names, then pattern names: the string table's order (and so the index bytes) is fixed.
  const entryId = new Int32Array(entries.length);
  const entryName = new Int32Array(entries.length);
  for (const [field, of] of [
    [entryId, (e: Entry) => e.id],
    [entryName, (e: Entry) => e.names[0]?.text ?? e.id],
  ] as const) {
    for (let i = 0; i < entries.length; i++) {
      field[i] = intern(of(entries[i] as Entry));
      if (i % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield;
    }
  }
  // By state, then companies before persons (a shared name such as "Kaspersky" names the company first; persons
  // are off by default), then best confidence, then names as listed before derived ones ("Alfa-Bank" as listed for
  // the Russian bank before the core of "CJSC ALFA-BANK" in Belarus), then list order: the scanner takes the first
  // pattern that passes. Among equals, the entry on more lists wins: a name two entries share is most often the
  // widely listed parent's that a subsidiary also carries ("Almaz-Antey"). One numeric key per pattern (state,
  // rank, confidence, derived, breadth of listing, list position): a native sort, no comparator.
  // Worked out per entry on first use, inside the sliced loop.
  const breadth = new Int8Array(entries.length).fill(-1);
  const breadthOf = (entry: number): number => {
    if ((breadth[entry] as number) < 0) {
      const lists = new Set((entries[entry] as Entry).listings.map((l) => l.list)).size;
      breadth[entry] = MAX_BREADTH - Math.min(MAX_BREADTH, lists);
    }
    return breadth[entry] as number;
  };
  const keys = new Float64Array(pats.length);
  for (let i = 0; i < pats.length; i++) {
    const p = pats[i] as Pattern;
    const order = p.conf * 2 + (p.isDerived ? 1 : 0);
    keys[i] = ((((state[i] as number) * 2 + p.rank) * 8 + order) * 16 + breadthOf(p.entry)) * 2097152 + i;
    if (i % PATTERNS_PER_STEP === PATTERNS_PER_STEP - 1) yield;
  }
  keys.sort();
  yield;
  const order = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    order[i] = (keys[i] as number) % 2097152;
    if (i % PATTERNS_PER_STEP === PATTERNS_PER_STEP - 1) yield;
  }
  // One pattern per state, entry and flags: the first (most confident) one. A state's patterns are adjacent.
  const n0 = order.length;
  const arrays = {
    patState: new Int32Array(n0),
    patEntry: new Int32Array(n0),
    patName: new Int32Array(n0),
    patConf: new Uint8Array(n0),
    patFlags: new Uint8Array(n0),
    patVariant: new Uint8Array(n0),
  };
  const stateFlags = new Uint8Array(stateCount);
  let n = 0;
  // Entry and flags already kept at the current state: one set lookup per pattern, however many entries share a
  // name (a watchlist of 20,000 rows of one name made a pairwise check quadratic).
  const kept = new Set<number>();
  for (const i of order) {
    const p = pats[i] as Pattern;
    const st = state[i] as number;
    if (n === 0 || arrays.patState[n - 1] !== st) kept.clear();
    const key = p.entry * 256 + p.flags;
    if (kept.has(key)) continue;
    kept.add(key);
    arrays.patState[n] = st;
    arrays.patEntry[n] = p.entry;
    arrays.patName[n] = intern(p.name);
    arrays.patConf[n] = p.conf;
    arrays.patFlags[n] = p.flags;
    arrays.patVariant[n] = p.variant;
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

/**
 * Builds the typed arrays of an index from entries, yielding between slices of entries and patterns so the worker
 * can answer pages while a list or watchlist change rebuilds the index (see runSteps).
 */
export function* buildIndexSteps(entries: readonly Entry[], given?: FoldTable): Steps<IndexArrays> {
  // The shared table: building one takes 50–150 ms in a single slice.
  const table = given ?? getFoldTable();
  yield;
  const trie: Trie = { parent: [0], tok: [0], edges: new EdgeTable(), hashes: new Map(), patNode: [] };
  // Patterns are made per entry, so slices give the same patterns in the same order as one call over all entries.
  const pats: Pattern[] = [];
  for (let at = 0; at < entries.length; at += ENTRIES_PER_STEP) {
    for (const p of collectPatterns(entries.slice(at, at + ENTRIES_PER_STEP), table)) {
      if (p.entry < 0) continue; // the not-listed names, added once below
      p.entry += at;
      pats.push(p);
    }
    yield;
  }
  pats.push(...collectPatterns([], table));
  for (let i = 0; i < pats.length; i++) {
    insert(trie, pats[i] as Pattern);
    if (i % PATTERNS_PER_STEP === PATTERNS_PER_STEP - 1) yield;
  }
  yield;
  const { newId, stateTok, childStart } = yield* layoutStates(trie);
  const state = new Int32Array(trie.patNode.length);
  for (let i = 0; i < state.length; i++) {
    state[i] = newId[trie.patNode[i] as number] as number;
    if (i % PATTERNS_PER_STEP === PATTERNS_PER_STEP - 1) yield;
  }
  yield;
  const patterns = yield* patternArrays(pats, state, entries, stateTok.length);
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
export function buildIndexArrays(
  entries: readonly Entry[],
  table: FoldTable = buildFoldTable(),
): IndexArrays {
  return finishSteps(buildIndexSteps(entries, table));
}

/** Packs built arrays into the single buffer that `restoreMatchIndex` reads. */
export function buildIndexBuffer(entries: readonly Entry[], table?: FoldTable): ArrayBuffer {
  const arrays = buildIndexArrays(entries, table);
  return packIndex(arrays, {
    entryCount: entries.length,
    stateCount: arrays.stateTok.length,
    patternCount: arrays.patState.length,
  });
}
