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

function grow(min: number): void {
  let size = buffers.start.length;
  while (size < min) size *= 2;
  const copy = (a: Int32Array): Int32Array => {
    const b = new Int32Array(size);
    b.set(a);
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

/** Splits text into hashed tokens (same rules as names/tokenize.ts), one pass over UTF-16 code units. */
export function scanTokens(text: string, code: Uint32Array): TokenBuffers {
  const n = text.length;
  let { start, end, hash } = buffers;
  let cap = start.length - 2;
  let count = 0;
  let tokStart = -1;
  let h = HASH_SEED;
  for (let i = 0; i < n; i++) {
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
    if (count >= cap) {
      // At most two tokens are written per character; grow before writing them.
      grow(count * 2 + 4);
      ({ start, end, hash } = buffers);
      cap = start.length - 2;
    }
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
  if (tokStart >= 0) {
    if (count >= cap) {
      grow(count + 4);
      ({ start, end, hash } = buffers);
    }
    start[count] = tokStart;
    end[count] = n;
    hash[count++] = hashFinish(h);
  }
  buffers.count = count;
  return buffers;
}
