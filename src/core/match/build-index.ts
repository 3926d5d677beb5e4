import type { Entry } from '../list/format.ts';
import { buildFoldTable, type FoldTable } from '../names/fold-table.ts';
import { collectPatterns, type Pattern } from './variants.ts';
import { edgeSlot, hashKey, ROOT_BITS_LOG2 } from './hash.ts';
import type { IndexArrays } from './index-data.ts';
import { packIndex } from './layout.ts';

interface TrieNode {
  label: string;
  tok: number;
  children: TrieNode[];
  byTok: Map<number, TrieNode>;
  pats: Pattern[];
}

const newNode = (label: string, tok: number): TrieNode => ({
  label,
  tok,
  children: [],
  byTok: new Map(),
  pats: [],
});

function insert(root: TrieNode, p: Pattern): void {
  let node = root;
  for (const key of p.keys) {
    const tok = hashKey(key);
    let next = node.byTok.get(tok);
    // Two different tokens with one hash share the edge; the label check at scan time keeps them apart.
    if (!next) {
      next = newNode(key, tok);
      node.byTok.set(tok, next);
      node.children.push(next);
    }
    node = next;
  }
  const same = node.pats.find((q) => q.entry === p.entry && q.flags === p.flags);
  if (same) same.conf = Math.min(same.conf, p.conf);
  else node.pats.push(p);
}

/** Preorder numbering: the first child of every state is the next state. */
function preorder(root: TrieNode): TrieNode[] {
  const order: TrieNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop() as TrieNode;
    order.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as TrieNode);
  }
  return order;
}

interface StringTable {
  ids: Map<string, number>;
  list: string[];
}

function intern(t: StringTable, s: string): number {
  let i = t.ids.get(s);
  if (i === undefined) {
    i = t.list.length;
    t.list.push(s);
    t.ids.set(s, i);
  }
  return i;
}

function packStrings(list: readonly string[]): { strOff: Int32Array; strPool: Uint16Array } {
  const strOff = new Int32Array(list.length + 1);
  let total = 0;
  list.forEach((s, i) => {
    strOff[i] = total;
    total += s.length;
  });
  strOff[list.length] = total;
  const strPool = new Uint16Array(total);
  list.forEach((s, i) => {
    const o = strOff[i] ?? 0;
    for (let j = 0; j < s.length; j++) strPool[o + j] = s.charCodeAt(j);
  });
  return { strOff, strPool };
}

function stateArrays(order: readonly TrieNode[], index: Map<TrieNode, number>) {
  const n = order.length;
  const firstTok = new Int32Array(n);
  const stateFlags = new Uint8Array(n);
  const labelOff = new Int32Array(n + 1);
  let labelLen = 0;
  let extra = 0;
  order.forEach((node, s) => {
    labelOff[s] = labelLen;
    labelLen += node.label.length;
    firstTok[s] = node.children[0]?.tok ?? 0;
    if (node.children.length > 1) {
      stateFlags[s] = 1;
      extra += node.children.length - 1;
    }
  });
  labelOff[n] = labelLen;
  const labelPool = new Uint16Array(labelLen);
  order.forEach((node, s) => {
    for (let j = 0; j < node.label.length; j++) labelPool[(labelOff[s] ?? 0) + j] = node.label.charCodeAt(j);
  });
  let size = 16;
  while (size < extra * 2) size *= 2;
  const edgeState = new Int32Array(size).fill(-1);
  const edgeTok = new Int32Array(size);
  const edgeChild = new Int32Array(size);
  order.forEach((node, s) => {
    for (const child of node.children.slice(1)) {
      let slot = edgeSlot(s, child.tok, size - 1);
      while ((edgeState[slot] ?? -1) !== -1) slot = (slot + 1) & (size - 1);
      edgeState[slot] = s;
      edgeTok[slot] = child.tok;
      edgeChild[slot] = index.get(child) ?? 0;
    }
  });
  return { firstTok, stateFlags, labelOff, labelPool, edgeState, edgeTok, edgeChild };
}

function patternArrays(order: readonly TrieNode[], entries: readonly Entry[]) {
  const strings: StringTable = { ids: new Map(), list: [] };
  // Entry ids and display names first, at fixed positions (strings may repeat across these slots).
  entries.forEach((e) => strings.list.push(e.id));
  entries.forEach((e) => strings.list.push(e.names[0]?.text ?? e.id));
  const total = order.reduce((n, node) => n + node.pats.length, 0);
  const patState = new Int32Array(total);
  const patEntry = new Int32Array(total);
  const patName = new Int32Array(total);
  const patConf = new Uint8Array(total);
  const patFlags = new Uint8Array(total);
  const patTokens = new Uint8Array(total);
  const termHead = new Int32Array(order.length);
  let p = 0;
  order.forEach((node, s) => {
    if (node.pats.length === 0) return;
    termHead[s] = p + 1;
    // Best confidence first, then list order: the scanner takes the first pattern that passes its checks.
    const pats = [...node.pats].sort((a, b) => a.conf - b.conf || a.entry - b.entry);
    for (const pat of pats) {
      patState[p] = s;
      patEntry[p] = pat.entry;
      patName[p] = intern(strings, pat.name);
      patConf[p] = pat.conf;
      patFlags[p] = pat.flags;
      patTokens[p] = Math.min(255, pat.keys.length);
      p++;
    }
  });
  return {
    termHead,
    patState,
    patEntry,
    patName,
    patConf,
    patFlags,
    patTokens,
    ...packStrings(strings.list),
  };
}

function rootFilter(root: TrieNode): Uint32Array {
  const bits = new Uint32Array(1 << (ROOT_BITS_LOG2 - 5));
  const mask = (1 << ROOT_BITS_LOG2) - 1;
  for (const child of root.children) {
    const b = child.tok & mask;
    bits[b >>> 5] = (bits[b >>> 5] ?? 0) | (1 << (b & 31));
  }
  return bits;
}

/** Builds the typed arrays of an index from entries (exposed for the bench's phase timings). */
export function buildIndexArrays(
  entries: readonly Entry[],
  table: FoldTable = buildFoldTable(),
): IndexArrays {
  const root = newNode('', 0);
  for (const p of collectPatterns(entries, table)) insert(root, p);
  const order = preorder(root);
  const index = new Map(order.map((node, i) => [node, i]));
  return {
    fold: table.fold,
    cls: table.cls,
    rootBits: rootFilter(root),
    ...stateArrays(order, index),
    ...patternArrays(order, entries),
  };
}

/** Packs built arrays into the single buffer that `restoreMatchIndex` reads. */
export function buildIndexBuffer(entries: readonly Entry[]): ArrayBuffer {
  const arrays = buildIndexArrays(entries);
  return packIndex(arrays, {
    entryCount: entries.length,
    stateCount: arrays.firstTok.length,
    patternCount: arrays.patState.length,
  });
}
