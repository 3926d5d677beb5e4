import { edgeSlot } from './hash.ts';
import type { Steps } from '../steps.ts';

/** Slots re-added between two pauses of growSteps (about 1–2 ms). */
const SLOTS_PER_STEP = 32_768;

/** Growable open-addressing map (parent state, token hash) → child state, for building the trie. */
export class EdgeTable {
  private parent = new Int32Array(1 << 16).fill(-1);
  private tok = new Int32Array(1 << 16);
  private child = new Int32Array(1 << 16);
  private size = 0;

  /** Child of `parent` by token `tok`, or -1. */
  get(parent: number, tok: number): number {
    const mask = this.parent.length - 1;
    for (let slot = edgeSlot(parent, tok, mask); ; slot = (slot + 1) & mask) {
      const p = this.parent[slot] as number;
      if (p === -1) return -1;
      if (p === parent && this.tok[slot] === tok) return this.child[slot] as number;
    }
  }

  /** Adds an edge that is not yet present (growing at once when the table is half full). */
  add(parent: number, tok: number, child: number): void {
    if ((this.size + 1) * 2 > this.parent.length) for (const _ of this.growSteps());
    const mask = this.parent.length - 1;
    let slot = edgeSlot(parent, tok, mask);
    while ((this.parent[slot] as number) !== -1) slot = (slot + 1) & mask;
    this.parent[slot] = parent;
    this.tok[slot] = tok;
    this.child[slot] = child;
    this.size++;
  }

  /** True when `extra` more edges would take the table over half full: grow it in slices first (growSteps). */
  isNearlyFull(extra: number): boolean {
    return (this.size + extra) * 2 > this.parent.length;
  }

  /**
   * Doubles the table, re-adding its edges a slice at a time: at 500,000 edges a rehash at once took 50–100 ms
   * (a random write per edge). The table must not be read until the steps are done.
   */
  *growSteps(): Steps<void> {
    const [parent, tok, child] = [this.parent, this.tok, this.child];
    this.parent = new Int32Array(parent.length * 2).fill(-1);
    this.tok = new Int32Array(parent.length * 2);
    this.child = new Int32Array(parent.length * 2);
    this.size = 0;
    for (let i = 0; i < parent.length; i++) {
      if ((parent[i] as number) !== -1) this.add(parent[i] as number, tok[i] as number, child[i] as number);
      if (i % SLOTS_PER_STEP === SLOTS_PER_STEP - 1) yield;
    }
  }
}
