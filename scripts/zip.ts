// A minimal, reproducible ZIP writer for store packages. The same files give the same bytes on every run and
// machine with the same Node version: entries sorted by path, one fixed timestamp, fixed permissions, no extra
// fields, no directory entries. (General-purpose zip libraries stamp the current time and the file's mode.)
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipFile {
  /** Path inside the archive, `/`-separated, no leading slash. */
  path: string;
  data: Uint8Array;
}

// 1980-01-01 00:00:00, the earliest DOS date: a fixed stamp for every entry.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
// "Made by" Unix (3), spec 3.0, so unzip tools honour the permission bits below: -rw-r--r--.
const MADE_BY = (3 << 8) | 30;
const FILE_ATTRS = (0o100644 << 16) >>> 0;
const UTF8_NAMES = 0x0800;

interface Prepared {
  name: Buffer;
  method: 0 | 8;
  crc: number;
  body: Buffer;
  size: number;
  offset: number;
}

function prepare(file: ZipFile): Prepared {
  const raw = Buffer.from(file.data);
  const deflated = deflateRawSync(raw, { level: 9 });
  // Already-compressed data (PNG) is stored as is when deflating would not make it smaller.
  const isStored = deflated.length >= raw.length;
  return {
    name: Buffer.from(file.path, 'utf8'),
    method: isStored ? 0 : 8,
    crc: crc32(raw),
    body: isStored ? raw : deflated,
    size: raw.length,
    offset: 0,
  };
}

function localHeader(e: Prepared): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(UTF8_NAMES, 6);
  h.writeUInt16LE(e.method, 8);
  h.writeUInt16LE(DOS_TIME, 10);
  h.writeUInt16LE(DOS_DATE, 12);
  h.writeUInt32LE(e.crc, 14);
  h.writeUInt32LE(e.body.length, 18);
  h.writeUInt32LE(e.size, 22);
  h.writeUInt16LE(e.name.length, 26);
  h.writeUInt16LE(0, 28);
  return Buffer.concat([h, e.name]);
}

function centralHeader(e: Prepared): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(MADE_BY, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(UTF8_NAMES, 8);
  h.writeUInt16LE(e.method, 10);
  h.writeUInt16LE(DOS_TIME, 12);
  h.writeUInt16LE(DOS_DATE, 14);
  h.writeUInt32LE(e.crc, 16);
  h.writeUInt32LE(e.body.length, 20);
  h.writeUInt32LE(e.size, 24);
  h.writeUInt16LE(e.name.length, 28);
  // extra length, comment length, disk number, internal attributes: all zero.
  h.writeUInt32LE(FILE_ATTRS, 38);
  h.writeUInt32LE(e.offset, 42);
  return Buffer.concat([h, e.name]);
}

/** Builds a ZIP archive whose bytes depend only on the files' paths and contents. */
export function createZip(files: ZipFile[]): Buffer {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i]!.path === sorted[i - 1]!.path) throw new Error(`duplicate path in zip: ${sorted[i]!.path}`);
  const parts: Buffer[] = [];
  const entries: Prepared[] = [];
  let offset = 0;
  for (const file of sorted) {
    if (!file.path || file.path.startsWith('/') || file.path.includes('\\'))
      throw new Error(`bad path in zip: ${file.path}`);
    const e = prepare(file);
    e.offset = offset;
    const header = localHeader(e);
    parts.push(header, e.body);
    offset += header.length + e.body.length;
    entries.push(e);
  }
  if (offset > 0xffffffff || entries.length > 0xffff)
    throw new Error('archive too large for ZIP without ZIP64');
  const central = Buffer.concat(entries.map(centralHeader));
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, central, end]);
}
