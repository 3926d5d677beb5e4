import * as foldTable from '../names/fold-table.ts';
import * as hashing from './hash.ts';

// Local copies: some module loaders turn imported constants into getters, which would cost in the hot loop.
const CLS_WORD = foldTable.CLS_WORD;
const CLS_DROP = foldTable.CLS_DROP;
const CLS_CJK = foldTable.CLS_CJK;
const CLS_BREAK = foldTable.CLS_BREAK;
const HASH_SEED = hashing.HASH_SEED;
const hashFinish = hashing.hashFinish;

/** Token buffers reused across calls (the worker scans one chunk at a time). */
export interface TokenBuffers {
  start: Int32Array;
  end: Int32Array;
  /** Token hash; 0 marks a sentence break. */
  hash: Int32Array;
  count: number;
}

const buffers: TokenBuffers = {
  start: new Int32Array(4096),
  end: new Int32Array(4096),
  hash: new Int32Array(4096),
  count: 0,
};

const INITIAL = 4096;
// Buffers above this many tokens (a few MB) are let go after the scan instead of being kept by the worker.
const KEEP_LIMIT = 1 << 18;

/** Lets go of large token buffers (called after a scan of a very long text). */
export function releaseTokenBuffers(): void {
  if (buffers.start.length <= KEEP_LIMIT) return;
  buffers.start = new Int32Array(INITIAL);
  buffers.end = new Int32Array(INITIAL);
  buffers.hash = new Int32Array(INITIAL);
  buffers.count = 0;
}

/** Grows the buffers to at least `min` tokens (at least doubling), keeping the first `used`. */
function grow(min: number, used: number): void {
  const size = Math.max(min, buffers.start.length * 2);
  const copy = (a: Int32Array): Int32Array => {
    const b = new Int32Array(size);
    b.set(a.subarray(0, used));
    return b;
  };
  buffers.start = copy(buffers.start);
  buffers.end = copy(buffers.end);
  buffers.hash = copy(buffers.hash);
}

/** Class and folded unit of every code unit in one table (class << 16 | fold): one load per character. */
export function codeTable(fold: Uint16Array, cls: Uint8Array): Uint32Array {
  const code = new Uint32Array(65536);
  for (let c = 0; c < 65536; c++) code[c] = ((cls[c] as number) << 16) | (fold[c] as number);
  return code;
}

// Text is tokenised in blocks of this many code units, one call per block. A single call over a long text would
// only ever run as on-stack-replacement code (V8 optimises a function that is called once in its hot loop, and
// the copy it enters mid-loop is about half as fast in Chromium); block calls get the function optimised whole
// after a few blocks, on the first long scan of a page. Capacity is also checked once per block, not per unit.
const BLOCK = 1 << 13;

/** Word state carried from one block into the next (a word may cross a block boundary). */
const carry = { tokStart: -1, h: HASH_SEED, count: 0 };

/** Splits text into hashed tokens (same rules as names/tokenize.ts), one pass over UTF-16 code units. */
export function scanTokens(text: string, code: Uint32Array): TokenBuffers {
  const n = text.length;
  carry.tokStart = -1;
  carry.h = HASH_SEED;
  carry.count = 0;
  for (let from = 0; from < n; from += BLOCK) {
    const to = Math.min(n, from + BLOCK);
    // At most two tokens per code unit, plus the word left open at the end.
    const need = carry.count + 2 * (to - from) + 2;
    // Extrapolating the token rate so far to the whole text makes one allocation instead of a doubling series
    // (each a zeroed array and a copy: 10 % of a long scan).
    if (need > buffers.start.length) {
      const expected = from > 0 ? Math.ceil((carry.count * n * 1.1) / from) : 0;
      grow(Math.max(need, expected), carry.count);
    }
    scanBlock(text, code, from, to, buffers);
  }
  let count = carry.count;
  if (carry.tokStart >= 0) {
    buffers.start[count] = carry.tokStart;
    buffers.end[count] = n;
    buffers.hash[count++] = hashFinish(carry.h);
  }
  buffers.count = count;
  return buffers;
}

/** Tokenises text[from, to) into the buffers (which have room for every token it can produce). */
function scanBlock(text: string, code: Uint32Array, from: number, to: number, out: TokenBuffers): void {
  const { start, end, hash } = out;
  let count = carry.count;
  let tokStart = carry.tokStart;
  let h = carry.h;
  for (let i = from; i < to; i++) {
    const v = code[text.charCodeAt(i)] as number;
    const k = v >>> 16;
    if (k === CLS_WORD) {
      if (tokStart < 0) {
        tokStart = i;
        h = HASH_SEED;
      }
      h = Math.imul(h ^ (v & 0xffff), 0x01000193);
      continue;
    }
    if (k === CLS_DROP) continue;
    if (tokStart >= 0) {
      start[count] = tokStart;
      end[count] = i;
      hash[count++] = hashFinish(h);
      tokStart = -1;
    }
    if (k === CLS_CJK) {
      start[count] = i;
      end[count] = i + 1;
      hash[count++] = hashFinish(Math.imul(HASH_SEED ^ (v & 0xffff), 0x01000193));
    } else if (k === CLS_BREAK) {
      start[count] = i;
      end[count] = i + 1;
      hash[count++] = 0;
    }
  }
  carry.count = count;
  carry.tokStart = tokStart;
  carry.h = h;
}
