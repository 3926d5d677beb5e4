// A watchlist file sent from the options page to the worker in pieces of at most MAX_UPLOAD_CHUNK characters: one
// runtime message of 5 MB is decoded by the worker in one long task (page matching waits for it), and pieces give
// the page a progress figure. Pieces are untrusted input like any message body: checked for shape, size and order.
import { isPlainObject } from '../guards.ts';

/** Most characters one piece may carry. */
export const MAX_UPLOAD_CHUNK = 256 * 1024;
/** Imports under way at once; an import untouched for UPLOAD_IDLE_MS is dropped to make room. */
export const MAX_PENDING_UPLOADS = 4;
export const UPLOAD_IDLE_MS = 120_000;

/** One piece of a file: the `seq`-th (from 0) of import `importId`. */
export interface UploadChunk {
  importId: string;
  seq: number;
  text: string;
}

interface Pending {
  parts: string[];
  chars: number;
  touched: number;
}

/** Imports under way, by id (the worker's memory; lost with it, and then the import is asked again). */
export type Uploads = Map<string, Pending>;

const ID = /^[A-Za-z0-9-]{8,64}$/;

/** Checks the shape of an untrusted piece; throws a plain-words Error. */
export function asUploadChunk(body: unknown): UploadChunk {
  if (!isPlainObject(body)) throw new Error('an import piece must be an object');
  const { importId, seq, text } = body;
  if (typeof importId !== 'string' || !ID.test(importId))
    throw new Error('an import piece needs an import id of 8 to 64 letters, digits or dashes');
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0)
    throw new Error('an import piece needs a sequence number (0, 1, 2 …)');
  if (typeof text !== 'string') throw new Error('an import piece needs its text');
  if (text.length > MAX_UPLOAD_CHUNK)
    throw new Error(`an import piece may hold at most ${MAX_UPLOAD_CHUNK} characters`);
  return { importId, seq, text };
}

/**
 * Adds a piece to its import and returns the characters received so far. Pieces must come in order from 0; a
 * piece out of order, a repeated one, or one that takes the file over `maxChars` drops the whole import (nothing
 * partial is ever kept or stored) and throws. Idle imports are dropped to make room for a new one.
 */
export function acceptChunk(uploads: Uploads, chunk: UploadChunk, now: number, maxChars: number): number {
  const { importId, seq, text } = chunk;
  let up = uploads.get(importId);
  if (!up) {
    if (seq !== 0)
      throw new Error(`import ${importId} is unknown (piece ${seq} without piece 0): choose the file again`);
    for (const [id, p] of uploads) if (now - p.touched > UPLOAD_IDLE_MS) uploads.delete(id);
    if (uploads.size >= MAX_PENDING_UPLOADS) throw new Error('too many imports at once: try again shortly');
    up = { parts: [], chars: 0, touched: now };
    uploads.set(importId, up);
  }
  if (seq !== up.parts.length) {
    uploads.delete(importId);
    throw new Error(
      `import ${importId}: piece ${seq} arrived where piece ${up.parts.length} was due; import dropped`,
    );
  }
  if (up.chars + text.length > maxChars) {
    uploads.delete(importId);
    throw new Error(`the file is larger than ${maxChars} characters; import dropped`);
  }
  up.parts.push(text);
  up.chars += text.length;
  up.touched = now;
  return up.chars;
}

/** Removes a finished import and returns its text; throws when it is unknown or `pieces` were not all received. */
export function takeUpload(uploads: Uploads, importId: string, pieces: number): string {
  const up = uploads.get(importId);
  uploads.delete(importId);
  if (!up) throw new Error(`import ${importId} is unknown: choose the file again`);
  if (up.parts.length !== pieces)
    throw new Error(
      `import ${importId}: ${up.parts.length} of ${pieces} pieces arrived; choose the file again`,
    );
  return up.parts.join('');
}

/** Cuts text into pieces of at most `max` characters, never between the two halves of a surrogate pair. */
export function splitForUpload(text: string, max = MAX_UPLOAD_CHUNK): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(at + max, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - at > 1 && last >= 0xd800 && last <= 0xdbff) end -= 1;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}
