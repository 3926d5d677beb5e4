import { describe, expect, it } from 'vitest';
import {
  acceptChunk,
  asUploadChunk,
  MAX_PENDING_UPLOADS,
  MAX_UPLOAD_CHUNK,
  splitForUpload,
  takeUpload,
  UPLOAD_IDLE_MS,
  type Uploads,
} from './upload.ts';

const ID = 'imp-0001';
const piece = (seq: number, text: string, importId = ID) => ({ importId, seq, text });

describe('asUploadChunk', () => {
  it('accepts a well-formed piece', () => {
    expect(asUploadChunk(piece(0, 'name\n'))).toEqual(piece(0, 'name\n'));
  });

  it.each([
    [null, 'must be an object'],
    [[1], 'must be an object'],
    [{ seq: 0, text: '' }, 'import id'],
    [{ importId: 'short', seq: 0, text: '' }, 'import id'],
    [{ importId: '../../etc/x', seq: 0, text: '' }, 'import id'],
    [{ importId: ID, seq: -1, text: '' }, 'sequence number'],
    [{ importId: ID, seq: 1.5, text: '' }, 'sequence number'],
    [{ importId: ID, seq: '0', text: '' }, 'sequence number'],
    [{ importId: ID, seq: 0, text: 42 }, 'needs its text'],
    [{ importId: ID, seq: 0, text: 'x'.repeat(MAX_UPLOAD_CHUNK + 1) }, `at most ${MAX_UPLOAD_CHUNK}`],
  ])('refuses %j', (body, why) => {
    expect(() => asUploadChunk(body)).toThrow(why);
  });
});

describe('acceptChunk and takeUpload', () => {
  it('joins pieces received in order, and forgets the import once taken', () => {
    const up: Uploads = new Map();
    expect(acceptChunk(up, piece(0, 'ab'), 0, 100)).toBe(2);
    expect(acceptChunk(up, piece(1, 'cd'), 1, 100)).toBe(4);
    expect(takeUpload(up, ID, 2)).toBe('abcd');
    expect(up.size).toBe(0);
    expect(() => takeUpload(up, ID, 2)).toThrow('unknown');
  });

  it('drops the import on a piece out of order or repeated, with a clear error', () => {
    const up: Uploads = new Map();
    acceptChunk(up, piece(0, 'ab'), 0, 100);
    expect(() => acceptChunk(up, piece(2, 'ef'), 0, 100)).toThrow('piece 2 arrived where piece 1 was due');
    expect(up.size).toBe(0);
    acceptChunk(up, piece(0, 'ab'), 0, 100);
    expect(() => acceptChunk(up, piece(0, 'ab'), 0, 100)).toThrow('piece 0 arrived where piece 1 was due');
    expect(() => acceptChunk(up, piece(1, 'cd'), 0, 100)).toThrow('unknown');
  });

  it('refuses a later piece of an import it never started', () => {
    expect(() => acceptChunk(new Map(), piece(3, 'x'), 0, 100)).toThrow('piece 3 without piece 0');
  });

  it('drops an import that grows beyond the largest file', () => {
    const up: Uploads = new Map();
    acceptChunk(up, piece(0, 'x'.repeat(60)), 0, 100);
    expect(() => acceptChunk(up, piece(1, 'x'.repeat(41)), 0, 100)).toThrow('larger than 100 characters');
    expect(up.size).toBe(0);
  });

  it('refuses to finish with pieces missing', () => {
    const up: Uploads = new Map();
    acceptChunk(up, piece(0, 'ab'), 0, 100);
    expect(() => takeUpload(up, ID, 3)).toThrow('1 of 3 pieces arrived');
  });

  it('keeps the imports under way apart, bounded in number; idle ones make room', () => {
    const up: Uploads = new Map();
    for (let i = 0; i < MAX_PENDING_UPLOADS; i++) acceptChunk(up, piece(0, `${i}`, `imp-000${i}x`), 0, 100);
    expect(() => acceptChunk(up, piece(0, 'n', 'imp-new-1'), 1, 100)).toThrow('too many imports');
    expect(acceptChunk(up, piece(0, 'n', 'imp-new-1'), UPLOAD_IDLE_MS + 1, 100)).toBe(1);
    expect(up.size).toBe(1);
  });
});

describe('splitForUpload', () => {
  it('cuts into pieces of at most max characters that join back to the text', () => {
    const text = 'abcdefghij';
    expect(splitForUpload(text, 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(splitForUpload('', 4)).toEqual([]);
  });

  it('never cuts a surrogate pair in two', () => {
    const text = 'ab😀cd😀';
    const parts = splitForUpload(text, 3);
    expect(parts.join('')).toBe(text);
    for (const p of parts) expect(p).not.toMatch(/[\ud800-\udbff]$|^[\udc00-\udfff]/);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThanOrEqual(3);
  });
});
