import { hashText } from '../hash-slots.ts';

/** FNV-1a offset basis; token hashes fold code units in one at a time. */
export const HASH_SEED = 0x811c9dc5 | 0;

/** One FNV-1a step. */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** Final token hash (never 0, which marks "no token"). */
export function hashFinish(h: number): number {
  return h === 0 ? 1 : h;
}

/** Hash of one folded token key (the same FNV-1a as hashStep from HASH_SEED). */
export function hashKey(key: string): number {
  return hashFinish(hashText(key));
}

/** Slot of a (state, token) edge in the open-addressing edge table. */
export function edgeSlot(state: number, tok: number, mask: number): number {
  return (Math.imul(state, 0x9e3779b1) ^ Math.imul(tok, 0x85ebca6b) ^ (tok >>> 15)) & mask;
}

/** Bit of a token in the root filter. */
export const ROOT_BITS_LOG2 = 20;
