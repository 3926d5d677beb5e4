import type { IndexArrays, IndexMeta, MatchIndexData } from './index-data.ts';
import { finishSteps, type Steps } from '../steps.ts';

const MAGIC = 0x534c4d31; // "SLM1"
const LAYOUT_VERSION = 3;

type ArrayCtor = typeof Uint8Array | typeof Uint16Array | typeof Uint32Array | typeof Int32Array;

/** Field order and element type of the serialised index; changing it bumps LAYOUT_VERSION. */
const FIELDS: readonly (readonly [keyof IndexArrays, ArrayCtor])[] = [
  ['fold', Uint16Array],
  ['cls', Uint8Array],
  ['rootBits', Uint32Array],
  ['stateTok', Int32Array],
  ['childStart', Int32Array],
  ['stateFlags', Uint8Array],
  ['patState', Int32Array],
  ['patEntry', Int32Array],
  ['patName', Int32Array],
  ['patConf', Uint8Array],
  ['patFlags', Uint8Array],
  ['patVariant', Uint8Array],
  ['entryId', Int32Array],
  ['entryName', Int32Array],
  ['strOff', Int32Array],
  ['strBytes', Uint8Array],
];
const HEADER_WORDS = 5 + FIELDS.length;

const align8 = (n: number): number => (n + 7) & ~7;

/** Packs the arrays into one ArrayBuffer: a Uint32 header (magic, version, meta, lengths), then 8-aligned arrays. */
export function packIndex(arrays: IndexArrays, meta: IndexMeta): ArrayBuffer {
  return finishSteps(packIndexSteps(arrays, meta));
}

/** Bytes copied between two pauses of packIndexSteps (about 1 ms). */
const BYTES_PER_STEP = 1 << 20;

/** packIndex in slices: the arrays of a large index are copied a megabyte at a time (see runSteps). */
export function* packIndexSteps(arrays: IndexArrays, meta: IndexMeta): Steps<ArrayBuffer> {
  let size = align8(HEADER_WORDS * 4);
  for (const [name] of FIELDS) size += align8(arrays[name].byteLength);
  const buffer = new ArrayBuffer(size);
  const header = new Uint32Array(buffer, 0, HEADER_WORDS);
  header.set([MAGIC, LAYOUT_VERSION, meta.entryCount, meta.stateCount, meta.patternCount]);
  let offset = align8(HEADER_WORDS * 4);
  for (const [i, [name]] of FIELDS.entries()) {
    const src = arrays[name];
    header[5 + i] = src.length;
    const from = new Uint8Array(src.buffer, src.byteOffset, src.byteLength);
    for (let at = 0; at < from.length; at += BYTES_PER_STEP) {
      new Uint8Array(buffer, offset + at).set(from.subarray(at, at + BYTES_PER_STEP));
      yield;
    }
    offset += align8(src.byteLength);
  }
  return buffer;
}

/** Views the arrays of a packed index without copying; throws on a foreign or outdated buffer. */
export function unpackIndex(buffer: ArrayBuffer): MatchIndexData {
  if (buffer.byteLength < HEADER_WORDS * 4) throw new Error('Match index: buffer too small');
  const header = new Uint32Array(buffer, 0, HEADER_WORDS);
  if (header[0] !== MAGIC || header[1] !== LAYOUT_VERSION) throw new Error('Match index: unknown format');
  const meta: IndexMeta = {
    entryCount: header[2] ?? 0,
    stateCount: header[3] ?? 0,
    patternCount: header[4] ?? 0,
  };
  const arrays: Partial<Record<keyof IndexArrays, unknown>> = {};
  let offset = align8(HEADER_WORDS * 4);
  FIELDS.forEach(([name, Ctor], i) => {
    const length = header[5 + i] ?? 0;
    if (offset + length * Ctor.BYTES_PER_ELEMENT > buffer.byteLength)
      throw new Error('Match index: truncated');
    arrays[name] = new Ctor(buffer, offset, length);
    offset += align8(length * Ctor.BYTES_PER_ELEMENT);
  });
  const a = arrays as IndexArrays;
  // Caches filled by the first scan are declared here, so the object keeps one shape for the optimised scanner.
  return {
    buffer,
    meta,
    arrays: a,
    table: { fold: a.fold, cls: a.cls },
    strings: [],
    patKeys: new Map(),
    code: undefined,
    root: undefined,
  };
}
