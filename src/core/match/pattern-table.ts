// The patterns and trie of an index under construction, held in growable typed columns rather than one object per
// pattern: a watchlist of 20,000 rows makes about 150,000 patterns, and as objects (with their token arrays) they
// stayed alive for the whole build, so every young-generation collection in the worker copied them again (35–60 ms
// pauses while tabs waited for their matches). Columns leave only short-lived garbage behind each slice.
import type { Pattern } from './variants.ts';
import { hashKey } from './hash.ts';
import { EdgeTable } from './edge-table.ts';

/** A growable column of 32-bit integers. */
class IntColumn {
  data = new Int32Array(1024);
  size = 0;

  push(v: number): void {
    if (this.size === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.size++] = v;
  }

  /** The filled part (a view, not a copy). */
  view(): Int32Array {
    return this.data.subarray(0, this.size);
  }
}

/** Trie under construction: nodes in insertion order, edges in one table keyed by parent and token hash. */
export class TrieBuilder {
  readonly parent = new IntColumn();
  readonly tok = new IntColumn();
  readonly edges = new EdgeTable();

  constructor() {
    this.parent.push(0);
    this.tok.push(0);
  }

  get nodeCount(): number {
    return this.parent.size;
  }

  /** Adds the path of `keys` (token keys) and returns the node it ends at. */
  insert(keys: readonly string[]): number {
    let node = 0;
    for (const key of keys) {
      // Two different tokens with one hash share the edge; the check against the name text keeps them apart.
      const tok = hashKey(key);
      let next = this.edges.get(node, tok);
      if (next < 0) {
        next = this.parent.size;
        this.parent.push(node);
        this.tok.push(tok);
        this.edges.add(node, tok, next);
      }
      node = next;
    }
    return node;
  }
}

/**
 * The patterns of an index under construction: per pattern its trie node, entry, name (an index into `names`),
 * confidence, flags, variant and `rankOrder` (rank × 8 + confidence × 2 + derived, the tie-break order within a
 * state).
 */
export class PatternTable {
  size = 0;
  node = new Int32Array(1024);
  entry = new Int32Array(1024);
  name = new Int32Array(1024);
  conf = new Uint8Array(1024);
  flags = new Uint8Array(1024);
  variant = new Uint8Array(1024);
  rankOrder = new Uint8Array(1024);
  /** Name texts, each once, in the order first seen. */
  readonly names: string[] = [];
  private readonly nameIds = new Map<string, number>();

  /** Adds pattern `p` (its entry index already final), ending at trie node `node`. */
  add(node: number, p: Pattern): void {
    if (this.size === this.node.length) this.grow();
    const i = this.size++;
    let name = this.nameIds.get(p.name);
    if (name === undefined) {
      name = this.names.length;
      this.names.push(p.name);
      this.nameIds.set(p.name, name);
    }
    this.node[i] = node;
    this.entry[i] = p.entry;
    this.name[i] = name;
    this.conf[i] = p.conf;
    this.flags[i] = p.flags;
    this.variant[i] = p.variant;
    this.rankOrder[i] = p.rank * 8 + p.conf * 2 + (p.isDerived ? 1 : 0);
  }

  private grow(): void {
    const cap = this.node.length * 2;
    const more = <A extends Int32Array | Uint8Array>(a: A, make: (n: number) => A): A => {
      const next = make(cap);
      next.set(a);
      return next;
    };
    this.node = more(this.node, (n) => new Int32Array(n));
    this.entry = more(this.entry, (n) => new Int32Array(n));
    this.name = more(this.name, (n) => new Int32Array(n));
    this.conf = more(this.conf, (n) => new Uint8Array(n));
    this.flags = more(this.flags, (n) => new Uint8Array(n));
    this.variant = more(this.variant, (n) => new Uint8Array(n));
    this.rankOrder = more(this.rankOrder, (n) => new Uint8Array(n));
  }
}
