// A match index in IndexedDB, in parts: a head record under the index's name ('current' for the list's,
// 'watchlists' for the watchlists') and the serialised buffer in parts of INDEX_PART_BYTES under [name, n]. A put
// serialises its value in the task that calls it: one put of a 5 MB index held the worker for 80–90 ms while tabs
// waited for their matches. Parts are written one request after another in one transaction, so each is serialised
// in a task of its own and the head and its parts commit together or not at all. A head written before parts
// existed holds the whole buffer (`parts` absent) and still loads.
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { IndexName, ListDB, ListSchema, StoredIndex } from './list-db.ts';

/** Bytes per stored part: a put or get of this size takes a few ms. */
export const INDEX_PART_BYTES = 256 * 1024;

/** What describes a stored index apart from its bytes. */
export type IndexHead = Omit<StoredIndex, 'buf' | 'parts' | 'bytes'>;

/** Every part key of index `name` ([name, n] sorts after [name] and before [name, []]). */
const partsOf = (name: IndexName) => IDBKeyRange.bound([name], [name, []]);

/** True for a head record (parts are plain ArrayBuffers). */
export function isIndexHead(v: StoredIndex | ArrayBuffer | undefined): v is StoredIndex {
  return v !== undefined && !(v instanceof ArrayBuffer);
}

/**
 * Writes index `name` into `store` (of a readwrite transaction the caller commits): its parts one request after
 * another, then the parts of a longer earlier index removed, then the head. Awaiting each request keeps the
 * transaction alive and puts each part's serialisation in the task of the previous request's success.
 */
export async function putIndexIn<T extends ArrayLike<StoreNames<ListSchema>>>(
  store: IDBPObjectStore<ListSchema, T, 'matchIndex', 'readwrite'>,
  name: IndexName,
  head: IndexHead,
  buf: ArrayBuffer,
): Promise<void> {
  const parts = Math.ceil(buf.byteLength / INDEX_PART_BYTES);
  for (let n = 0; n < parts; n++) {
    // A copy of the part: a view would make the put clone the whole buffer.
    await store.put(buf.slice(n * INDEX_PART_BYTES, (n + 1) * INDEX_PART_BYTES), [name, n]);
  }
  await store.delete(IDBKeyRange.bound([name, parts], [name, []]));
  await store.put({ ...head, buf: new ArrayBuffer(0), parts, bytes: buf.byteLength }, name);
}

/** Writes index `name` in a transaction of its own (see putIndexIn). */
export async function putIndex(
  db: ListDB,
  name: IndexName,
  head: IndexHead,
  buf: ArrayBuffer,
): Promise<void> {
  const tx = db.transaction('matchIndex', 'readwrite');
  await putIndexIn(tx.store, name, head, buf);
  await tx.done;
}

/** Removes index `name` and its parts. */
export async function deleteIndex(db: ListDB, name: IndexName): Promise<void> {
  const tx = db.transaction('matchIndex', 'readwrite');
  await Promise.all([tx.store.delete(name), tx.store.delete(partsOf(name))]);
  await tx.done;
}

/**
 * Reads index `name` (either layout) in one read transaction, part by part: its head with the whole buffer in
 * `buf`, or undefined when none is stored. Parts that are missing, of the wrong type or of the wrong total size
 * give an empty `buf`, which restoring refuses, so the index is rebuilt. Throws when the database cannot be read.
 */
export async function readIndex(db: ListDB, name: IndexName): Promise<StoredIndex | undefined> {
  const tx = db.transaction('matchIndex');
  const head = await tx.store.get(name);
  if (!isIndexHead(head)) return undefined;
  if (head.parts === undefined) return head;
  const bytes = head.bytes ?? 0;
  const whole = new Uint8Array(bytes);
  let at = 0;
  for (let n = 0; n < head.parts; n++) {
    const part = await tx.store.get([name, n]);
    if (!(part instanceof ArrayBuffer) || at + part.byteLength > bytes)
      return { ...head, buf: new ArrayBuffer(0) };
    whole.set(new Uint8Array(part), at);
    at += part.byteLength;
  }
  return { ...head, buf: at === bytes ? whole.buffer : new ArrayBuffer(0) };
}
