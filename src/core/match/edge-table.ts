import { edgeSlot } from './hash.ts';

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

  /** Adds an edge that is not yet present. */
  add(parent: number, tok: number, child: number): void {
    if ((this.size + 1) * 2 > this.parent.length) this.grow();
    const mask = this.parent.length - 1;
    let slot = edgeSlot(parent, tok, mask);
    while ((this.parent[slot] as number) !== -1) slot = (slot + 1) & mask;
    this.parent[slot] = parent;
    this.tok[slot] = tok;
    this.child[slot] = child;
    this.size++;
  }

  private grow(): void {
    const [parent, tok, child] = [this.parent, this.tok, this.child];
    this.parent = new Int32Array(parent.length * 2).fill(-1);
    this.tok = new Int32Array(parent.length * 2);
    this.child = new Int32Array(parent.length * 2);
    this.size = 0;
    for (let i = 0; i < parent.length; i++) {
      if ((parent[i] as number) !== -1) this.add(parent[i] as number, tok[i] as number, child[i] as number);
    }
  }
}
