import { afterAll, describe, expect, test } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { createZip } from './zip.ts';
import { packageDir } from './package.ts';

interface ReadEntry {
  path: string;
  data: Buffer;
  method: number;
  mode: number;
  dosTime: number;
  dosDate: number;
}

// An independent reader that walks the central directory, as unzip tools and browsers do.
function readZip(zip: Buffer): ReadEntry[] {
  const eocd = zip.length - 22;
  expect(zip.readUInt32LE(eocd)).toBe(0x06054b50);
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out: ReadEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(p)).toBe(0x02014b50);
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const csize = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const local = zip.readUInt32LE(p + 42);
    const path = zip.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + csize);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    expect(crc32(data)).toBe(crc);
    const entry = { path, data, method, mode: zip.readUInt32LE(p + 38) >>> 16 };
    out.push({ ...entry, dosTime: zip.readUInt16LE(p + 12), dosDate: zip.readUInt16LE(p + 14) });
    p += 46 + nameLen;
  }
  return out;
}

const tmp = mkdtempSync(join(tmpdir(), 'sl-zip-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function writeTree(
  dir: string,
  order: string[],
  files: Record<string, Buffer>,
  mtime: number,
  mode: number,
): void {
  for (const path of order) {
    const full = join(dir, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, files[path]!);
    chmodSync(full, mode);
    utimesSync(full, mtime, mtime);
  }
}

describe('createZip', () => {
  test('round-trips contents, sorted by path, with fixed time and permissions', () => {
    const png = randomBytes(2000);
    const zip = createZip([
      { path: 'src/b.js', data: Buffer.from('console.log(1);\n'.repeat(50)) },
      { path: 'icons/icon.png', data: png },
      { path: 'manifest.json', data: Buffer.from('{"manifest_version":3}') },
    ]);
    const entries = readZip(zip);
    expect(entries.map((e) => e.path)).toEqual(['icons/icon.png', 'manifest.json', 'src/b.js']);
    expect(entries[0]!.data.equals(png)).toBe(true);
    expect(entries[0]!.method).toBe(0); // random bytes do not deflate: stored
    expect(entries[2]!.method).toBe(8);
    expect(entries[2]!.data.toString()).toBe('console.log(1);\n'.repeat(50));
    for (const e of entries) {
      expect(e.mode).toBe(0o100644);
      expect([e.dosTime, e.dosDate]).toEqual([0, 0x21]);
    }
  });

  test('rejects duplicate and absolute paths', () => {
    const data = Buffer.from('x');
    expect(() =>
      createZip([
        { path: 'a', data },
        { path: 'a', data },
      ]),
    ).toThrow(/duplicate/);
    expect(() => createZip([{ path: '/etc/passwd', data }])).toThrow(/bad path/);
  });
});

describe('packageDir', () => {
  test('same files give the same bytes whatever their times, modes and creation order', () => {
    const files: Record<string, Buffer> = {
      'manifest.json': Buffer.from('{"manifest_version":3,"name":"t","version":"1.0.0"}'),
      'assets/index-abc.js': Buffer.from('export const a = 1;\n'.repeat(200)),
      'icons/icon-16.png': randomBytes(300),
      '_locales/en/messages.json': Buffer.from('{}'),
    };
    const a = join(tmp, 'a');
    const b = join(tmp, 'b');
    writeTree(a, Object.keys(files), files, 1_000_000, 0o644);
    writeTree(b, Object.keys(files).reverse(), files, 1_700_000_000, 0o755);
    const first = packageDir(a);
    expect(packageDir(b).equals(first)).toBe(true);
    expect(readZip(first).map((e) => e.path)).toEqual([
      '_locales/en/messages.json',
      'assets/index-abc.js',
      'icons/icon-16.png',
      'manifest.json',
    ]);
    // A one-byte change in any file changes the package.
    writeFileSync(join(b, 'assets/index-abc.js'), Buffer.from('export const a = 2;\n'.repeat(200)));
    expect(packageDir(b).equals(first)).toBe(false);
  });

  test('can drop manifest fields from the packaged copy only', () => {
    const dir = join(tmp, 'keyed');
    mkdirSync(dir);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ name: 'x', key: 'MIIB', version: '1.0.0' }));
    const entries = readZip(packageDir(dir, ['key']));
    expect(JSON.parse(entries[0]!.data.toString())).toEqual({ name: 'x', version: '1.0.0' });
    expect(JSON.parse(readZip(packageDir(dir))[0]!.data.toString()).key).toBe('MIIB');
  });

  test('refuses a directory that is not a built extension', () => {
    mkdirSync(join(tmp, 'empty'));
    expect(() => packageDir(join(tmp, 'empty'))).toThrow(/manifest\.json missing/);
  });
});
